#include <gtest/gtest.h>

#include "actors/common/hl7_messages/adt_messages.h"
#include "tests/component/adt/adt_fixture.h"
#include "tests/component/hl7_link/link_fixture.h"

namespace ihe::actors {
namespace {

using namespace std::chrono_literals;

class AdtActorTest : public ::testing::Test {
 protected:
  IdFactory ids_;
  test::CapturingPeer order_placer_{ids_};
  test::CapturingPeer order_filler_{ids_};
  TransactionLog log_;
  test::Records records_{log_};
};

TEST_F(AdtActorTest, ExampleEventsReachBothPeersInOrder) {
  AdtActor actor(test::example_config_to({order_placer_.port(), order_filler_.port()}), {}, log_);
  actor.start();
  ASSERT_TRUE(actor.wait_scripted(20s));
  actor.stop();
  for (const auto* peer : {&order_placer_, &order_filler_}) {
    const auto received = peer->received();
    ASSERT_EQ(received.size(), 3u);
    EXPECT_EQ(received[0].trigger_event(), "A04");
    EXPECT_EQ(received[0].get("PID-5.1"), "DOE");
    EXPECT_EQ(received[1].trigger_event(), "A08");
    EXPECT_EQ(received[1].get("PID-5.1"), "SILVERHEELS");  // the event's name override
    EXPECT_EQ(received[2].trigger_event(), "A40");
    const auto merge = read_merge(received[2]);
    ASSERT_TRUE(merge.ok()) << merge.error().description;
    EXPECT_EQ(merge.value().prior, (PriorIdentity{"PAT099", "HOSP"}));
    EXPECT_EQ(received[0].get("MSH-3"), "ADT_SIM");
  }
  EXPECT_EQ(order_placer_.received()[0].get("MSH-5"), "OP_APP");
  EXPECT_EQ(order_filler_.received()[0].get("MSH-5"), "OF_APP");
  const auto logged = records_.get();
  ASSERT_EQ(logged.size(), 6u);
  EXPECT_EQ(logged[0].transaction, "RAD-1");
  EXPECT_EQ(logged[5].transaction, "RAD-12");
  for (const auto& r : logged) EXPECT_EQ(r.outcome, "AA") << r.summary;
}

TEST_F(AdtActorTest, BlockingSendGoesOnPastAFailedPeer) {
  AdtActor actor(test::example_config_to({ihe::test::free_port(), order_filler_.port()}), {}, log_);
  AdtEvent event = actor.config().events.front();
  const auto exchanges = actor.send(event);
  ASSERT_EQ(exchanges.size(), 2u);
  EXPECT_EQ(exchanges[0].outcome, ExchangeOutcome::NoReply);
  EXPECT_TRUE(exchanges[1].accepted()) << exchanges[1].problems;
  EXPECT_EQ(order_filler_.received().size(), 1u);
}

TEST_F(AdtActorTest, LegacyVersionSendsTwoPartMsh9) {
  AdtConfig config = test::example_config_to({order_placer_.port(), order_filler_.port()});
  config.identity.version = "2.3.1";
  for (auto& d : config.destinations) d.peer.version = "2.3.1";
  AdtActor actor(config, {}, log_);
  // The capturing peers accept 2.5.1 and up (their default), so they answer 2.3.1 with AR 203.
  const auto exchanges = actor.send(config.events.front());
  EXPECT_EQ(exchanges[0].sent.get_er7("MSH-9"), "ADT^A04");
  EXPECT_EQ(exchanges[0].ack_code, "AR");
}

}  // namespace
}  // namespace ihe::actors
