// `ihe-harness dicom echo` and `dicom store` run as a user would, against storescp: exit code 0 when the
// peer did it, 1 when the peer refused or was unreachable, 2 for usage errors, each error one line.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "tests/support/child_process.h"
#include "tests/support/net_util.h"
#include "tests/support/peers/dicom_servers.h"
#include "tests/support/peers/test_images.h"

namespace ihe::test {
namespace {

struct CliRun {
  int exit_code;
  std::vector<std::string> lines;  // stdout and stderr together
};

class DicomCli : public ::testing::Test {
 protected:
  DicomCli() : storescp_(dir_ / "storescp", "STORESCP") {}

  CliRun harness(std::vector<std::string> args) {
    args.insert(args.begin(), harness_binary().string());
    const auto out = dir_ / "out.txt";
    std::filesystem::remove(out);
    CliRun run{run_command(args, out, std::chrono::seconds(30)), {}};
    std::ifstream in(out);
    for (std::string line; std::getline(in, line);) run.lines.push_back(line);
    return run;
  }
  std::string to_storescp() const { return "STORESCP@127.0.0.1:" + std::to_string(storescp_.port()); }

  TempDir dir_;
  StorescpServer storescp_;
};

TEST_F(DicomCli, EchoSucceedsWithExitZero) {
  const CliRun run = harness({"dicom", "echo", "--to", to_storescp(), "--from", "CLI"});
  EXPECT_EQ(run.exit_code, 0);
  ASSERT_EQ(run.lines.size(), 1u);
  EXPECT_NE(run.lines[0].find("0x0000 Success"), std::string::npos) << run.lines[0];
}

TEST_F(DicomCli, EchoToARefusedPortIsOneLineAndExitOne) {
  const CliRun run = harness({"dicom", "echo", "--to", "X@127.0.0.1:" + std::to_string(free_port()), "--timeout", "2"});
  EXPECT_EQ(run.exit_code, 1);
  ASSERT_EQ(run.lines.size(), 1u);
  EXPECT_NE(run.lines[0].find("Connection refused"), std::string::npos) << run.lines[0];
}

TEST_F(DicomCli, MalformedPeerIsAUsageErrorNamingThePart) {
  const CliRun no_at = harness({"dicom", "echo", "--to", "127.0.0.1:104"});
  EXPECT_EQ(no_at.exit_code, 2);
  ASSERT_EQ(no_at.lines.size(), 1u);
  EXPECT_EQ(no_at.lines[0], "ihe-harness: dicom echo: '127.0.0.1:104': expected AET@HOST:PORT");
  const CliRun bad_port = harness({"dicom", "store", "--to", "X@127.0.0.1:99999", "x.dcm"});
  EXPECT_EQ(bad_port.exit_code, 2);
  ASSERT_EQ(bad_port.lines.size(), 1u);
  EXPECT_EQ(bad_port.lines[0], "ihe-harness: dicom store: 'X@127.0.0.1:99999': port must be 1-65535");
}

TEST_F(DicomCli, StoresADirectoryRecursively) {
  std::filesystem::create_directories(dir_ / "images" / "nested");
  write_test_image(dir_ / "images" / "a.dcm", {.sop_instance_uid = "2.25.31"});
  write_test_image(dir_ / "images" / "nested" / "b.dcm", {.sop_instance_uid = "2.25.32"});
  std::ofstream(dir_ / "images" / "README.txt") << "not DICOM";
  const CliRun run = harness({"dicom", "store", "--to", to_storescp(), (dir_ / "images").string()});
  EXPECT_EQ(run.exit_code, 0);
  ASSERT_EQ(run.lines.size(), 3u);
  EXPECT_NE(run.lines[0].find("a.dcm: 0x0000 Success"), std::string::npos) << run.lines[0];
  EXPECT_NE(run.lines[1].find("b.dcm: 0x0000 Success"), std::string::npos) << run.lines[1];
  EXPECT_NE(run.lines[2].find("2 of 2 stored"), std::string::npos) << run.lines[2];
  EXPECT_EQ(storescp_.received_files().size(), 2u);
}

TEST_F(DicomCli, MissingFileIsAUsageErrorBeforeAnythingIsSent) {
  write_test_image(dir_ / "a.dcm", {});
  const CliRun run = harness({"dicom", "store", "--to", to_storescp(), (dir_ / "a.dcm").string(), "missing.dcm"});
  EXPECT_EQ(run.exit_code, 2);
  ASSERT_EQ(run.lines.size(), 1u);
  EXPECT_EQ(run.lines[0], "ihe-harness: dicom store: 'missing.dcm': no such file or directory");
  EXPECT_TRUE(storescp_.received_files().empty());
}

TEST_F(DicomCli, StoreToARefusedPortIsExitOne) {
  write_test_image(dir_ / "a.dcm", {});
  const CliRun run = harness({"dicom", "store", "--to", "X@127.0.0.1:" + std::to_string(free_port()),
                           (dir_ / "a.dcm").string()});
  EXPECT_EQ(run.exit_code, 1);
  ASSERT_EQ(run.lines.size(), 1u);
  EXPECT_NE(run.lines[0].find("Connection refused"), std::string::npos) << run.lines[0];
}

TEST_F(DicomCli, HelpDescribesTheExitCodes) {
  for (const char* command : {"echo", "store"}) {
    const CliRun run = harness({"dicom", command, "--help"});
    EXPECT_EQ(run.exit_code, 0);
    std::string text;
    for (const auto& line : run.lines) text += line + "\n";
    EXPECT_NE(text.find("usage: ihe-harness dicom"), std::string::npos) << text;
    EXPECT_NE(text.find("exit codes"), std::string::npos) << text;
  }
}

}  // namespace
}  // namespace ihe::test
