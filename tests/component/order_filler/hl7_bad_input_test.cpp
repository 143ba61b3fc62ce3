// HL7 input the Order Filler must refuse (HL7 v2.5.1 2.9.2 and table 0357, spec digest 2.1 and 4.2): the
// right MSA-1 and ERR-3, one log record each, and the state never half changed.
#include <algorithm>

#include "tests/component/order_filler/hl7_fixture.h"

namespace ihe::test {
namespace {

struct State {
  std::vector<actors::Patient> patients;
  std::vector<actors::RequestedProcedure> procedures;
  bool operator==(const State&) const = default;
};

State state_of(actors::OrderFiller& actor) {
  return {actor.store().patients(), actor.store().requested_procedures()};
}

// Sends `message` and checks the answer's code and ERR-3, that nothing changed and nothing went out, and
// that the refusal was logged.
void expect_refused(Hl7OrderFiller& filler, hl7::Message message, const std::string& code,
                    const std::string& error) {
  const auto before = state_of(filler.actor());
  const auto exchange = filler.send(std::move(message));
  EXPECT_EQ(exchange.outcome, actors::ExchangeOutcome::Rejected) << exchange.problems;
  EXPECT_EQ(exchange.ack_code, code) << exchange.problems;
  EXPECT_EQ(error_codes(exchange), std::vector<std::string>{error}) << exchange.problems;
  EXPECT_EQ(state_of(filler.actor()), before);
  filler.drain();
  EXPECT_TRUE(filler.image_manager().messages().empty());
  const auto records = filler.records();
  EXPECT_TRUE(std::any_of(records.begin(), records.end(),
                          [&](const actors::TransactionRecord& record) {
                            return record.outcome.find(code) != std::string::npos &&
                                   record.outcome.find(error) != std::string::npos;
                          }))
      << "no log record with " << code << " " << error;
}

TEST(OrderFillerHl7BadInput, AnUnknownTriggerIsRejectedAr201) {
  Hl7OrderFiller filler;
  auto message = adt("A08", patient("PAT001", "NEW^NAME"));
  message.set("MSH-9.2", "A99");
  expect_refused(filler, std::move(message), "AR", "201");
}

TEST(OrderFillerHl7BadInput, AnOlderVersionIsRejectedAr203) {
  Hl7OrderFiller filler;
  auto message = adt("A08", patient("PAT001", "NEW^NAME"));
  message.set("MSH-12", "2.1");
  expect_refused(filler, std::move(message), "AR", "203");
}

TEST(OrderFillerHl7BadInput, AMissingPidIsAe101) {
  Hl7OrderFiller filler;
  auto message = adt("A08", patient("PAT001", "NEW^NAME"));
  auto& segments = message.segments();
  segments.erase(
      std::remove_if(segments.begin(), segments.end(), [](const hl7::Segment& s) { return s.id == "PID"; }),
      segments.end());
  expect_refused(filler, std::move(message), "AE", "101");
}

TEST(OrderFillerHl7BadInput, AnA08ForAnUnknownPatientIsAe204) {
  Hl7OrderFiller filler;
  expect_refused(filler, adt("A08", patient("PAT404", "NOBODY^X")), "AE", "204");
}

TEST(OrderFillerHl7BadInput, AMergeIntoItselfIsAe205AndAnUnknownPriorAe204) {
  Hl7OrderFiller filler;
  expect_refused(filler, adt("A40", patient("PAT001", "DOE^JOHN"), "PAT001"), "AE", "205");
  expect_refused(filler, adt("A40", patient("PAT001", "DOE^JOHN"), "PAT404"), "AE", "204");
}

TEST(OrderFillerHl7BadInput, ADuplicateNewOrderIsUnableToAccept) {
  Hl7OrderFiller filler;
  ASSERT_TRUE(filler.send(order("NW", "PO200^PLACER", "PAT001")).accepted());
  filler.drain();
  const auto before = state_of(filler.actor());
  const auto again = filler.send(order("NW", "PO200^PLACER", "PAT001"));
  EXPECT_EQ(again.ack_code, "AE");
  EXPECT_EQ(error_codes(again), std::vector<std::string>{"205"});
  ASSERT_TRUE(again.response);
  EXPECT_EQ(again.response->get("ORC-1"), "UA");
  EXPECT_EQ(state_of(filler.actor()), before);
  filler.drain();
  EXPECT_EQ(filler.image_manager().messages().size(), 1u);
}

TEST(OrderFillerHl7BadInput, CancellingAnUnknownOrderIsUnableToCancel) {
  Hl7OrderFiller filler;
  const auto before = state_of(filler.actor());
  const auto cancelled = filler.send(order("CA", "PO404^PLACER", "PAT001"));
  EXPECT_EQ(cancelled.ack_code, "AE");
  EXPECT_EQ(error_codes(cancelled), std::vector<std::string>{"204"});
  ASSERT_TRUE(cancelled.response);
  EXPECT_EQ(cancelled.response->get("ORC-1"), "UC");
  EXPECT_EQ(state_of(filler.actor()), before);
}

}  // namespace
}  // namespace ihe::test
