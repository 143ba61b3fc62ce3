#pragma once

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "actors/net/dicom/scp/dimse_types.h"

namespace ihe::net {

// Handler contracts. Each runs on the association's own thread, once per request, and its return value is
// the response. A handler that throws does not break the association: the peer gets 0x0110 (processing
// failure, PS3.7 C.4.1) and observers get a HandlerFailed event.
using StoreHandler = std::function<std::uint16_t(const StoreRequest&)>;
using FindHandler = std::function<FindResponse(const FindRequest&)>;
using MoveHandler = std::function<MoveResponse(const MoveRequest&)>;
using NHandler = std::function<NResponse(const NRequest&)>;

// How a C-STORE data set reaches its handler: converted in memory, or streamed by DCMTK to a file under
// ServerConfig::storage_directory (named after the SOP Instance UID).
enum class StoreDelivery { Memory, File };

// Handlers keyed by protocol identity (DIMSE command, SOP class UID). The server offers presentation
// contexts exactly for the SOP classes registered here, plus Verification (C-ECHO is built in).
// Registering the same key twice replaces the earlier handler.
class HandlerRegistry {
 public:
  using Entry = std::variant<StoreHandler, FindHandler, MoveHandler, NHandler>;

  HandlerRegistry& on_store(const std::string& sop_class_uid, StoreHandler handler,
                            StoreDelivery delivery = StoreDelivery::Memory);
  HandlerRegistry& on_find(const std::string& sop_class_uid, FindHandler handler);
  HandlerRegistry& on_move(const std::string& sop_class_uid, MoveHandler handler);
  // command is one of NCreate, NSet, NAction, NEventReport; anything else is a HarnessError.
  HandlerRegistry& on_n(DimseCommand command, const std::string& sop_class_uid, NHandler handler);

  // nullptr when nothing is registered for (command, SOP class): the caller answers "not supported".
  const Entry* find(DimseCommand command, const std::string& sop_class_uid) const;
  StoreDelivery store_delivery(const std::string& sop_class_uid) const;
  // Every SOP class with at least one handler (the abstract syntaxes we accept).
  std::vector<std::string> sop_classes() const;

 private:
  std::map<std::pair<DimseCommand, std::string>, Entry> entries_;
  std::map<std::string, StoreDelivery> store_delivery_;
};

}  // namespace ihe::net
