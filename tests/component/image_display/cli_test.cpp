// `ihe-harness actor image-display` refuses bad input with exit code 2 and one line naming what is wrong.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/support/child_process.h"
#include "tests/support/net_util.h"

namespace ihe::test {
namespace {

using namespace std::chrono_literals;

struct Ran {
  int exit_code;
  std::string output;
};

Ran run_actor(const TempDir& dir, std::vector<std::string> args) {
  args.insert(args.begin(), {harness_binary().string(), "actor", "image-display"});
  const int code = run_command(args, dir / "out.txt", 20s);
  std::ifstream in(dir / "out.txt");
  return {code, std::string(std::istreambuf_iterator<char>(in), {})};
}

TEST(ImageDisplayCli, AnUnknownFaultIsExit2NamingTheKnownFaults) {
  TempDir dir;
  const Ran ran = run_actor(dir, {"--fault", "no-such-fault"});
  EXPECT_EQ(ran.exit_code, 2) << ran.output;
  EXPECT_NE(ran.output.find("no-such-fault"), std::string::npos) << ran.output;
  EXPECT_NE(ran.output.find("store-refuse"), std::string::npos) << ran.output;
  EXPECT_NE(ran.output.find("store-silent"), std::string::npos) << ran.output;
}

TEST(ImageDisplayCli, AConfigTypoIsExit2WithFileAndLine) {
  TempDir dir;
  std::ofstream(dir / "display.xml") << "<actor role=\"image-display\">\n"
                                        "  <dicom aet=\"DISPLAY\" prot=\"11112\"/>\n"
                                        "</actor>\n";
  const Ran ran = run_actor(dir, {"--config", (dir / "display.xml").string()});
  EXPECT_EQ(ran.exit_code, 2) << ran.output;
  EXPECT_NE(ran.output.find("display.xml:2"), std::string::npos) << ran.output;
  EXPECT_NE(ran.output.find("prot"), std::string::npos) << ran.output;
}

TEST(ImageDisplayCli, ABadArchiveEndpointIsExit2WithFileAndLine) {
  TempDir dir;
  std::ofstream(dir / "display.xml") << "<actor role=\"image-display\">\n\n"
                                        "  <image-archive dicom=\"ARCHIVE@127.0.0.1:99999\"/>\n"
                                        "</actor>\n";
  const Ran ran = run_actor(dir, {"--config", (dir / "display.xml").string()});
  EXPECT_EQ(ran.exit_code, 2) << ran.output;
  EXPECT_NE(ran.output.find("display.xml:3"), std::string::npos) << ran.output;
}

TEST(ImageDisplayCli, AnInvalidAeTitleFlagIsExit2) {
  TempDir dir;
  const Ran ran =
      run_actor(dir, {"--aet", "WAY_TOO_LONG_AE_TITLE", "--dicom-port", std::to_string(free_port())});
  EXPECT_EQ(ran.exit_code, 2) << ran.output;
  EXPECT_NE(ran.output.find("--aet"), std::string::npos) << ran.output;
}

}  // namespace
}  // namespace ihe::test
