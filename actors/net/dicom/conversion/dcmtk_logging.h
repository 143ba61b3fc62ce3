#pragma once

namespace ihe::net {

// DCMTK's dcmdata logger prints warnings to stderr by default (OFLog::configure, WARN level), e.g. about
// odd lengths in a peer's data set. Our evidence records what matters, so at this boundary only errors
// are let through. Idempotent and thread-safe.
void quiet_dcmtk_data_logger();

}  // namespace ihe::net
