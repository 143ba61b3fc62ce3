#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "actors/common/endpoint.h"
#include "actors/common/transaction_log.h"
#include "actors/net/dicom/scu/dicom_association.h"

namespace ihe::actors {

// What every transaction the modality initiates needs: our AE title, the deadlines, and where to publish
// the TransactionRecord each call produces.
struct ScuContext {
  std::string calling_ae = "MODALITY1";
  net::AssociationTimeouts timeouts{};
  TransactionLog* log = nullptr;  // may be null: nothing is published

  net::AssociationParams params(const Endpoint& peer, std::vector<net::PresentationContext> contexts) const;
  void publish(std::string_view transaction, const Endpoint& peer, std::string summary,
               std::string outcome) const;
};

// "0x0000 Success", or "error: <detail>" when the peer did not answer.
std::string outcome_text(const net::DimseResult& result);

}  // namespace ihe::actors
