// The segment grammar check reports every misplaced or missing segment at its place, and resynchronises
// after each so that one fault gives one finding.
#include <gtest/gtest.h>

#include "tests/unit/validation/finding_matchers.h"
#include "tests/unit/validation/samples.h"
#include "validation/hl7_validator.h"

namespace ihe::validation {
namespace {

std::vector<reports::Finding> grammar(const std::string& transaction, const hl7::Message& message) {
  const auto& rules = test::hl7_rules(transaction);
  const auto* found = rules.find(message.message_type(), message.trigger_event());
  if (found == nullptr) ADD_FAILURE() << "no rules for the message in " << transaction;
  std::vector<reports::Finding> out;
  if (found != nullptr) check_grammar(message, *found, out);
  return out;
}

void insert(hl7::Message& message, std::size_t before, const std::string& er7_id) {
  hl7::Segment segment;
  segment.id = er7_id;
  segment.fields.resize(1);
  message.segments().insert(message.segments().begin() + static_cast<long>(before), segment);
}

std::vector<std::string> locations(const std::vector<reports::Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(f.location + ": " + f.message);
  return out;
}

TEST(Hl7Grammar, ConformantSamplesMatch) {
  for (const auto& [tx, file] : {std::pair{"RAD-1", "rad-001-adt-a04.hl7"},
                                 {"RAD-4", "rad-004-omi-o23.hl7"},
                                 {"RAD-12", "rad-012-adt-a40.hl7"},
                                 {"RAD-13", "rad-013-omi-o23.hl7"}})
    EXPECT_EQ(test::all(grammar(tx, test::data_message(file))), " (none)") << file;
}

TEST(Hl7Grammar, EveryStraySegmentIsReportedWhereItStandsAndMatchingGoesOn) {
  auto message = test::data_message("rad-004-omi-o23.hl7");  // MSH PID PV1 ORC TQ1 OBR IPC IPC
  insert(message, 7, "NTE");                                 // between the IPCs: NTE belongs after OBR
  insert(message, 3, "ZDS");                                 // after PV1: unknown to OMI_O23
  const auto findings = grammar("RAD-4", message);
  EXPECT_EQ(locations(findings),
            (std::vector<std::string>{"ZDS: segment ZDS (position 4) is not allowed here",
                                      "NTE: segment NTE (position 9) is not allowed here"}));
  for (const auto& f : findings) EXPECT_EQ(f.spec_ref.document, "HL7 v2.5.1") << f.to_string();
}

TEST(Hl7Grammar, MissingSegmentGivesOneFindingAndTheRestStillMatches) {
  auto message = test::data_message("rad-004-omi-o23.hl7");
  message.segments().erase(message.segments().begin() + 5);  // OBR
  EXPECT_EQ(locations(grammar("RAD-4", message)),
            (std::vector<std::string>{"OBR: required segment OBR is missing before IPC"}));
}

TEST(Hl7Grammar, MissingAndStraySegmentsInOneMessageAreEachReported) {
  auto message = test::data_message("rad-001-adt-a04.hl7");  // MSH EVN PID PV1
  message.segments().erase(message.segments().begin() + 1);  // EVN
  insert(message, 3, "ZZ1");
  insert(message, 2, "ORC");  // between PID and PV1
  EXPECT_EQ(locations(grammar("RAD-1", message)),
            (std::vector<std::string>{"EVN: required segment EVN is missing before PID",
                                      "ORC: segment ORC (position 3) is not allowed here",
                                      "ZZ1: segment ZZ1 (position 5) is not allowed here"}));
}

TEST(Hl7Grammar, RepeatedStraysAreNumberedByOccurrence) {
  auto message = test::data_message("rad-004-omi-o23.hl7");
  insert(message, 8, "ZDS");  // after the second IPC (the end)
  insert(message, 7, "ZDS");  // between the IPCs
  EXPECT_EQ(locations(grammar("RAD-4", message)),
            (std::vector<std::string>{"ZDS: segment ZDS (position 8) is not allowed here",
                                      "ZDS[2]: segment ZDS (position 10) is not allowed here"}));
}

}  // namespace
}  // namespace ihe::validation
