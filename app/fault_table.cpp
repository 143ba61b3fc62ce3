// The detection matrix's table, kept in one place to be reviewed: which scenarios must fail when our actor
// commits which fault. Globs let a family (PIR-IM-*) count before its files exist.
#include "app/fault_table.h"

#include <algorithm>
#include <array>

#include "actors/acquisition_modality/faults.h"
#include "actors/common/transport_faults/fault_front.h"
#include "actors/image_manager/faults.h"
#include "actors/order_filler/faults.h"
#include "base/harness_error.h"

namespace ihe::app {
namespace {

struct Entry {
  const char* role;
  const char* fault;
  std::vector<std::string> scenarios;
};

constexpr const char* kIm = "image-manager";
constexpr const char* kMod = "acquisition-modality";
constexpr const char* kOf = "order-filler";

const std::vector<Entry>& switch_entries() {
  static const std::vector<Entry> entries{
      // Image Manager: storage, storage commitment, MPPS, query/retrieve, HL7 (RAD-4/12/13, PIR).
      {kIm, "store-refuse", {"SWF-IM-010"}},
      {kIm, "stgcmt-report-success-for-missing", {"SWF-IM-011"}},
      {kIm, "stgcmt-never-report", {"SWF-IM-010"}},
      {kIm, "stgcmt-report-wrong-transaction-uid", {"SWF-IM-010"}},
      // SWF-IM-010 passes with this fault (no expectation there looks at who reported); SWF-IM-012
      // releases the N-ACTION association and checks the report's calling AE.
      {kIm, "stgcmt-report-from-wrong-ae", {"SWF-IM-012"}},
      {kIm, "mpps-accept-nset-after-completed", {"SWF-IM-021", "SWF-IM-022"}},
      {kIm, "query-drop-return-key", {"SWF-IM-030"}},
      {kIm, "query-ignore-patient-id-match", {"SWF-IM-031"}},
      {kIm, "query-wildcard-literal", {"SWF-IM-032"}},
      {kIm, "query-ignore-date-range", {"SWF-IM-032"}},
      {kIm, "query-no-match-error", {"SWF-IM-031", "SWF-IM-032"}},
      {kIm, "query-count-series-as-instances", {"SWF-IM-033"}},
      {kIm, "move-drop-instance", {"SWF-IM-040"}},
      {kIm, "ignore-a08", {"PIR-IM-*"}},
      {kIm, "a40-keeps-old-id", {"PIR-IM-*"}},
      {kIm, "ignore-rad-13", {"SWF-IM-05*"}},
      {kIm, "answer-ae", {"SWF-IM-05*", "PIR-IM-*"}},
      // Each scenario meets this fault at its first HL7 send and waits out the target timeout there: two
      // suffice (one per claim) and keep the matrix in the default suite fast.
      {kIm, "never-answer", {"SWF-IM-050", "PIR-IM-010"}},
      // RAD-49 (MESA 134): the await times out, or the notification lists one instance fewer than stored.
      {kIm, "ian-never-sent", {"SWF-IM-060"}},
      {kIm, "ian-missing-instance", {"SWF-IM-060"}},
      // Group case (MESA 106): the MPPS N-CREATE with two SSAS items is refused; the archive keeps one
      // Request Attributes item, seen in the retrieved instances.
      {kIm, "mpps-refuses-group", {"SWF-IM-070"}},
      {kIm, "archive-drops-request-attributes", {"SWF-IM-070"}},
      // Acquisition Modality: images (copy rules), MPPS, storage commitment; one scheduled workflow.
      {kMod, "images-drop-accession-number", {"SWF-MOD-010"}},
      {kMod, "images-drop-request-attributes", {"SWF-MOD-010"}},
      {kMod, "images-new-study-uid", {"SWF-MOD-010"}},
      {kMod, "mpps-missing-ssas", {"SWF-MOD-010"}},
      {kMod, "mpps-no-performed-series", {"SWF-MOD-010"}},
      // mpps-lists-images compares the final N-SET's referenced images with the images archived.
      {kMod, "mpps-incomplete-image-list", {"SWF-MOD-010", "SWF-MOD-030"}},
      {kMod, "stgcmt-skip", {"SWF-MOD-010"}},
      // The operated cases (MESA 201-271), one fault per behaviour the operator asks for.
      {kMod, "mpps-unscheduled-bogus-ssas", {"SWF-MOD-020"}},
      {kMod, "mpps-discontinue-without-reason", {"SWF-MOD-031"}},
      {kMod, "mpps-reuse-pps-id", {"SWF-MOD-040", "SWF-MOD-050"}},
      {kMod, "mpps-group-one-ssas-item", {"SWF-MOD-060", "SWF-MOD-061"}},
      {kMod, "mpps-performed-protocol-as-scheduled", {"SWF-MOD-090"}},
      // ssas-protocol-codes compares each SSAS item's protocol codes with its step's on the worklist; only
      // SWF-MOD-051 schedules a step with more than one, so only it can see the second go missing.
      {kMod, "mpps-drops-protocol-items", {"SWF-MOD-051"}},
      {kMod, "stgcmt-refuse-report", {"SWF-MOD-070"}},
      {kMod, "worklist-cached", {"SWF-MOD-080"}},
      {kMod, "images-drop-photometric-interpretation", {"SWF-MOD-100"}},
      // Order Filler: worklist, MPPS, HL7 acks and content, PIR (the order-filler library's scenarios).
      // Faults
      // that make every step wait for a deadline (never-answer, no-rad-4, the transport faults) run the
      // first scenarios only, which meet them at once: the others would only add deadlines to the matrix.
      {kOf, "mwl-drop-return-key", {"SWF-OF-*"}},
      {kOf, "mwl-ignore-date-range", {"SWF-OF-100"}},
      {kOf, "mwl-ignore-station-ae", {"SWF-OF-101"}},
      {kOf, "mwl-ignore-patient-id", {"SWF-OF-140"}},
      {kOf, "mwl-wrong-study-uid", {"SWF-OF-*"}},
      {kOf, "mpps-accept-nset-after-completed", {"SWF-OF-111", "SWF-OF-120"}},
      {kOf, "mpps-ignore", {"SWF-OF-110"}},
      {kOf, "ignore-a08", {"PIR-OF-*"}},
      {kOf, "ignore-a40", {"PIR-OF-*"}},
      {kOf, "accept-unreadable-order", {"SWF-OF-140"}},
      {kOf, "answer-ae", {"SWF-OF-*", "PIR-OF-*"}},
      {kOf, "never-answer", {"SWF-OF-0*", "PIR-OF-*"}},
      {kOf, "no-rad-4", {"SWF-OF-0*"}},
      {kOf, "drop-ipc-3", {"SWF-OF-*"}},
      {kOf, "wrong-orc-pair", {"SWF-OF-*"}},
      {kOf, "rad-3-legacy-orm", {"SWF-OF-150"}},
  };
  return entries;
}

// The transport faults need an actor that listens: the first scenario's first step meets them.
// The acquisition modality listens only for the storage commitment N-EVENT-REPORT: a fault in front of it
// is the modality failing to accept the report (PS3.4 J.3.3.1.2), seen by await RAD-10 (the report's
// delivery) within the target's timeout (the harness Image Manager's report waits are bounded by it).
const std::vector<Entry>& transport_targets() {
  static const std::vector<Entry> targets{{kIm, "", {"SWF-IM-010", "SWF-IM-030"}},
                                          {kOf, "", {"SWF-OF-0*"}},
                                          {kMod, "", {"SWF-MOD-010", "SWF-MOD-070"}}};
  return targets;
}

void check_complete(const char* role, std::span<const actors::FaultInfo> catalog) {
  const auto& entries = switch_entries();
  for (const auto& info : catalog)
    if (std::none_of(entries.begin(), entries.end(),
                     [&](const Entry& e) { return e.role == std::string(role) && e.fault == info.name; }))
      throw HarnessError("fault table (app/fault_table.cpp): " + std::string(role) + " fault '" +
                         std::string(info.name) + "' has no row");
  for (const auto& e : entries)
    if (e.role == std::string(role) &&
        std::none_of(catalog.begin(), catalog.end(), [&](const auto& info) { return info.name == e.fault; }))
      throw HarnessError("fault table (app/fault_table.cpp): " + std::string(role) + " has no fault '" +
                         e.fault + "'");
}

}  // namespace

std::vector<FaultRow> fault_table() {
  check_complete(kIm, actors::image_manager_faults());
  check_complete(kMod, actors::acquisition_modality_faults());
  check_complete(kOf, actors::order_filler_faults());
  std::vector<FaultRow> rows;
  for (const auto& e : switch_entries()) rows.push_back({e.role, e.fault, e.scenarios, false});
  for (const auto& target : transport_targets())
    for (const auto& t : actors::transport_faults())
      rows.push_back({target.role, std::string(t.name), target.scenarios, true});
  return rows;
}

}  // namespace ihe::app
