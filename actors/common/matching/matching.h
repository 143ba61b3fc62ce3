#pragma once

#include <string_view>

#include "actors/dicom/dicom_dataset.h"

// C-FIND attribute matching of PS3.4 C.2.2.2, shared by the Image Manager's query (RAD-14/RAD-11) and the
// Order Filler's worklist (RAD-5). Rules, by key attribute (the identifier's element):
// - Universal (C.2.2.2.3): a zero-length key, or a key of only "*", matches every candidate, even one
//   without the attribute; a sequence key without items or with one empty item is universal too.
// - Single value (C.2.2.2.1): the candidate's value equals the key's, trailing spaces ignored (leading too
//   for VRs other than LT/ST/UT, PS3.5 6.2). Case-sensitive, except PN which compares case-insensitively and
//   ignores trailing '^' (C.2.2.2.1 lets PN matching be insensitive to case).
// - Wildcard (C.2.2.2.4): '*' any run of characters, '?' one character; not for UI, DA, TM, DT or numbers.
// - Range (C.2.2.2.5): DA, TM and DT keys "a-b", "a-", "-b"; with MatchOptions::combine_date_time the
//   date/time pairs (e.g. Study Date + Study Time) match as one date-time range (C.2.2.2.5.1).
// - List of UID (C.2.2.2.2): a UI key with several backslash-separated values matches any of them.
// - Multiple values: a key of another VR with several values matches when any of them matches; a
//   multi-valued candidate (e.g. Modalities in Study "CT\MR") matches when any of its values matches
//   (C.2.2.2.8 in current editions).
// - Sequence (C.2.2.2.6): a key item with attributes matches when one of the candidate's items matches
//   all of them.
// A non-universal key matches no candidate without the attribute or with it empty. Specific Character Set
// and Query/Retrieve Level are no matching keys (PS3.4 C.4.1.1.3.1) and are skipped.
namespace ihe::actors {

struct MatchOptions {
  // PS3.4 C.2.2.2.5.1: negotiated through the extended negotiation's combined date-time flag (C.5.1.1).
  bool combine_date_time = false;
};

bool matches(const dicom::DicomDataset& keys, const dicom::DicomDataset& candidate,
             const MatchOptions& options = {});

// The identifier of a C-FIND response (PS3.4 C.4.1.2.3): exactly the requested keys, each with the
// candidate's value, or zero length when the candidate has none. Sequence keys with attributes return the
// candidate's matching items reduced to the item's keys; an empty sequence key item returns the items whole.
// Query/Retrieve Level is echoed from the keys; Specific Character Set is the candidate's when it has one.
dicom::DicomDataset response_for(const dicom::DicomDataset& keys, const dicom::DicomDataset& candidate,
                                 const MatchOptions& options = {});

// One key element against one candidate element (nullptr when the candidate lacks it): the per-attribute
// rules above, without the date-time combination.
bool element_matches(const dicom::Element& key, const dicom::Element* candidate,
                     const MatchOptions& options = {});

// '*' and '?' matching of one value (C.2.2.2.4); `ignore_case` for PN.
bool wildcard_match(std::string_view pattern, std::string_view value, bool ignore_case = false);

}  // namespace ihe::actors
