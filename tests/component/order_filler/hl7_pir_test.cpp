// Patient Information Reconciliation through the Order Filler (spec digest 4.1 case 1 and 2, 4.2) with the
// harness's own ADT actor (actors/adt) as the sender: a temporary identity is registered and ordered for,
// renamed by A08 and merged by A40; the worklist follows and both updates reach the Image Manager.
#include "actors/adt/adt_actor.h"
#include "tests/component/order_filler/hl7_fixture.h"

namespace ihe::test {
namespace {

actors::AdtEvent event(const std::string& trigger, const actors::Patient& who,
                       const std::string& prior = "") {
  actors::AdtEvent e;
  e.trigger = trigger;
  e.patient = who;
  e.prior = {prior, prior.empty() ? "" : "HOSP"};
  return e;
}

bool all_accepted(const std::vector<actors::Hl7Exchange>& exchanges) {
  return !exchanges.empty() && std::all_of(exchanges.begin(), exchanges.end(),
                                           [](const actors::Hl7Exchange& e) { return e.accepted(); });
}

TEST(OrderFillerPir, ATemporaryPatientIsRenamedThenMergedAndTheImageManagerIsTold) {
  Hl7OrderFiller filler;
  actors::AdtConfig config;
  actors::Hl7Destination to_filler;
  to_filler.name = "order-filler";
  to_filler.peer.port = filler.actor().hl7_port();
  to_filler.peer.receiving_application = "ORDER_FILLER";
  to_filler.peer.receiving_facility = "HARNESS";
  to_filler.peer.timeout = 5s;
  config.destinations = {to_filler};
  actors::TransactionLog log;
  actors::AdtActor adt(config, {}, log);

  ASSERT_TRUE(all_accepted(adt.send(event("A04", patient("TMP001", "DOE^J1")))));
  ASSERT_TRUE(filler.send(order("NW", "PO400^PLACER", "TMP001")).accepted());
  ASSERT_EQ(filler.worklist_for("TMP001").size(), 1u);
  const std::string accession = value_at(filler.worklist_for("TMP001")[0], "AccessionNumber");

  ASSERT_TRUE(all_accepted(adt.send(event("A08", patient("TMP001", "SILVERHEELS^JAY")))));
  EXPECT_EQ(value_at(filler.worklist_for("TMP001")[0], "PatientName"), "SILVERHEELS^JAY");

  ASSERT_TRUE(all_accepted(adt.send(event("A40", patient("PAT001", "DOE^JOHN"), "TMP001"))));
  EXPECT_TRUE(filler.worklist_for("TMP001").empty());
  const auto survivor = filler.worklist_for("PAT001");
  ASSERT_EQ(survivor.size(), 4u);
  EXPECT_EQ(value_at(survivor.back(), "AccessionNumber"), accession);

  const auto sent = filler.image_manager().wait_for(3);
  ASSERT_EQ(sent.size(), 3u);  // RAD-4, then A08 and A40 forwarded
  EXPECT_EQ(sent[0].message_type(), "OMI");
  EXPECT_EQ(sent[1].trigger_event(), "A08");
  EXPECT_EQ(sent[1].get("PID-5"), "SILVERHEELS");
  EXPECT_EQ(sent[2].trigger_event(), "A40");
  EXPECT_EQ(sent[2].get("PID-3"), "PAT001");
  EXPECT_EQ(sent[2].get("MRG-1"), "TMP001");
  EXPECT_EQ(sent[2].get("MSH-3"), "ORDER_FILLER");  // forwarded with our own MSH-3 (digest 4.2)
}

}  // namespace
}  // namespace ihe::test
