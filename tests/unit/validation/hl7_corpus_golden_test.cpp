// The HL7 parser and validator against a golden listing: every sample message, and thousands of
// deterministic mutations of it (segments dropped, doubled or swapped; each field emptied, overlong, or
// replaced by values that hit escapes, components, repetitions, non-ASCII bytes and the data type
// formats), parsed and validated against every transaction of every profile whose rules know its
// message type. The listing (parse errors and findings, one line each) was written before the speed work
// on the parser and validator, so any change in what they report shows up here as a diff.
// IHE_UPDATE_GOLDEN=1 rewrites the listing (only when a change of findings is intended).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "actors/hl7/parse.h"
#include "tests/support/net_util.h"
#include "tests/unit/validation/samples.h"
#include "validation/hl7_validator.h"

namespace ihe::validation {
namespace {

const std::vector<std::string> kSamples = {
    "rad-001-adt-a04.hl7", "rad-002-omg-o19.hl7", "rad-004-omi-o23.hl7",     "rad-012-adt-a40.hl7",
    "rad-013-omi-o23.hl7", "rad-048-siu-s12.hl7", "swf-rad-004-orm-o01.hl7",
};

// Field values that break or satisfy different rule families.
const std::vector<std::string> kValues = {
    "", std::string(300, '7'), "1.02.3", "20240\\E\\1", "\xC3\xA4^b&c~d", "I", "CA~SC",
};

using Lines = std::vector<std::string>;

Lines split(const std::string& text, char separator) {
  Lines parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator)) parts.push_back(part);
  if (!text.empty() && text.back() == separator) parts.emplace_back();
  return parts;
}

std::string join(const Lines& parts, char separator) {
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i) text += (i ? std::string(1, separator) : "") + parts[i];
  return text;
}

// (name, ER7) of each mutation of one sample's segments.
std::vector<std::pair<std::string, std::string>> mutations(const Lines& segments) {
  std::vector<std::pair<std::string, std::string>> out{{"original", join(segments, '\r')}};
  for (std::size_t s = 1; s < segments.size(); ++s) {
    Lines dropped = segments;
    dropped.erase(dropped.begin() + static_cast<std::ptrdiff_t>(s));
    out.emplace_back("-" + std::to_string(s + 1), join(dropped, '\r'));
    Lines doubled = segments;
    doubled.insert(doubled.begin() + static_cast<std::ptrdiff_t>(s), segments[s]);
    out.emplace_back("2x" + std::to_string(s + 1), join(doubled, '\r'));
    if (s + 1 < segments.size()) {
      Lines swapped = segments;
      std::swap(swapped[s], swapped[s + 1]);
      out.emplace_back("<>" + std::to_string(s + 1), join(swapped, '\r'));
    }
  }
  // Cut short at every 41st byte: some cuts break the parse (inside a segment id).
  const std::string whole = join(segments, '\r');
  for (std::size_t n = 1; n < whole.size(); n += 41)
    out.emplace_back("cut" + std::to_string(n), whole.substr(0, n));
  Lines renamed = segments;
  renamed.back().replace(0, 3, "P@D");
  out.emplace_back("bad id", join(renamed, '\r'));
  for (std::size_t s = 0; s < segments.size(); ++s) {
    const Lines fields = split(segments[s], '|');
    // One past the last field too; MSH-1 and MSH-2 stay (they fix the delimiters).
    for (std::size_t f = s == 0 ? 2 : 1; f <= fields.size(); ++f) {
      for (std::size_t v = 0; v < kValues.size(); ++v) {
        Lines changed_fields = fields;
        changed_fields.resize(std::max(fields.size(), f + 1));
        changed_fields[f] = kValues[v];
        Lines changed = segments;
        changed[s] = join(changed_fields, '|');
        out.emplace_back(std::to_string(s + 1) + "." + std::to_string(f) + "=" + std::to_string(v),
                         join(changed, '\r'));
      }
    }
  }
  return out;
}

// Long texts (grammars, overlong values) as their start and a hash, to keep the listing reviewable.
std::string shortened(const std::string& text) {
  if (text.size() <= 48) return text;
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a
  for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return text.substr(0, 40) + "...#" + hex;
}

std::string line_of(const reports::Finding& f) {
  return std::string(reports::to_string(f.severity)) + " " + f.location + ": " + shortened(f.message) +
         "; expected: " + shortened(f.expected) + "; actual: " + shortened(f.actual) + " [" +
         f.spec_ref.to_string() + "]";
}

// The listing: each distinct finding once, numbered, then per (sample, mutation, profile, transaction)
// with findings the numbers of its findings in order, else its parse error.
std::string listing() {
  std::vector<std::string> distinct;
  std::string text;
  const auto& set = test::rules();
  for (const auto& sample : kSamples) {
    for (const auto& [name, er7] : mutations(split(test::data_text(sample), '\r'))) {
      const std::string head = sample.substr(0, sample.find('-', 4)) + " " + name;
      const auto parsed = hl7::parse(er7);
      if (!parsed) {
        text += head + ": parse error: " + parsed.error().description + "\n";
        continue;
      }
      for (const auto& profile : set.profiles())
        for (const auto& transaction : profile.transactions) {
          const auto* rules = set.hl7_rules(profile.id, transaction.id);
          if (rules == nullptr ||
              rules->find(parsed.message().message_type(), parsed.message().trigger_event()) == nullptr)
            continue;
          const auto findings = validate_hl7(parsed.message(), *rules);
          if (findings.empty()) continue;
          text += head + " " + profile.id + " " + transaction.id + ":";
          for (const auto& finding : findings) {
            const std::string line = line_of(finding);
            auto known = std::find(distinct.begin(), distinct.end(), line);
            if (known == distinct.end()) known = distinct.insert(known, line);
            text += " " + std::to_string(known - distinct.begin() + 1);
          }
          text += "\n";
        }
    }
  }
  std::string table;
  for (std::size_t i = 0; i < distinct.size(); ++i) table += std::to_string(i + 1) + " " + distinct[i] + "\n";
  return table + text;
}

TEST(Hl7CorpusGolden, FindingsMatchTheListingWrittenBeforeTheSpeedWork) {
  const auto golden = ihe::test::source_dir() / "tests/unit/validation/data/golden/hl7-corpus-findings.txt";
  const std::string actual = listing();
  if (const char* update = std::getenv("IHE_UPDATE_GOLDEN");
      update != nullptr && std::string(update) == "1") {
    std::ofstream(golden, std::ios::binary) << actual;
    GTEST_SKIP() << "rewrote " << golden;
  }
  std::ifstream in(golden, std::ios::binary);
  ASSERT_TRUE(in) << "missing " << golden;
  std::stringstream expected;
  expected << in.rdbuf();
  const Lines want = split(expected.str(), '\n');
  const Lines got = split(actual, '\n');
  // A few thousand findings: the listing must not be trivially empty.
  EXPECT_GT(want.size(), 1000u);
  for (std::size_t i = 0; i < std::min(want.size(), got.size()); ++i)
    ASSERT_EQ(got[i], want[i]) << "first difference at line " << i + 1 << " of " << golden;
  EXPECT_EQ(got.size(), want.size());
}

}  // namespace
}  // namespace ihe::validation
