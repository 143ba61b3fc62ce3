#include "actors/order_placer/order_book.h"

namespace ihe::actors {

std::string_view order_number(std::string_view entity_identifier) {
  return entity_identifier.substr(0, entity_identifier.find('^'));
}

void OrderBook::put(const OrderRecord& record) {
  std::lock_guard lock(mutex_);
  orders_[std::string(order_number(record.order.procedure.placer_order_number))] = record;
}

std::optional<OrderRecord> OrderBook::by_placer(std::string_view placer_number) const {
  std::lock_guard lock(mutex_);
  const auto found = orders_.find(order_number(placer_number));
  if (found == orders_.end()) return std::nullopt;
  return found->second;
}

std::optional<OrderRecord> OrderBook::by_filler(std::string_view filler_number) const {
  std::lock_guard lock(mutex_);
  for (const auto& [placer, record] : orders_)
    if (!filler_number.empty() &&
        order_number(record.order.procedure.filler_order_number) == order_number(filler_number))
      return record;
  return std::nullopt;
}

bool OrderBook::update(std::string_view placer_number, const std::function<void(OrderRecord&)>& change) {
  std::lock_guard lock(mutex_);
  const auto found = orders_.find(order_number(placer_number));
  if (found == orders_.end()) return false;
  change(found->second);
  return true;
}

std::vector<OrderRecord> OrderBook::all() const {
  std::lock_guard lock(mutex_);
  std::vector<OrderRecord> records;
  for (const auto& entry : orders_) records.push_back(entry.second);
  return records;
}

void OrderBook::merge(const Merge& merge) {
  std::lock_guard lock(mutex_);
  for (auto& [placer, record] : orders_) {
    if (record.order.patient.id != merge.prior.id) continue;
    record.order.patient = merge.surviving;
    record.order.procedure.patient_id = merge.surviving.id;
  }
  patients_.erase(merge.prior.id);
  patients_[merge.surviving.id] = merge.surviving;
}

void OrderBook::put_patient(const Patient& patient) {
  std::lock_guard lock(mutex_);
  patients_[patient.id] = patient;
}

std::optional<Patient> OrderBook::patient(std::string_view id) const {
  std::lock_guard lock(mutex_);
  const auto found = patients_.find(id);
  if (found == patients_.end()) return std::nullopt;
  return found->second;
}

}  // namespace ihe::actors
