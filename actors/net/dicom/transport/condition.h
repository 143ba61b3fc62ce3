#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/ofstd/ofcond.h>

#include <system_error>

namespace ihe::net {

// OFCondition stops here: DCMTK's DUL/DIMSE/ASC conditions become DicomError codes. Success maps to an
// empty error_code.
std::error_code to_error_code(const OFCondition& condition);

// Makes DCMTK's own logger quiet (errors only) once per process: its warnings would otherwise interleave
// with our one-line outcomes. Called by every SCU and SCP constructor.
void quiet_dcmtk_logging();

}  // namespace ihe::net
