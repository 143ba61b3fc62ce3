// Our parser is not the judge of itself: python-hl7 (an independent implementation, Debian python3-hl7)
// reads the same SWF.b messages and must find the same decoded value at every path we read.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "actors/hl7/message.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"
#include "tests/unit/hl7/parse_ok.h"
#include "tests/unit/hl7/swf_messages.h"

namespace ihe::hl7 {
namespace {

std::string from_hex(std::string_view hex) {
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes.push_back(static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  }
  return bytes;
}

// Runs python_hl7_fields.py on `er7` and returns path -> value as python-hl7 decodes it.
std::map<std::string, std::string> python_hl7_values(std::string_view er7,
                                                     const std::vector<std::string>& paths) {
  ihe::test::TempDir dir;
  std::ofstream(dir / "message.hl7", std::ios::binary) << er7;
  std::ofstream paths_file(dir / "paths.txt");
  for (const std::string& path : paths) paths_file << path << '\n';
  paths_file.close();
  const auto script = ihe::test::source_dir() / "tests/unit/hl7/python_hl7_fields.py";
  const int status =
      ihe::test::run_command({"/usr/bin/python3", script.string(), (dir / "message.hl7").string(),
                              (dir / "paths.txt").string(), (dir / "values.tsv").string()},
                             dir / "python.log");
  std::ifstream log(dir / "python.log");
  EXPECT_EQ(status, 0) << std::string(std::istreambuf_iterator<char>(log), {});
  std::map<std::string, std::string> values;
  std::ifstream out(dir / "values.tsv");
  for (std::string line; std::getline(out, line);) {
    const std::size_t tab = line.find('\t');
    if (tab != std::string::npos) values[line.substr(0, tab)] = from_hex(line.substr(tab + 1));
  }
  return values;
}

// `present` paths must hold a value (so the comparison is not empty against empty); `absent` ones none.
void expect_same_values(std::string_view er7, const std::vector<std::string>& present,
                        const std::vector<std::string>& absent) {
  const Message ours = test::parse_ok(er7);
  std::vector<std::string> all = present;
  all.insert(all.end(), absent.begin(), absent.end());
  const auto theirs = python_hl7_values(er7, all);
  ASSERT_EQ(theirs.size(), all.size());
  for (const std::string& path : present) {
    ASSERT_TRUE(theirs.contains(path)) << path;
    EXPECT_FALSE(theirs.at(path).empty()) << path << " is empty for python-hl7";
    EXPECT_EQ(ours.get(path), theirs.at(path)) << path;
  }
  for (const std::string& path : absent) {
    EXPECT_EQ(theirs.at(path), "") << path;
    EXPECT_EQ(ours.get(path), "") << path;
  }
}

const std::vector<std::string> kHeader{"MSH-1",   "MSH-2",   "MSH-3",   "MSH-4",  "MSH-5",  "MSH-6", "MSH-7",
                                       "MSH-9.1", "MSH-9.2", "MSH-9.3", "MSH-10", "MSH-11", "MSH-12"};

std::vector<std::string> with_header(std::vector<std::string> paths) {
  paths.insert(paths.begin(), kHeader.begin(), kHeader.end());
  return paths;
}

TEST(Hl7CrossCheck, AdtA04ReadsTheSameAsPythonHl7) {
  expect_same_values(
      samples::kAdtA04,
      with_header({"EVN-1",      "EVN-2",      "PID-3[1].1",   "PID-3[1].4.1", "PID-3[1].4.2", "PID-3[1].4.3",
                   "PID-3[1].5", "PID-3[2].1", "PID-3[2].4.2", "PID-3[2].5",   "PID-5.1",      "PID-5.2",
                   "PID-5.3",    "PID-5.5",    "PID-7",        "PID-8",        "PID-11.1",     "PID-11.3",
                   "PID-11.5",   "PID-13[1]",  "PID-13[2]",    "PID-18.1",     "PID-18.4.1",   "PV1-2",
                   "PV1-3.1",    "PV1-3.3",    "PV1-7.2",      "PV1-8.2",      "PV1-19"}),
      {"PID-3[3].1", "PID-5.7", "PV1-50", "OBX-5", "PID-3[1].4.4", "PID-1"});
}

TEST(Hl7CrossCheck, AdtA40WithMrgReadsTheSameAsPythonHl7) {
  expect_same_values(
      samples::kAdtA40,
      with_header({"EVN-2", "PID-3.1", "PID-3.4.1", "PID-3.4.2", "PID-5.1", "PV1-2", "MRG-1[1].1",
                   "MRG-1[1].4.2", "MRG-1[1].5", "MRG-1[2].1", "MRG-1[2].4.1", "MRG-7.1", "MRG-7.2"}),
      {"MRG-2", "MRG-1[3].1", "MRG[2]-1"});
}

TEST(Hl7CrossCheck, OmgO19ReadsTheSameAsPythonHl7) {
  expect_same_values(samples::kOmgO19,
                     with_header({"PID-3.1", "PV1-2", "PV1-3.2", "ORC-1", "ORC-2.1", "ORC-2.2", "ORC-12.1",
                                  "ORC-12.2", "TQ1-7", "TQ1-9.1", "TQ1-9.3", "OBR-1", "OBR-2.1", "OBR-4.1",
                                  "OBR-4.2", "OBR-13", "OBR-16.3", "NTE-1", "NTE-3"}),
                     {"ORC-3", "OBR-3", "TQ1-9.4"});
}

TEST(Hl7CrossCheck, OmiO23WithIpcReadsTheSameAsPythonHl7) {
  expect_same_values(
      samples::kOmiO23,
      with_header({"ORC-1",      "ORC-2.1",    "ORC-3.1",    "ORC-3.2",    "ORC-5",      "TQ1-7", "TQ1-9.1",
                   "OBR-4.1",    "IPC-1.1",    "IPC-1.3",    "IPC-2",      "IPC-3",      "IPC-4", "IPC-5",
                   "IPC-6[1].1", "IPC-6[1].2", "IPC-6[2].1", "IPC-6[2].2", "IPC-6[2].3", "IPC-7", "IPC-9",
                   "IPC[2]-4",   "IPC[2]-6.1", "IPC[2]-7",   "IPC[2]-9"}),
      {"IPC-8", "IPC[2]-6[2].1", "IPC[3]-1", "IPC-1.2"});
}

TEST(Hl7CrossCheck, AckWithErrReadsTheSameAsPythonHl7) {
  expect_same_values(samples::kAckO23,
                     with_header({"MSA-1", "MSA-2", "MSA-3", "ERR-2.1", "ERR-2.2", "ERR-2.3", "ERR-2.4",
                                  "ERR-3.1", "ERR-3.2", "ERR-3.3", "ERR-4", "ERR-8", "ERR[2]-2.1",
                                  "ERR[2]-2.2", "ERR[2]-3.1", "ERR[2]-4"}),
                     {"ERR-1", "ERR[2]-8", "ERR[2]-2.4"});
}

TEST(Hl7CrossCheck, OtherDelimitersReadTheSameAsPythonHl7) {
  expect_same_values(samples::kAdtA04OtherDelimiters,
                     with_header({"EVN-1", "PID-3[1].1", "PID-3[1].4.2", "PID-3[2].1", "PID-3[2].4.1",
                                  "PID-3[2].4.2", "PID-3[2].5", "PID-5.1", "PID-5.2", "PID-5.5", "PID-8"}),
                     {"PID-3[3].1", "PID-5.6"});
}

}  // namespace
}  // namespace ihe::hl7
