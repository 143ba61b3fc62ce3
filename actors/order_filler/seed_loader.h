#pragma once

#include <filesystem>
#include <string>

#include "actors/order_filler/procedure_store.h"

namespace ihe::actors {

// Loads the patients, requested procedures and SPS of a seed file (<order-filler-seed>, documented in
// examples/actors/order-filler-seed.xml) into the store. Every error, from malformed XML to an unknown
// element or a date that is no DA, is one HarnessError "FILE:LINE: ...". `today` (DA, YYYYMMDD) replaces
// the start-date value "today", so a demo worklist is always current.
void load_seed(const std::filesystem::path& file, ProcedureStore& store, const std::string& today);

// The local date as DA (YYYYMMDD).
std::string today_as_da();

}  // namespace ihe::actors
