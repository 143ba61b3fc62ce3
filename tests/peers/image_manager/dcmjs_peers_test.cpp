// dcmjs-dimse 0.3.3 (an independent JavaScript implementation) as the modality for MPPS (RAD-6/7) and
// storage commitment (RAD-10) against our Image Manager.
#include <regex>

#include "actors/common/mpps/mpps_lifecycle.h"
#include "tests/peers/image_manager/peer_fixture.h"

namespace ihe::test {
namespace {

constexpr const char* kScClass = "1.2.840.10008.5.1.4.1.1.7";

// The script's one-line JSON, read field by field (numbers and strings only).
std::string json_field(const std::string& json, const std::string& key) {
  std::smatch m;
  const std::regex re("\"" + key + "\":(\"([^\"]*)\"|(-?[0-9]+))");
  if (!std::regex_search(json, m, re)) return "<absent>";
  return m[2].matched ? m[2].str() : m[3].str();
}

class ImageManagerDcmjsTest : public ImageManagerPeerTest {
 protected:
  std::string run_node(std::vector<std::string> args) {
    const auto node_modules = source_dir() / "tests/peers/node/node_modules";
    EXPECT_TRUE(std::filesystem::exists(node_modules / "dcmjs-dimse"))
        << "run scripts/setup to install the npm peers";
    std::vector<std::string> argv{"node", (source_dir() / "tests/peers/image_manager/im_n_scu.js").string()};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto out = dir / "node.out";
    EXPECT_EQ(run_command(argv, out, std::chrono::seconds(30), {{"NODE_PATH", node_modules.string()}}), 0)
        << read_text(out);
    return read_text(out);
  }
  std::vector<std::string> address() const {
    return {"127.0.0.1", std::to_string(actor->port()), "MODALITY1", kAe};
  }
};

TEST_F(ImageManagerDcmjsTest, MppsInProgressCompletedAndThenFrozen) {  // PS3.4 F.7.2.2.3
  start();
  auto args = address();
  args.insert(args.begin(), "mpps");
  args.insert(args.end(), {"2.25.5001", kScClass, "2.25.1003", "2.25.1002"});
  const std::string json = run_node(args);
  EXPECT_EQ(json_field(json, "ncreate"), "0") << json;
  EXPECT_EQ(json_field(json, "nset"), "0") << json;
  EXPECT_EQ(json_field(json, "nsetAgain"), std::to_string(0x0110)) << json;
  const auto mpps = actor->find_mpps("2.25.5001");
  ASSERT_TRUE(mpps.has_value());
  EXPECT_EQ(mpps->status, actors::mpps::PpsStatus::Completed);
  EXPECT_EQ(mpps->attributes.items({0x0040, 0x0340}).size(), 1u);
}

TEST_F(ImageManagerDcmjsTest, StorageCommitmentReportArrivesOnANewAssociation) {  // PS3.4 J.3.3.1.2
  const std::uint16_t listen_port = free_port();
  config.peers["MODALITY1"] = {"MODALITY1", "127.0.0.1", listen_port};
  start();
  ASSERT_EQ(storescu({sample_images()[0]}), 0) << read_text(dir / "storescu.log");
  auto args = address();
  args.insert(args.begin(), "stgcmt-new");
  args.insert(args.end(), {std::to_string(listen_port), "2.25.7001", kScClass, "2.25.1003", "2.25.404"});
  const std::string json = run_node(args);
  EXPECT_EQ(json_field(json, "naction"), "0") << json;
  EXPECT_EQ(json_field(json, "eventType"), "2") << json;
  EXPECT_EQ(json_field(json, "transactionUid"), "2.25.7001") << json;
  EXPECT_EQ(json_field(json, "committed"), "2.25.1003") << json;
  EXPECT_EQ(json_field(json, "failed"), "2.25.404:274") << json;  // 0x0112 no such object
  EXPECT_EQ(json_field(json, "reportCallingAe"), "IMAGE_MANAGER") << json;
}

}  // namespace
}  // namespace ihe::test
