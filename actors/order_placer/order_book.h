#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/common/hl7_messages/adt_messages.h"
#include "actors/common/hl7_messages/order_messages.h"

namespace ihe::actors {

// One order the Order Placer knows: placed by us (RAD-2) or created by the filler (RAD-3 SN).
struct OrderRecord {
  OrderMessage order;  // placer and filler numbers in order.procedure
  // "placed" (NW sent), "accepted" (ORG OK), "rejected", "cancel requested", "cancelled" (ORG CR),
  // "created by filler" (SN), "cancelled by filler" (OC), or the ORC-5 of the last SC ("IP", "CM").
  std::string state;
  bool operator==(const OrderRecord&) const = default;
};

// The Order Placer's orders by placer number (ORC-2.1, the number without its namespace), with the
// placer -> filler number map the ORG^O20 answers fill. Thread-safe: the receiver's thread and scenario
// code both use it.
class OrderBook {
 public:
  void put(const OrderRecord& record);
  std::optional<OrderRecord> by_placer(std::string_view placer_number) const;
  std::optional<OrderRecord> by_filler(std::string_view filler_number) const;
  // Applies `change` to the order with that placer number; false when there is none.
  bool update(std::string_view placer_number, const std::function<void(OrderRecord&)>& change);
  std::vector<OrderRecord> all() const;
  // A40 (PIR): orders of the merged-away patient now belong to the survivor (RAD TF-1 4.4.2).
  void merge(const Merge& merge);
  // The patients we know (RAD-1/RAD-12 received, or configured), by ID; an A08 replaces the entry.
  void put_patient(const Patient& patient);
  std::optional<Patient> patient(std::string_view id) const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, OrderRecord, std::less<>> orders_;
  std::map<std::string, Patient, std::less<>> patients_;
};

// "PLC1001" of "PLC1001^OP_SIM" (EI: entity identifier^namespace).
std::string_view order_number(std::string_view entity_identifier);

}  // namespace ihe::actors
