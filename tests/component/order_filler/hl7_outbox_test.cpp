// The Order Filler's outbox: messages to a peer not configured are dropped at once, messages go out in
// order, and stopping with a silent peer ends the exchange in flight and logs the rest as not sent.
#include "actors/order_filler/hl7_outbox.h"

#include "tests/component/order_filler/hl7_fixture.h"

namespace ihe::test {
namespace {

actors::OutboundHl7 a08(const std::string& patient_id) {
  return {actors::Hl7Peer::ImageManager, "RAD-12", adt("A08", patient(patient_id, "DOE^J1"))};
}

actors::Hl7PeerSettings to(std::uint16_t port, std::chrono::milliseconds timeout) {
  actors::Hl7PeerSettings settings;
  settings.port = port;
  settings.receiving_application = "IMAGE_MANAGER";
  settings.receiving_facility = "HARNESS";
  settings.timeout = timeout;
  return settings;
}

TEST(OrderFillerOutbox, DropsMessagesForAPeerNotConfigured) {
  actors::IdFactory ids;
  actors::TransactionLog log;
  actors::Hl7Outbox outbox(ids, log);
  outbox.start();
  EXPECT_FALSE(outbox.post(a08("PAT001")));
  EXPECT_TRUE(outbox.wait_idle(5s));
  EXPECT_TRUE(outbox.exchanges().empty());
}

TEST(OrderFillerOutbox, SendsInTheOrderPosted) {
  CollectingPeer manager({"ADT^A08"}, "2.5.1");
  actors::IdFactory ids;
  actors::TransactionLog log;
  actors::Hl7Outbox outbox(ids, log);
  outbox.add_peer(actors::Hl7Peer::ImageManager, to(manager.port(), 5s));
  outbox.start();
  for (const char* id : {"PAT001", "PAT002", "PAT003"}) EXPECT_TRUE(outbox.post(a08(id)));
  ASSERT_TRUE(outbox.wait_idle(10s));
  const auto received = manager.messages();
  ASSERT_EQ(received.size(), 3u);
  EXPECT_EQ(received[0].get("PID-3"), "PAT001");
  EXPECT_EQ(received[2].get("PID-3"), "PAT003");
  for (const auto& exchange : outbox.exchanges()) EXPECT_TRUE(exchange.accepted()) << exchange.problems;
}

TEST(OrderFillerOutbox, StoppingWithASilentPeerLogsWhatWasNotSent) {
  actors::IdFactory peer_ids;
  actors::Hl7Receiver silent({"127.0.0.1", 0, "PEER", "HARNESS", "2.5.1", 10s}, peer_ids);
  silent.on("ADT^A08", "peer", [](const hl7::Message&) { return actors::Hl7Answer::accept(); });
  actors::Hl7ReceiverFaults faults;
  faults.never_answer = true;
  silent.set_faults(faults);
  silent.start();

  actors::IdFactory ids;
  actors::TransactionLog log;
  std::vector<actors::TransactionRecord> records;
  std::mutex mutex;
  log.subscribe([&](const actors::TransactionRecord& record) {
    const std::lock_guard lock(mutex);
    records.push_back(record);
  });
  actors::Hl7Outbox outbox(ids, log);
  outbox.add_peer(actors::Hl7Peer::ImageManager, to(silent.port(), 1s));
  outbox.start();
  for (const char* id : {"PAT001", "PAT002", "PAT003"}) outbox.post(a08(id));
  outbox.stop();
  silent.stop();

  const auto exchanges = outbox.exchanges();
  ASSERT_LE(exchanges.size(), 1u);
  for (const auto& exchange : exchanges) EXPECT_EQ(exchange.outcome, actors::ExchangeOutcome::NoReply);
  const auto not_sent = std::count_if(records.begin(), records.end(), [](const actors::TransactionRecord& r) {
    return r.outcome == "not sent: the actor stopped first";
  });
  EXPECT_EQ(static_cast<std::size_t>(not_sent) + exchanges.size(), 3u);
}

}  // namespace
}  // namespace ihe::test
