// SWF.b and PIR among our own actors over loopback (issue 4 "Must show"; spec digest 2, 3 and 4): A04,
// order, RAD-4, worklist, MPPS, images, storage commitment, order status, A08 rename, A40 merge, and an
// unscheduled acquisition reconciled by an order the Order Filler creates afterwards (PIR case 3). The
// assertions are on what crosses the wire: ACK codes, the Order Filler's outgoing messages, RAD-5 and
// RAD-14 answers. Every HL7 message the actors exchanged must pass the shipped SWF.b validators.
#include <gtest/gtest.h>

#include <algorithm>

#include "actors/common/hl7_messages/order_messages.h"
#include "profiles/model/rule_set.h"
#include "tests/component/workflow/swf_pir_fixture.h"
#include "validation/hl7_validator.h"
#include "validation/message_identity.h"

namespace ihe::actors::test {
namespace {

using dicom::Tag;

constexpr Tag kAccessionNumber{0x0008, 0x0050};
constexpr Tag kStudyUid{0x0020, 0x000D};
constexpr Tag kPatientId{0x0010, 0x0020};
constexpr Tag kPatientName{0x0010, 0x0010};

const Patient kDoe{"PID100", "HOSP", "DOE^J1", "19700101", "M"};
const Patient kRenamed{"PID100", "HOSP", "SILVERHEELS^JAY", "19700101", "M"};
const Patient kBlue{"PID200", "HOSP", "BLUE^ROBIN", "19700101", "M"};
const Patient kTrauma{"PID300", "HOSP", "DOE^J3", "19800202", "F"};

std::string text(const dicom::DicomDataset& dataset, Tag tag) {
  return dataset.string(tag).value_or("");
}

std::vector<std::string> names_in(const net::FindResult& found) {
  std::vector<std::string> names;
  for (const auto& match : found.matches) names.push_back(text(match, kPatientName));
  return names;
}

// The shipped SWF.b rules' Error findings for one message an actor sent, "" when there are none.
std::string validation_errors(const hl7::Message& message) {
  static const auto rules = profiles::RuleSet::load(profiles::RuleSet::default_data_dir());
  const auto identity = validation::identify_hl7(message, rules, "SWF.b");
  if (identity.kind.empty()) return "unidentified: " + identity.problem;
  for (const char* transaction : {"RAD-1", "RAD-2", "RAD-3", "RAD-4", "RAD-12", "RAD-13"}) {
    if (validation::kind_of_transaction(transaction) != identity.kind) continue;
    const auto* found = rules.hl7_rules("SWF.b", transaction);
    if (found == nullptr) return std::string("no rules for ") + transaction;
    std::string errors;
    for (const auto& finding : validation::validate_hl7(message, *found))
      if (finding.severity == reports::Severity::Error) errors += finding.to_string() + "\n";
    return errors;
  }
  return "no transaction of kind " + identity.kind;
}

class SwfPirWorkflowTest : public SwfPirWorkflow {
 protected:
  // Every HL7 message sent in the run, by the ADT, the Order Placer and the Order Filler, validated.
  void TearDown() override {
    auto all = exchanged_;
    for (auto& exchange : order_filler_->outbox().exchanges()) all.push_back(exchange);
    for (const auto& exchange : all) {
      EXPECT_FALSE(exchange.response_text.empty()) << exchange.sent_text;
      EXPECT_EQ(validation_errors(exchange.sent), "") << exchange.sent_text;
    }
    SwfPirWorkflow::TearDown();
  }

  // The one worklist item of `patient_id`, performed; returns its (accession, study UID).
  std::pair<std::string, std::string> perform_scheduled(const std::string& patient_id) {
    const auto items = worklist(patient_id);
    EXPECT_TRUE(items.ok()) << items.detail;
    if (items.matches.size() != 1) {
      ADD_FAILURE() << items.matches.size() << " worklist items for " << patient_id;
      return {};
    }
    const auto& item = items.matches.front();
    perform(modality_->begin_step({item}));
    return {text(item, kAccessionNumber), text(item, kStudyUid)};
  }
};

TEST_F(SwfPirWorkflowTest, ScheduledOrderIsPerformedThenRenamedAndMerged) {
  adt("A04", kDoe);
  place_order(kDoe, "PLC100^OP_SIM");
  EXPECT_EQ(filler_sent_since_last(), std::vector<std::string>{"RAD-4 NW/SC"});

  // RAD-5 .. RAD-10 for the scheduled step; the filler reports the order's progress on both sides.
  const auto [accession, study_uid] = perform_scheduled(kDoe.id);
  ASSERT_FALSE(accession.empty());
  EXPECT_EQ(filler_sent_since_last(),
            (std::vector<std::string>{"RAD-3 SC/IP", "RAD-3 SC/CM", "RAD-13 XO/CM"}));
  auto found = studies(kDoe.id);
  ASSERT_TRUE(found.ok()) << found.detail;
  ASSERT_EQ(found.matches.size(), 1u);
  EXPECT_EQ(found.matches[0].string(kStudyUid), study_uid);
  EXPECT_EQ(found.matches[0].string(kAccessionNumber), accession);
  EXPECT_EQ(found.matches[0].string(kPatientName), kDoe.name);

  // A08: a second, still scheduled order and the archived study both show the new name.
  place_order(kDoe, "PLC101^OP_SIM");
  adt("A08", kRenamed);
  EXPECT_EQ(filler_sent_since_last(), (std::vector<std::string>{"RAD-4 NW/SC", "RAD-12 A08"}));
  const auto renamed_items = worklist(kDoe.id);
  ASSERT_TRUE(renamed_items.ok()) << renamed_items.detail;
  ASSERT_FALSE(renamed_items.matches.empty());
  for (const auto& name : names_in(renamed_items)) EXPECT_EQ(name, kRenamed.name);
  found = studies(kDoe.id);
  ASSERT_EQ(found.matches.size(), 1u);
  EXPECT_EQ(found.matches[0].string(kPatientName), kRenamed.name);

  // A40: BLUE^ROBIN has a study of its own; after the merge the old ID finds nothing anywhere and the
  // survivor finds both studies and the order still scheduled.
  adt("A04", kBlue);
  place_order(kBlue, "PLC200^OP_SIM");
  const auto blue_study = perform_scheduled(kBlue.id).second;
  filler_sent_since_last();
  adt("A40", kBlue, kDoe.id);
  EXPECT_EQ(filler_sent_since_last(), std::vector<std::string>{"RAD-12 A40"});
  const auto old_items = worklist(kDoe.id);
  ASSERT_TRUE(old_items.ok()) << old_items.detail;
  EXPECT_TRUE(old_items.matches.empty());
  found = studies(kDoe.id);
  ASSERT_TRUE(found.ok()) << found.detail;
  EXPECT_TRUE(found.matches.empty());
  found = studies(kBlue.id);
  ASSERT_TRUE(found.ok()) << found.detail;
  std::vector<std::string> uids;
  for (const auto& match : found.matches) uids.push_back(text(match, kStudyUid));
  std::sort(uids.begin(), uids.end());
  std::vector<std::string> expected{study_uid, blue_study};
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(uids, expected);
  for (const auto& name : names_in(found)) EXPECT_EQ(name, kBlue.name);
  const auto survivor_items = worklist(kBlue.id);
  ASSERT_TRUE(survivor_items.ok()) << survivor_items.detail;
  EXPECT_FALSE(survivor_items.matches.empty());
  for (const auto& match : survivor_items.matches) EXPECT_EQ(match.string(kPatientId), kBlue.id);
}

TEST_F(SwfPirWorkflowTest, UnscheduledAcquisitionIsLinkedByTheOrderCreatedAfterIt) {
  adt("A04", kTrauma);

  // The operator types a temporary ID; no worklist item, an unscheduled MPPS (spec digest 3.2).
  dicom::DicomDataset typed;
  typed.set(kPatientId, "TMP-0001").set(kPatientName, "UNKNOWN^TRAUMA");
  const auto study_uid = perform(modality_->begin_unscheduled_step(typed));
  auto found = studies("TMP-0001");
  ASSERT_TRUE(found.ok()) << found.detail;
  ASSERT_EQ(found.matches.size(), 1u);
  EXPECT_EQ(found.matches[0].string(kAccessionNumber), "");
  EXPECT_TRUE(filler_sent_since_last().empty());

  // The Order Filler creates the order for the registered patient with the MPPS's Study Instance UID
  // (PIR case 3): RAD-3 SN to the placer, which assigns a number, and RAD-4 to the archive.
  NewOrder order;
  order.patient = kTrauma;
  order.procedure_code = {"P1-20001", "99HARNESS", "CT CHEST"};
  order.requesting_physician = "REQUESTING^DOC";
  order.study_instance_uid = study_uid;
  const auto created = order_filler_->workflow().schedule_order(order, Initiator::OrderFiller);
  ASSERT_TRUE(created.accepted()) << created.reason;
  EXPECT_EQ(filler_sent_since_last(), (std::vector<std::string>{"RAD-3 SN/SC", "RAD-4 NW/SC"}));
  const auto sn = order_filler_->outbox().exchanges().at(filler_seen_ - 2);
  ASSERT_TRUE(sn.response);
  const auto answer = read_order_response(*sn.response);
  ASSERT_TRUE(answer) << answer.error().description;
  EXPECT_EQ(answer.value().order_control, "NA");
  EXPECT_FALSE(answer.value().placer_order_number.empty());
  // The RAD-4 queued behind the SN carries that number (OBR-2 R, RAD TF-2 4.4.4.1.2.2).
  const auto rad4 = order_filler_->outbox().exchanges().at(filler_seen_ - 1);
  EXPECT_EQ(rad4.sent.get_er7("ORC-2"), answer.value().placer_order_number);
  EXPECT_EQ(rad4.sent.get_er7("OBR-2"), answer.value().placer_order_number);

  // The images now belong to the order's patient and accession; the typed ID finds nothing.
  found = studies(kTrauma.id);
  ASSERT_TRUE(found.ok()) << found.detail;
  ASSERT_EQ(found.matches.size(), 1u);
  EXPECT_EQ(found.matches[0].string(kStudyUid), study_uid);
  EXPECT_EQ(found.matches[0].string(kAccessionNumber), created.procedure->accession_number);
  EXPECT_EQ(found.matches[0].string(kPatientName), kTrauma.name);
  found = studies("TMP-0001");
  ASSERT_TRUE(found.ok()) << found.detail;
  EXPECT_TRUE(found.matches.empty());
}

}  // namespace
}  // namespace ihe::actors::test
