#include "actors/acquisition_modality/modality_scu.h"

namespace ihe::actors {

net::AssociationParams ScuContext::params(const Endpoint& peer,
                                          std::vector<net::PresentationContext> contexts) const {
  net::AssociationParams params;
  params.calling_ae = calling_ae;
  params.called_ae = peer.ae_title;
  params.host = peer.host;
  params.port = peer.port;
  params.contexts = std::move(contexts);
  params.timeouts = timeouts;
  return params;
}

void ScuContext::publish(std::string_view transaction, const Endpoint& peer, std::string summary,
                         std::string outcome) const {
  if (log == nullptr) return;
  log->publish({std::string(transaction), peer.to_string(), std::move(summary), std::move(outcome)});
}

std::string outcome_text(const net::DimseResult& result) {
  if (!result.ok()) return "error: " + result.detail;
  return result.status_text();
}

}  // namespace ihe::actors
