#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "actors/dicom/dicom_dataset.h"
#include "actors/hl7/message.h"
#include "profiles/model/rule_set.h"
#include "reports/model/finding.h"

namespace ihe::validation {

// One recorded message of a workflow, with the kind the cross-message rules know it by.
struct RecordedMessage {
  std::string label;  // file name (and #n for several HL7 messages in one file)
  // profiles::CopyRules kinds: order (RAD-2), rad-4, mwl, mpps-create, mpps-set, image, stgcmt-request,
  // stgcmt-report, query, ian; other HL7 transactions as rad-N (rad-1, rad-3, rad-12, rad-13, rad-48);
  // hl7-response for an ACK or application response (not checked).
  std::string kind;
  std::optional<hl7::Message> hl7;
  dicom::DicomDataset dataset;  // DICOM kinds only
};

struct RecordedSet {
  std::vector<RecordedMessage> messages;
  std::vector<std::string> unreadable;  // one line per file that could not be read or told
};

// Reads a folder of recorded messages and tells what each is. A file name starting with a transaction says
// so, as the evidence recorder names them: rad-001* (ADT), rad-002* (order), rad-003*, rad-004*, rad-012*,
// rad-013*, rad-048*, rad-005* (worklist item), rad-006* (MPPS N-CREATE), rad-007* (N-SET), rad-008*
// (image), rad-010-request*, rad-010-report*, rad-014* (query answer), rad-049* (IAN). Any other file is
// told by its content (identify_hl7 against `profile`'s transactions, identify_dicom); a file that cannot
// be read or told gets one line in `unreadable` naming it. A missing folder is a HarnessError.
RecordedSet read_recorded_messages(const std::filesystem::path& dir, const profiles::RuleSet& rules,
                                   std::string_view profile);
// The same with the shipped rules and SWF.b.
RecordedSet read_recorded_messages(const std::filesystem::path& dir);

// The value at a copy-rule path: HL7 `IPC-3` in an HL7 message, DICOM `(0040,0270)[1]/(0020,000D)` in a
// data set (items from 1); nullopt when absent.
std::optional<std::string> value_at(const RecordedMessage& message, const std::string& path);

// The profile's copy rules between related messages, and the set rules no table expresses: every instance
// of a storage commitment request is answered in the report (PS3.4 J.3.3.1.2), and every stored image of a
// completed MPPS is listed in its Performed Series Sequence (PS3.4 F.7.2-1 notes, F.7.2.2.2).
std::vector<reports::Finding> check_consistency(const std::vector<RecordedMessage>& messages,
                                                const profiles::CopyRules& rules);

}  // namespace ihe::validation

namespace ihe::validation {

// Each recorded message against its own transaction's rules (rad-N -> RAD-N, order -> RAD-2, mwl -> RAD-5,
// mpps-create -> RAD-6, mpps-set -> RAD-7, image -> RAD-8, stgcmt-* -> RAD-10, query -> RAD-14
// study-response, ian -> RAD-49), so a folder check also checks every message; locations start with the
// message's label. Kinds the profile has no rules for are skipped.
std::vector<reports::Finding> validate_recorded(const std::vector<RecordedMessage>& messages,
                                                const profiles::RuleSet& rules, std::string_view profile);

}  // namespace ihe::validation
