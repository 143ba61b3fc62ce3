// `ihe-harness actor image-manager` as a user runs it: the annotated example config, C-ECHO, SIGTERM.
#include <signal.h>

#include <fstream>
#include <sstream>

#include "tests/component/image_manager/image_manager_fixture.h"
#include "tests/support/child_process.h"

namespace ihe::test {
namespace {

std::string read_all(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(ImageManagerCli, RunsTheExampleConfigAnswersEchoAndStopsOnSigterm) {
  TempDir dir;
  const std::uint16_t port = free_port();
  const std::uint16_t hl7_port = free_port();
  ChildProcess actor({{harness_binary().string(), "actor", "image-manager", "--config",
                       (source_dir() / "examples/actors/image-manager.xml").string(), "--dicom-port",
                       std::to_string(port), "--hl7-port", std::to_string(hl7_port)},
                      dir / "actor.log",
                      dir.path(),
                      {},
                      std::chrono::milliseconds(5000)});
  ASSERT_TRUE(wait_for_port(port, std::chrono::seconds(10))) << actor.log();
  EXPECT_TRUE(wait_for_port(hl7_port, std::chrono::seconds(10))) << actor.log();  // --hl7-port turns it on
  {
    net::DicomAssociation association(
        {"MODALITY1", "IMAGE_MANAGER", "127.0.0.1", port, {net::contexts::verification()}, {}, 65536});
    ASSERT_TRUE(association.open().ok()) << actor.log();
    EXPECT_EQ(association.echo().status, 0x0000);
  }
  ASSERT_EQ(::kill(actor.pid(), SIGTERM), 0);
  EXPECT_EQ(actor.wait_for_exit(std::chrono::seconds(10)), 0) << actor.log();
  EXPECT_NE(actor.log().find("Image Manager/Image Archive IMAGE_MANAGER"), std::string::npos) << actor.log();
  EXPECT_TRUE(std::filesystem::is_directory(dir / "image-manager-store"));  // the documented default folder
}

TEST(ImageManagerCli, BrokenConfigIsExitTwoWithFileAndLine) {
  TempDir dir;
  const auto config = dir / "broken.xml";
  std::ofstream(config) << "<actor role=\"image-manager\">\n  <dicom aet=\"IM\" prot=\"104\"/>\n</actor>\n";
  const auto out = dir / "out.txt";
  EXPECT_EQ(
      run_command({harness_binary().string(), "actor", "image-manager", "--config", config.string()}, out),
      2);
  EXPECT_NE(read_all(out).find("broken.xml:2"), std::string::npos) << read_all(out);
}

TEST(ImageManagerCli, InvalidAeTitleFlagIsExitTwo) {
  TempDir dir;
  const auto out = dir / "out.txt";
  EXPECT_EQ(run_command({harness_binary().string(), "actor", "image-manager", "--aet", "A\\B"}, out), 2);
  EXPECT_NE(read_all(out).find("--aet"), std::string::npos) << read_all(out);
}

}  // namespace
}  // namespace ihe::test
