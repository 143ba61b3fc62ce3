// dcmjs-dimse 0.3.3 (npm, an independent JavaScript implementation) sending MPPS N-CREATE/N-SET (RAD-6/7)
// and storage commitment N-ACTION (RAD-10) to our SCP, and receiving our N-EVENT-REPORT.
#include <gtest/gtest.h>

#include <mutex>
#include <regex>

#include "tests/peers/dicom_scp/peer_support.h"

namespace ihe::test {
namespace {

using net::DimseCommand;

const std::string kMppsInstance = "1.2.826.0.1.3680043.9.7156.3.1";
const std::string kTransaction = "1.2.826.0.1.3680043.9.7156.3.2";
const std::string kCommittedInstance = "1.2.826.0.1.3680043.9.7156.3.3";
const std::string kStgCmtInstance = "1.2.840.10008.1.20.1.1";
const dicom::Tag kTransactionUid{0x0008, 0x1195};
const dicom::Tag kReferencedSopSequence{0x0008, 0x1199};
const dicom::Tag kPpsStatus{0x0040, 0x0252};

// The script's one-line JSON, read field by field (numbers and strings only).
std::string json_field(const std::string& json, const std::string& key) {
  std::smatch m;
  const std::regex re("\"" + key + "\":(\"([^\"]*)\"|(-?[0-9]+))");
  if (!std::regex_search(json, m, re)) return "<absent>";
  return m[2].matched ? m[2].str() : m[3].str();
}

int run_node_scu(const TempDir& dir, std::vector<std::string> args) {
  const auto node_modules = source_dir() / "tests/peers/node/node_modules";
  EXPECT_TRUE(std::filesystem::exists(node_modules / "dcmjs-dimse")) << "run scripts/setup to install the npm peers";
  std::vector<std::string> argv{"node", (source_dir() / "tests/peers/dicom_scp/dimse_n_scu.js").string()};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_command(argv, dir / "node.out", std::chrono::seconds(30), {{"NODE_PATH", node_modules.string()}});
}

std::string describe(EventLog& log) {
  std::string text;
  for (const auto& e : log.events())
    text += std::string(net::to_string(e.kind)) + " status " + std::to_string(e.status) + " " + e.detail + "\n";
  return text;
}

struct Received {
  std::mutex mutex;
  std::vector<net::NRequest> requests;
  void add(const net::NRequest& r) {
    const std::lock_guard lock(mutex);
    requests.push_back(r);
  }
};

TEST(DicomScpWithDcmjsDimse, MppsAndStorageCommitmentRequestsReachTheirHandlers) {
  TempDir dir;
  Received received;
  net::HandlerRegistry registry;
  for (const auto command : {DimseCommand::NCreate, DimseCommand::NSet})
    registry.on_n(command, kMpps, [&](const net::NRequest& r) {
      received.add(r);
      return net::NResponse{};
    });
  registry.on_n(DimseCommand::NAction, kStorageCommitment, [&](const net::NRequest& r) {
    received.add(r);
    return net::NResponse{};
  });
  EventLog log;
  auto server = start_server({}, std::move(registry), log);
  EXPECT_EQ(run_node_scu(dir, {"mpps-stgcmt", "127.0.0.1", std::to_string(server->port()), "DCMJS", "HARNESS"}), 0)
      << read_text(dir / "node.out");
  const auto json = read_text(dir / "node.out");
  EXPECT_EQ(json_field(json, "ncreate"), "0") << json;
  EXPECT_EQ(json_field(json, "nset"), "0") << json;
  EXPECT_EQ(json_field(json, "naction"), "0") << json;

  const std::lock_guard lock(received.mutex);
  ASSERT_EQ(received.requests.size(), 3u);
  const auto& create = received.requests[0];
  EXPECT_EQ(create.command, DimseCommand::NCreate);
  EXPECT_EQ(create.sop_instance_uid, kMppsInstance);
  EXPECT_EQ(create.dataset.string(kPpsStatus), "IN PROGRESS");
  EXPECT_EQ(create.association.calling_ae, "DCMJS");
  const auto& set = received.requests[1];
  EXPECT_EQ(set.command, DimseCommand::NSet);
  EXPECT_EQ(set.sop_instance_uid, kMppsInstance);
  EXPECT_EQ(set.dataset.string(kPpsStatus), "COMPLETED");
  const auto& action = received.requests[2];
  EXPECT_EQ(action.command, DimseCommand::NAction);
  EXPECT_EQ(action.type_id, 1);  // Request Storage Commitment (PS3.4 J.3.2)
  EXPECT_EQ(action.sop_instance_uid, kStgCmtInstance);
  EXPECT_EQ(action.dataset.string(kTransactionUid), kTransaction);
  ASSERT_EQ(action.dataset.items(kReferencedSopSequence).size(), 1u);
  EXPECT_EQ(action.dataset.items(kReferencedSopSequence)[0].string(dicom::Tag{0x0008, 0x1155}), kCommittedInstance);
}

TEST(DicomScpWithDcmjsDimse, StorageCommitmentReportArrivesOnANewAssociation) {
  TempDir dir;
  const std::uint16_t report_port = free_port();
  net::HandlerRegistry registry;
  registry.on_n(DimseCommand::NAction, kStorageCommitment, [report_port](const net::NRequest& r) {
    // PS3.4 J.3.3: event type 1 (all committed) echoing the transaction and the referenced instances.
    net::EventReport report{kStorageCommitment, kStgCmtInstance, 1, {}};
    report.dataset.set(kTransactionUid, dicom::Vr::UI, r.dataset.string(kTransactionUid).value_or(""));
    report.dataset.set_sequence(kReferencedSopSequence, r.dataset.items(kReferencedSopSequence));
    net::NResponse response;
    response.report_after = report;
    response.report_destination = net::RemoteAe{"DCMJS", "127.0.0.1", report_port};
    return response;
  });
  EventLog log;
  auto server = start_server({}, std::move(registry), log);
  EXPECT_EQ(run_node_scu(dir, {"stgcmt-new", "127.0.0.1", std::to_string(server->port()), "DCMJS", "HARNESS",
                               std::to_string(report_port)}),
            0)
      << read_text(dir / "node.out");
  const auto json = read_text(dir / "node.out");
  EXPECT_EQ(json_field(json, "naction"), "0") << json;
  EXPECT_EQ(json_field(json, "eventType"), "1") << json;
  EXPECT_EQ(json_field(json, "transactionUid"), kTransaction) << json;
  EXPECT_NE(json.find("\"committed\":[\"" + kCommittedInstance + "\"]"), std::string::npos) << json;
  EXPECT_EQ(json_field(json, "reportCallingAe"), "HARNESS") << json;
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == net::ScpEventKind::ResponseReceived && e.command == DimseCommand::NEventReport && e.status == 0 &&
           e.detail.empty();
  })) << describe(log);
}

TEST(DicomScpWithDcmjsDimse, StorageCommitmentReportWithoutRoleSelectionReachesTheReportHandler) {
  TempDir dir;
  Received received;
  net::HandlerRegistry registry;
  registry.on_n(DimseCommand::NEventReport, kStorageCommitment, [&](const net::NRequest& r) {
    received.add(r);
    return net::NResponse{};
  });
  EventLog log;
  auto server = start_server({}, std::move(registry), log);
  EXPECT_EQ(run_node_scu(dir, {"event-report", "127.0.0.1", std::to_string(server->port()), "ARCHIVE", "HARNESS"}), 0)
      << read_text(dir / "node.out");
  EXPECT_EQ(json_field(read_text(dir / "node.out"), "neventreport"), "0") << read_text(dir / "node.out");
  const std::lock_guard lock(received.mutex);
  ASSERT_EQ(received.requests.size(), 1u);
  EXPECT_EQ(received.requests[0].type_id, 1);
  EXPECT_EQ(received.requests[0].sop_instance_uid, kStgCmtInstance);
  EXPECT_EQ(received.requests[0].dataset.string(kTransactionUid), kTransaction);
  ASSERT_EQ(received.requests[0].dataset.items(kReferencedSopSequence).size(), 1u);
}

}  // namespace
}  // namespace ihe::test
