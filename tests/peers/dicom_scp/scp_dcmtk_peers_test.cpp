// DCMTK's command-line SCUs (an independent implementation) against our SCP, started for real on loopback.
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>

#include "tests/peers/dicom_scp/peer_support.h"

namespace ihe::test {
namespace {

using net::DimseCommand;
using net::ScpEventKind;

std::vector<std::string> scu(const std::string& tool, std::uint16_t port, std::vector<std::string> extra = {}) {
  std::vector<std::string> argv{tool, "-aet", "MODALITY1", "-aec", "HARNESS"};
  argv.insert(argv.end(), extra.begin(), extra.end());
  argv.insert(argv.end(), {"127.0.0.1", std::to_string(port)});
  return argv;
}

TEST(DicomScpWithDcmtk, EchoscuGetsSuccess) {
  TempDir dir;
  EventLog log;
  auto server = start_server({}, {}, log);
  EXPECT_EQ(run_command(scu("echoscu", server->port()), dir / "echoscu.log"), 0) << read_text(dir / "echoscu.log");
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::ResponseSent && e.command == DimseCommand::CEcho && e.association.calling_ae == "MODALITY1";
  }));
}

TEST(DicomScpWithDcmtk, StorescuImageReachesTheStoreHandler) {
  TempDir dir;
  const auto image = make_image(dir);
  ASSERT_FALSE(image.empty());
  std::mutex mutex;
  std::vector<net::StoreRequest> stored;
  net::HandlerRegistry registry;
  registry.on_store(kSecondaryCapture, [&](const net::StoreRequest& r) {
    const std::lock_guard lock(mutex);
    stored.push_back(r);
    return net::dimse_status::success;
  });
  EventLog log;
  auto server = start_server({}, std::move(registry), log);
  auto argv = scu("storescu", server->port());
  argv.push_back(image.string());
  EXPECT_EQ(run_command(argv, dir / "storescu.log"), 0) << read_text(dir / "storescu.log");
  const std::lock_guard lock(mutex);
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].sop_instance_uid, kImageUid);
  EXPECT_EQ(stored[0].dataset.string(dicom::Tag{0x0008, 0x0018}), kImageUid);
  EXPECT_EQ(stored[0].dataset.string(dicom::Tag{0x0010, 0x0020}), "PAT001");
}

TEST(DicomScpWithDcmtk, StorescuImageCanBeStreamedToAFile) {
  TempDir dir;
  const auto image = make_image(dir);
  ASSERT_FALSE(image.empty());
  std::filesystem::path received;
  net::HandlerRegistry registry;
  registry.on_store(
      kSecondaryCapture,
      [&](const net::StoreRequest& r) {
        received = r.file;
        return r.dataset.empty() ? net::dimse_status::success : net::dimse_status::processing_failure;
      },
      net::StoreDelivery::File);
  net::ServerConfig config;
  config.storage_directory = dir / "incoming";
  EventLog log;
  auto server = start_server(config, std::move(registry), log);
  auto argv = scu("storescu", server->port());
  argv.push_back(image.string());
  EXPECT_EQ(run_command(argv, dir / "storescu.log"), 0) << read_text(dir / "storescu.log");
  ASSERT_TRUE(std::filesystem::exists(received)) << received;
  EXPECT_EQ(received.parent_path(), dir / "incoming");
  EXPECT_EQ(dcmdump_value(dir, received, "SOPInstanceUID"), kImageUid);
}

// Only Verification is offered, so an association proposing nothing else has no acceptable presentation
// context and is rejected (PS3.8 9.3.4: "no reason given").
TEST(DicomScpWithDcmtk, StorescuOfAnUnregisteredSopClassIsRefusedAtNegotiation) {
  TempDir dir;
  const auto image = make_image(dir);
  EventLog log;
  auto server = start_server({}, {}, log);
  auto argv = scu("storescu", server->port());
  argv.push_back(image.string());
  EXPECT_NE(run_command(argv, dir / "storescu.log"), 0);
  EXPECT_NE(read_text(dir / "storescu.log").find("Association Rejected"), std::string::npos)
      << read_text(dir / "storescu.log");
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::AssociationRejected && e.detail == "no acceptable presentation context";
  }));
}

TEST(DicomScpWithDcmtk, FindscuReceivesEveryPendingMatch) {
  TempDir dir;
  std::mutex mutex;
  std::vector<dicom::DicomDataset> identifiers;
  net::HandlerRegistry registry;
  registry.on_find(kStudyRootFind, [&](const net::FindRequest& r) {
    {
      const std::lock_guard lock(mutex);
      identifiers.push_back(r.identifier);
    }
    net::FindResponse response;
    for (const char* uid : {"1.2.826.0.1.3680043.9.7156.4.1", "1.2.826.0.1.3680043.9.7156.4.2"}) {
      dicom::DicomDataset match;
      match.set(dicom::Tag{0x0008, 0x0052}, dicom::Vr::CS, "STUDY");
      match.set(dicom::Tag{0x0010, 0x0020}, dicom::Vr::LO, "PAT001");
      match.set(dicom::Tag{0x0020, 0x000D}, dicom::Vr::UI, uid);
      response.matches.push_back(match);
    }
    return response;
  });
  EventLog log;
  auto server = start_server({}, std::move(registry), log);
  const auto out = dir / "responses";
  std::filesystem::create_directories(out);
  const auto argv = scu("findscu", server->port(),
                        {"-S", "-X", "-od", out.string(), "-k", "QueryRetrieveLevel=STUDY", "-k", "PatientID=PAT001",
                         "-k", "StudyInstanceUID"});
  EXPECT_EQ(run_command(argv, dir / "findscu.log"), 0) << read_text(dir / "findscu.log");
  EXPECT_EQ(dcmdump_value(dir, out / "rsp0001.dcm", "StudyInstanceUID"), "1.2.826.0.1.3680043.9.7156.4.1");
  EXPECT_EQ(dcmdump_value(dir, out / "rsp0002.dcm", "StudyInstanceUID"), "1.2.826.0.1.3680043.9.7156.4.2");
  EXPECT_FALSE(std::filesystem::exists(out / "rsp0003.dcm"));
  const std::lock_guard lock(mutex);
  ASSERT_EQ(identifiers.size(), 1u);
  EXPECT_EQ(identifiers[0].string(dicom::Tag{0x0010, 0x0020}), "PAT001");
  EXPECT_TRUE(identifiers[0].contains(dicom::Tag{0x0020, 0x000D}));
}

struct MoveSetup {
  TempDir dir;
  std::filesystem::path received = dir / "storescp-in";
  std::uint16_t storescp_port = free_port();
  std::unique_ptr<ChildProcess> storescp;
  MoveSetup() {
    std::filesystem::create_directories(received);
    storescp = std::make_unique<ChildProcess>(ChildProcess::Options{
        {"storescp", "--aetitle", "STORESCP", "--output-directory", received.string(), std::to_string(storescp_port)},
        dir / "storescp.log", {}, {}, std::chrono::milliseconds(5000)});
  }
};

TEST(DicomScpWithDcmtk, MovescuMovesTheHandlersFilesToAStorescpDestination) {
  MoveSetup setup;
  ASSERT_TRUE(wait_for_port(setup.storescp_port, std::chrono::seconds(5)));
  const auto first = make_image(setup.dir, "1.2.826.0.1.3680043.9.7156.2.11");
  const auto second = make_image(setup.dir, "1.2.826.0.1.3680043.9.7156.2.12");
  std::string destination_seen;
  net::HandlerRegistry registry;
  registry.on_move(kStudyRootMove, [&](const net::MoveRequest& r) {
    destination_seen = r.destination_ae;
    return net::MoveResponse{{first, second}, std::nullopt};
  });
  net::ServerConfig config;
  config.remote_aes["STORESCP"] = {"STORESCP", "127.0.0.1", setup.storescp_port};
  EventLog log;
  auto server = start_server(config, std::move(registry), log);
  const auto argv = scu("movescu", server->port(),
                        {"-S", "-aem", "STORESCP", "-k", "QueryRetrieveLevel=STUDY", "-k",
                         std::string("StudyInstanceUID=") + kStudyUid});
  EXPECT_EQ(run_command(argv, setup.dir / "movescu.log"), 0) << read_text(setup.dir / "movescu.log");
  EXPECT_EQ(destination_seen, "STORESCP");
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(setup.received)) files += entry.is_regular_file();
  EXPECT_EQ(files, 2u) << setup.storescp->log();
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::ResponseSent && e.command == DimseCommand::CMove && e.status == 0;
  }));
  std::size_t sub_operations = 0;
  for (const auto& e : log.events())
    sub_operations += e.kind == ScpEventKind::ResponseReceived && e.command == DimseCommand::CStore && e.status == 0;
  EXPECT_EQ(sub_operations, 2u);
}

TEST(DicomScpWithDcmtk, MovescuToADestinationThatIsDownGetsA702) {
  TempDir dir;
  const auto image = make_image(dir);
  net::HandlerRegistry registry;
  registry.on_move(kStudyRootMove, [&](const net::MoveRequest&) { return net::MoveResponse{{image}, std::nullopt}; });
  net::ServerConfig config;
  config.remote_aes["DOWN"] = {"DOWN", "127.0.0.1", free_port()};  // nothing listens there
  EventLog log;
  auto server = start_server(config, std::move(registry), log);
  const auto argv = scu("movescu", server->port(),
                        {"-S", "-aem", "DOWN", "-k", "QueryRetrieveLevel=STUDY", "-k",
                         std::string("StudyInstanceUID=") + kStudyUid});
  run_command(argv, dir / "movescu.log");
  // PS3.4 C.4.2.1.5: no sub-operation could be performed.
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::ResponseSent && e.command == DimseCommand::CMove && e.status == 0xA702;
  }));
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::ResponseReceived && e.detail.find("C-STORE sub-operations: no association with DOWN@127.0.0.1") == 0;
  }));
}

TEST(DicomScpWithDcmtk, MovescuToAnUnknownDestinationGetsA801) {
  TempDir dir;
  net::HandlerRegistry registry;
  registry.on_move(kStudyRootMove, [](const net::MoveRequest&) { return net::MoveResponse{}; });
  EventLog log;
  auto server = start_server({}, std::move(registry), log);
  const auto argv = scu("movescu", server->port(),
                        {"-S", "-aem", "NOWHERE", "-k", "QueryRetrieveLevel=STUDY", "-k",
                         std::string("StudyInstanceUID=") + kStudyUid});
  run_command(argv, dir / "movescu.log");
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::ResponseSent && e.command == DimseCommand::CMove && e.status == 0xA801;
  }));
  EXPECT_NE(read_text(dir / "movescu.log").find("MoveDestinationUnknown"), std::string::npos)
      << read_text(dir / "movescu.log");
}

}  // namespace
}  // namespace ihe::test
