// Our Order Filler with the harness's own Order Placer actor (actors/order_placer) on real MLLP: RAD-2
// placed by it is scheduled here, and the RAD-3 status changes the filler sends back (SC IP/CM as MPPS
// arrive, OC when the filler cancels) are accepted by it (it answers AE 204 for orders it does not know).
#include "actors/order_placer/order_placer.h"
#include "tests/component/order_filler/hl7_fixture.h"
#include "tests/unit/order_filler/mpps_data.h"

namespace ihe::test {
namespace {

class FillerAndPlacer : public ::testing::Test {
 protected:
  FillerAndPlacer() {
    const auto filler_hl7_port = free_port();
    actors::OrderPlacerConfig placer_config;
    placer_config.hl7_port = 0;
    actors::Hl7Destination filler_destination;
    filler_destination.name = "order-filler";
    filler_destination.peer.port = filler_hl7_port;
    filler_destination.peer.timeout = 5s;
    placer_config.order_filler = filler_destination;
    placer_ = std::make_unique<actors::OrderPlacer>(placer_config, actors::FaultSwitches{}, log_);

    actors::OrderFillerConfig config;
    config.dicom_port = 0;
    config.seed_file = worklist_seed_file();
    actors::OrderFillerHl7Config hl7;
    hl7.port = filler_hl7_port;
    actors::Hl7PeerSettings placer_peer;
    placer_peer.port = placer_->hl7_port();
    placer_peer.timeout = 5s;
    hl7.order_placer = placer_peer;
    config.hl7 = hl7;
    filler_ = std::make_unique<actors::OrderFiller>(config, actors::FaultSwitches{}, log_);
    filler_->start();
    placer_->start();
  }
  ~FillerAndPlacer() override {
    placer_->stop();
    filler_->stop();
  }

  actors::PlacementResult place(const std::string& patient_id) {
    actors::OrderMessage order;
    order.patient = patient(patient_id, "DOE^JOHN");
    order.procedure.codes = {{"P1-20001", "99HARNESS", "CT CHEST"}};
    return placer_->place_order(order);
  }

  // Every RAD-3 the filler sent, and whether the placer accepted each.
  std::vector<std::string> rad3_outcomes() {
    EXPECT_TRUE(filler_->outbox().wait_idle(10s));
    std::vector<std::string> outcomes;
    for (const auto& exchange : filler_->outbox().exchanges())
      outcomes.push_back(exchange.sent.get("ORC-1") + "/" + exchange.sent.get("ORC-5") + " " +
                         (exchange.accepted() ? "accepted" : exchange.problems));
    return outcomes;
  }

  actors::TransactionLog log_;
  std::unique_ptr<actors::OrderPlacer> placer_;
  std::unique_ptr<actors::OrderFiller> filler_;
};

TEST_F(FillerAndPlacer, TheFillerSchedulesThePlacersOrderAndReportsMppsProgressBack) {
  const auto placed = place("PAT001");
  ASSERT_TRUE(placed.ok()) << placed.exchange.problems;
  ASSERT_TRUE(placed.response);
  EXPECT_FALSE(placed.response->filler_order_number.empty());

  const auto procedures = filler_->store().requested_procedures();
  ASSERT_EQ(procedures.size(), 5u);
  const auto& ordered = procedures.back();
  EXPECT_EQ(ordered.placer_order_number, placed.response->placer_order_number);
  filler_->workflow().step_performed({ordered.steps[0].sps_id, ordered.accession_number, ""},
                                     actors::SpsStatus::Started);
  filler_->workflow().step_performed({ordered.steps[0].sps_id, ordered.accession_number, ""},
                                     actors::SpsStatus::Completed);
  EXPECT_EQ(rad3_outcomes(), (std::vector<std::string>{"SC/IP accepted", "SC/CM accepted"}));
}

TEST_F(FillerAndPlacer, AnOrderTheFillerCancelsIsReportedAsRad3Oc) {
  const auto placed = place("PAT002");
  ASSERT_TRUE(placed.ok()) << placed.exchange.problems;
  const auto result = filler_->workflow().cancel_order({placed.response->placer_order_number, ""},
                                                       actors::Initiator::OrderFiller);
  ASSERT_TRUE(result.accepted()) << result.reason;
  EXPECT_EQ(rad3_outcomes(), (std::vector<std::string>{"OC/CA accepted"}));
}

}  // namespace
}  // namespace ihe::test
