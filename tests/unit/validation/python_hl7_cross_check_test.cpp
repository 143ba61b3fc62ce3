// Our parser is not the judge of itself: python-hl7 (Debian python3-hl7, /usr/bin/python3) reads the same
// broken messages, and at every location a finding names, it must read the value the finding quotes.
#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include "actors/hl7/serialize.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"
#include "tests/unit/validation/finding_matchers.h"
#include "tests/unit/validation/samples.h"
#include "validation/hl7_validator.h"

namespace ihe::validation {
namespace {

std::string from_hex(const std::string& hex) {
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    bytes.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return bytes;
}

// path -> value as python-hl7 decodes it (tests/unit/hl7/python_hl7_fields.py).
std::map<std::string, std::string> python_hl7_values(const std::string& er7,
                                                     const std::vector<std::string>& paths) {
  ihe::test::TempDir dir;
  std::ofstream(dir / "message.hl7", std::ios::binary) << er7;
  {
    std::ofstream list(dir / "paths.txt");
    for (const auto& p : paths) list << p << '\n';
  }
  const auto script = ihe::test::source_dir() / "tests/unit/hl7/python_hl7_fields.py";
  const int status =
      ihe::test::run_command({"/usr/bin/python3", script.string(), (dir / "message.hl7").string(),
                              (dir / "paths.txt").string(), (dir / "values.tsv").string()},
                             dir / "python.log");
  EXPECT_EQ(status, 0);
  std::map<std::string, std::string> values;
  std::ifstream out(dir / "values.tsv");
  for (std::string line; std::getline(out, line);) {
    const auto tab = line.find('\t');
    if (tab != std::string::npos) values[line.substr(0, tab)] = from_hex(line.substr(tab + 1));
  }
  return values;
}

// Every finding at a field location that quotes a single value: python-hl7 reads that same value there.
void expect_python_hl7_agrees(const std::string& transaction, const hl7::Message& message,
                              std::size_t at_least) {
  const auto findings = validate_hl7(message, test::hl7_rules(transaction));
  std::vector<std::string> paths;
  std::vector<const reports::Finding*> quoted;
  for (const auto& f : findings) {
    const auto path = hl7::Path::parse(f.location);
    if (!path || f.actual.find('/') != std::string::npos || f.actual.find(' ') != std::string::npos) continue;
    paths.push_back(f.location);
    quoted.push_back(&f);
  }
  ASSERT_GE(quoted.size(), at_least) << test::all(findings);
  const auto theirs = python_hl7_values(hl7::serialize(message), paths);
  for (const auto* f : quoted) {
    ASSERT_TRUE(theirs.contains(f->location)) << f->location;
    EXPECT_EQ(theirs.at(f->location), f->actual) << f->to_string();
  }
}

TEST(PythonHl7CrossCheck, ValuesQuotedByAdtFindingsAreWhatPythonHl7Reads) {
  auto message = test::data_message("rad-001-adt-a04.hl7");
  message.set("PID-8", "X");                    // table 0001
  message.set("MSH-7", "2024-01-05");           // not a TS
  message.set_er7("PID-3[2]", "NAT900^^^^NI");  // PID-3[2].4 empty
  message.set("MSH-11", "Q");                   // table 0103
  expect_python_hl7_agrees("RAD-1", message, 4);
}

TEST(PythonHl7CrossCheck, ValuesQuotedByOrderFindingsAreWhatPythonHl7Reads) {
  auto message = test::data_message("rad-004-omi-o23.hl7");
  message.set("IPC[2]-3.1", "1.2.03.x");
  message.set_er7("ORC-2", "");
  message.set("MSH-15", "AL");
  message.set("TQ1-7", "tomorrow");
  expect_python_hl7_agrees("RAD-4", message, 4);
}

// Every value a field rule of the transaction looks at in the conformant samples reads the same in
// python-hl7.
TEST(PythonHl7CrossCheck, EveryRuledFieldOfTheSamplesReadsTheSame) {
  const std::vector<std::pair<std::string, std::string>> samples{{"rad-001-adt-a04.hl7", "RAD-1"},
                                                                 {"rad-004-omi-o23.hl7", "RAD-4"},
                                                                 {"rad-012-adt-a40.hl7", "RAD-12"},
                                                                 {"rad-013-omi-o23.hl7", "RAD-13"},
                                                                 {"rad-048-siu-s12.hl7", "RAD-48"}};
  for (const auto& [file, transaction] : samples) {
    const auto message = test::data_message(file);
    const auto* rules = test::hl7_rules(transaction).find(message.message_type(), message.trigger_event());
    ASSERT_NE(rules, nullptr) << file;
    std::vector<std::string> paths;
    for (const auto& rule : rules->fields) {
      for (std::size_t occurrence = 1; occurrence <= message.count(rule.segment); ++occurrence) {
        hl7::Path path{rule.segment, occurrence, rule.field, std::nullopt, rule.component, rule.subcomponent};
        if (rule.repeating) path.repetition = 1;
        paths.push_back(path.to_string());
      }
    }
    ASSERT_GE(paths.size(), 10u) << file;
    const auto theirs = python_hl7_values(test::data_text(file), paths);
    std::size_t non_empty = 0;
    for (const auto& path : paths) {
      ASSERT_TRUE(theirs.contains(path)) << file << " " << path;
      EXPECT_EQ(theirs.at(path), message.get(path)) << file << " " << path;
      non_empty += theirs.at(path).empty() ? 0 : 1;
    }
    EXPECT_GE(non_empty, 8u) << file << ": the comparison must not be empty against empty";
  }
}

}  // namespace
}  // namespace ihe::validation
