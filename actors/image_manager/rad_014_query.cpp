// RAD-14 Query Images and RAD-11 Image Availability Query: the Study Root (and Patient Root) C-FIND SCP
// (PS3.4 C.4.1, C.6) over the archive, with the shared matching engine.
#include "actors/common/matching/matching.h"
#include "actors/image_manager/context.h"
#include "actors/image_manager/faults.h"
#include "actors/image_manager/query_faults.h"
#include "actors/image_manager/query_levels.h"
#include "actors/net/dicom/scu/presentation_context.h"

namespace ihe::actors::image_manager {
namespace {

constexpr dicom::Tag kLevel{0x0008, 0x0052};
constexpr dicom::Tag kPatientId{0x0010, 0x0020};
constexpr dicom::Tag kPatientName{0x0010, 0x0010};
constexpr dicom::Tag kAccession{0x0008, 0x0050};
// PS3.4 C.4.1.1.4 (Table C.4-1): "Identifier does not match SOP Class", our answer to a missing or unknown
// level and to a lower-level query without its single-valued higher-level unique keys.
constexpr std::uint16_t kIdentifierMismatch = 0xA900;
constexpr std::uint16_t kUnableToProcess =
    0xC001;  // PS3.4 C.4.1.1.4: Cxxx, what fault query-no-match-error answers

net::FindResponse on_find(Context& context, QueryRoot root, const net::FindRequest& request) {
  const std::string level = request.identifier.string(kLevel).value_or("");
  const std::string summary = "C-FIND " + std::string(root == QueryRoot::Study ? "Study" : "Patient") +
                              " Root " + (level.empty() ? "(no level)" : level);
  if (auto problem = identifier_problem(root, request.identifier); !problem.empty()) {
    context.publish("RAD-14", request.association, summary, "0xA900 " + problem);
    return {{}, kIdentifierMismatch};
  }
  dicom::DicomDataset keys = faulty_keys(context.faults, request.identifier);
  if (context.faults.on(fault::kQueryIgnorePatientId)) keys.erase(kPatientId);
  net::FindResponse response;
  for (const auto& entity : level_entities(level, context.archive.instances(), context.config.ae_title)) {
    if (!matches(keys, entity) || !faulty_match(context.faults, keys, entity)) continue;
    auto answer = faulty_answer(context.faults, response_for(request.identifier, entity), entity);
    if (context.faults.on(fault::kQueryDropReturnKey)) {
      answer.erase(kAccession);
      answer.erase(kPatientName);
    }
    response.matches.push_back(std::move(answer));
  }
  // PS3.4 C.4.1.1.4: a completed search ends with Success however many matches it found (none too).
  if (response.matches.empty() && context.faults.on(fault::kQueryNoMatchError))
    response.status = kUnableToProcess;
  context.publish("RAD-14", request.association, summary,
                  hex_status(response.status) + " " + std::to_string(response.matches.size()) + " match(es)");
  return response;
}

}  // namespace

void register_query(net::HandlerRegistry& registry, Context& context) {
  registry.on_find(net::sop_class::kStudyRootFind, [&context](const net::FindRequest& request) {
    return on_find(context, QueryRoot::Study, request);
  });
  registry.on_find(net::sop_class::kPatientRootFind, [&context](const net::FindRequest& request) {
    return on_find(context, QueryRoot::Patient, request);
  });
}

}  // namespace ihe::actors::image_manager
