// DCMTK's storescu and echoscu against the Image Display's Storage SCP: in-process (the library) and as
// `ihe-harness actor image-display` started like a user would, stopped with SIGTERM.
#include <signal.h>

#include <fstream>

#include "tests/peers/image_display/peer_fixture.h"
#include "tests/support/child_process.h"

namespace ihe::actors {
namespace {

using namespace std::chrono_literals;

std::vector<std::string> write_images(const test::TempDir& dir, std::vector<std::string> uids) {
  std::vector<std::string> files;
  for (const auto& uid : uids) {
    files.push_back((dir / (uid + ".dcm")).string());
    test::write_test_image(files.back(), {.sop_instance_uid = uid});
  }
  return files;
}

int storescu(const test::TempDir& dir, std::uint16_t port, const std::vector<std::string>& files) {
  std::vector<std::string> argv{"storescu", "-v",      "-aet",      "STORESCU",
                                "-aec",     "DISPLAY", "127.0.0.1", std::to_string(port)};
  argv.insert(argv.end(), files.begin(), files.end());
  return test::run_command(argv, dir / "storescu.log", 20s);
}

// `ihe-harness actor image-display --aet DISPLAY --dicom-port PORT ...`, listening when this returns.
std::unique_ptr<test::ChildProcess> start_actor(const test::TempDir& dir, std::uint16_t port,
                                                std::vector<std::string> extra_args = {}) {
  std::vector<std::string> argv{test::harness_binary().string(),
                                "actor",
                                "image-display",
                                "--aet",
                                "DISPLAY",
                                "--dicom-port",
                                std::to_string(port)};
  argv.insert(argv.end(), extra_args.begin(), extra_args.end());
  auto actor = std::make_unique<test::ChildProcess>(test::ChildProcess::Options{
      .argv = argv, .log_file = dir / "actor.log", .working_dir = {}, .extra_env = {}});
  EXPECT_TRUE(test::wait_for_port(port, 10s)) << actor->log();
  return actor;
}

TEST(DisplayStorageScpPeers, StorescuInstancesAreWrittenToTheFolderAndIndexed) {
  test::TempDir dir;
  test::RecordedLog recorded;
  auto config = test::display_config(0, std::nullopt);
  config.storage_folder = dir / "received";
  ImageDisplay display(std::move(config), {}, recorded.log);
  display.start();
  const auto files = write_images(dir, {"2.25.7001", "2.25.7002"});
  ASSERT_EQ(storescu(dir, display.port(), files), 0);
  std::set<std::string> indexed;
  for (const auto& instance : display.storage().received_since(0)) {
    indexed.insert(instance.sop_instance_uid);
    EXPECT_EQ(instance.calling_ae, "STORESCU");
    EXPECT_TRUE(std::filesystem::is_regular_file(instance.file)) << instance.file;
  }
  EXPECT_EQ(indexed, (std::set<std::string>{"2.25.7001", "2.25.7002"}));
  EXPECT_EQ(recorded.records().size(), 2u);
}

TEST(ImageDisplayActorCommand, AnswersEchoscuAndStorescuLogsTheInstanceAndStopsOnSigterm) {
  test::TempDir dir;
  const std::uint16_t port = test::free_port();
  const auto actor = start_actor(dir, port);
  EXPECT_EQ(
      test::run_command({"echoscu", "-aet", "ECHOSCU", "-aec", "DISPLAY", "127.0.0.1", std::to_string(port)},
                        dir / "echoscu.log", 20s),
      0);
  ASSERT_EQ(storescu(dir, port, write_images(dir, {"2.25.7101"})), 0);
  ::kill(actor->pid(), SIGTERM);
  EXPECT_EQ(actor->wait_for_exit(10s), 0) << actor->log();
  EXPECT_NE(actor->log().find("running"), std::string::npos) << actor->log();
  EXPECT_NE(actor->log().find("2.25.7101"), std::string::npos) << actor->log();
}

TEST(ImageDisplayActorCommand, StoreRefuseMakesStorescuSeeAFailure) {
  test::TempDir dir;
  const std::uint16_t port = test::free_port();
  const auto actor = start_actor(dir, port, {"--fault", "store-refuse"});
  EXPECT_NE(storescu(dir, port, write_images(dir, {"2.25.7201"})), 0);
  std::ifstream in(dir / "storescu.log");
  const std::string said(std::istreambuf_iterator<char>(in), {});
  EXPECT_NE(said.find("Refused: OutOfResources"), std::string::npos) << said;
  EXPECT_NE(actor->log().find("store-refuse"), std::string::npos) << actor->log();
}

}  // namespace
}  // namespace ihe::actors
