#pragma once

#include <string>
#include <vector>

namespace ihe::app {

// One row of the detection matrix: a deliberate defect of one of our actors playing a SUT role, and the
// scenarios (id globs) meant to detect it. A row whose globs match no scenario of the library is
// "no scenario yet" and counts as missed.
struct FaultRow {
  std::string role;   // "image-manager", "acquisition-modality", "order-filler"
  std::string fault;  // an actor fault switch, or a transport fault ("transport-refuse", ...)
  std::vector<std::string> scenarios;
  bool transport = false;  // committed by the fault front before the actor, not by the actor
};

// Every fault switch of the three SUT roles' actors and every transport fault per server role, with its
// scenarios (fault_table.cpp holds the table). Throws ihe::HarnessError naming the fault when an actor's
// catalog has a switch the table forgot, or the table names a switch the catalog does not have.
std::vector<FaultRow> fault_table();

}  // namespace ihe::app
