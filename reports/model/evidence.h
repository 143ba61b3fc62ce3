#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// Evidence: one captured artefact of a run, immutable once recorded, named by a run-unique id that
// findings, steps and the report's sequence diagrams refer to.
namespace ihe::reports {

enum class EvidenceKind {
  Hl7Message,   // one MLLP frame's content (ER7 text, segments separated by '\r')
  DicomDimse,   // one DIMSE message: command summary plus the data set dump
  Association,  // an association or TCP connection event (opened, rejected, aborted, refused)
  Timeout,      // a wait that ran out: what was awaited and for how long
  Note,         // anything else worth keeping (an operator's answer, a hook's output)
};
std::string_view to_string(EvidenceKind kind);

struct Evidence {
  std::string id;  // "E0007": unique within one run
  EvidenceKind kind = EvidenceKind::Note;
  std::int64_t at_ms = 0;  // milliseconds since the run started
  std::string from;        // who sent it: "harness:OF", "SUT" (sequence diagram lanes)
  std::string to;
  std::string transaction;  // "RAD-4", empty when none applies
  std::string summary;      // one line: "OMI^O23 NW/SC ACC0001", "C-FIND-RSP 0xFF00 1 match"
  std::string content;      // the raw artefact: ER7 text or a data set text dump
};

}  // namespace ihe::reports
