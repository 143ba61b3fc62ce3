#pragma once

#include "reports/model/run_report.h"

// Synthetic RunReports for the writer tests: what a runner would produce for an Image Manager claiming
// SWF.b and PIR. Two claims, two scenarios: SWF-IM-010 passes; PIR-IM-020 fails with an Error and a
// Warning finding resting on HL7 and DICOM evidence.
namespace ihe::reports::test {

RunReport sample_run_report();

// The same run with hostile text where the wire and the user's files reach the report: markup and
// script in HL7 fields, quotes and ampersands, '</style>' in a title, control characters (VT, NUL) and
// bytes that are not UTF-8.
RunReport hostile_run_report();

}  // namespace ihe::reports::test
