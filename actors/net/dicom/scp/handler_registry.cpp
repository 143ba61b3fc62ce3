#include "actors/net/dicom/scp/handler_registry.h"

#include <set>

#include "base/harness_error.h"

namespace ihe::net {

std::string_view to_string(DimseCommand command) {
  switch (command) {
    case DimseCommand::CEcho: return "C-ECHO";
    case DimseCommand::CStore: return "C-STORE";
    case DimseCommand::CFind: return "C-FIND";
    case DimseCommand::CMove: return "C-MOVE";
    case DimseCommand::NCreate: return "N-CREATE";
    case DimseCommand::NSet: return "N-SET";
    case DimseCommand::NAction: return "N-ACTION";
    case DimseCommand::NEventReport: return "N-EVENT-REPORT";
  }
  return "?";
}

HandlerRegistry& HandlerRegistry::on_store(const std::string& sop_class_uid, StoreHandler handler,
                                           StoreDelivery delivery) {
  entries_[{DimseCommand::CStore, sop_class_uid}] = std::move(handler);
  store_delivery_[sop_class_uid] = delivery;
  return *this;
}

HandlerRegistry& HandlerRegistry::on_find(const std::string& sop_class_uid, FindHandler handler) {
  entries_[{DimseCommand::CFind, sop_class_uid}] = std::move(handler);
  return *this;
}

HandlerRegistry& HandlerRegistry::on_move(const std::string& sop_class_uid, MoveHandler handler) {
  entries_[{DimseCommand::CMove, sop_class_uid}] = std::move(handler);
  return *this;
}

HandlerRegistry& HandlerRegistry::on_n(DimseCommand command, const std::string& sop_class_uid, NHandler handler) {
  if (command != DimseCommand::NCreate && command != DimseCommand::NSet && command != DimseCommand::NAction &&
      command != DimseCommand::NEventReport)
    throw HarnessError("HandlerRegistry::on_n: " + std::string(to_string(command)) + " is not a DIMSE-N service");
  entries_[{command, sop_class_uid}] = std::move(handler);
  return *this;
}

const HandlerRegistry::Entry* HandlerRegistry::find(DimseCommand command, const std::string& sop_class_uid) const {
  const auto it = entries_.find({command, sop_class_uid});
  return it == entries_.end() ? nullptr : &it->second;
}

StoreDelivery HandlerRegistry::store_delivery(const std::string& sop_class_uid) const {
  const auto it = store_delivery_.find(sop_class_uid);
  return it == store_delivery_.end() ? StoreDelivery::Memory : it->second;
}

std::vector<std::string> HandlerRegistry::sop_classes() const {
  std::set<std::string> unique;
  for (const auto& [key, entry] : entries_) unique.insert(key.second);
  return {unique.begin(), unique.end()};
}

}  // namespace ihe::net
