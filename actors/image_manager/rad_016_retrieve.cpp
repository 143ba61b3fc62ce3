// RAD-16 Retrieve Images: the Study Root (and Patient Root) C-MOVE SCP (PS3.4 C.4.2). The server performs
// the C-STORE sub-operations and counts them; we pick the files.
#include "actors/common/matching/matching.h"
#include "actors/image_manager/context.h"
#include "actors/image_manager/faults.h"
#include "actors/image_manager/query_levels.h"
#include "actors/net/dicom/scu/presentation_context.h"

namespace ihe::actors::image_manager {
namespace {

constexpr dicom::Tag kLevel{0x0008, 0x0052};
constexpr std::uint16_t kIdentifierMismatch = 0xA900;
constexpr std::uint16_t kDestinationUnknown = 0xA801;  // PS3.4 C.4.2.1.5

net::MoveResponse on_move(Context& context, QueryRoot root, const net::MoveRequest& request) {
  const std::string summary =
      "C-MOVE " + request.identifier.string(kLevel).value_or("(no level)") + " to " + request.destination_ae;
  net::MoveResponse response;
  if (auto problem = identifier_problem(root, request.identifier); !problem.empty()) {
    context.publish("RAD-16", request.association, summary, "0xA900 " + problem);
    response.refuse_status = kIdentifierMismatch;
    return response;
  }
  if (!context.config.peers.contains(request.destination_ae)) {
    context.publish("RAD-16", request.association, summary, "0xA801 move destination unknown");
    response.refuse_status = kDestinationUnknown;
    return response;
  }
  // The identifier holds the unique keys of the level and above (C.4.2.2.1); every instance below them moves.
  for (const auto& instance : context.archive.instances())
    if (matches(request.identifier, instance.attributes)) response.files.push_back(instance.file);
  if (context.faults.on(fault::kMoveDropInstance) && !response.files.empty()) response.files.pop_back();
  context.publish("RAD-16", request.association, summary,
                  std::to_string(response.files.size()) + " instance(s) to send");
  return response;
}

}  // namespace

void register_retrieve(net::HandlerRegistry& registry, Context& context) {
  registry.on_move(net::sop_class::kStudyRootMove, [&context](const net::MoveRequest& request) {
    return on_move(context, QueryRoot::Study, request);
  });
  registry.on_move(net::sop_class::kPatientRootMove, [&context](const net::MoveRequest& request) {
    return on_move(context, QueryRoot::Patient, request);
  });
}

}  // namespace ihe::actors::image_manager
