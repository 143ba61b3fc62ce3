#include "actors/net/mllp/mllp_event.h"

#include <algorithm>
#include <exception>

namespace ihe::net {

MllpEvents::Subscription MllpEvents::subscribe(Observer observer) {
  std::lock_guard lock(mutex_);
  auto list = std::make_shared<List>(*observers_);
  list->emplace_back(next_, std::move(observer));
  observers_ = std::move(list);
  return next_++;
}

void MllpEvents::unsubscribe(Subscription subscription) {
  std::lock_guard lock(mutex_);
  auto list = std::make_shared<List>(*observers_);
  std::erase_if(*list, [&](const auto& entry) { return entry.first == subscription; });
  observers_ = std::move(list);
}

bool MllpEvents::has_observers() const {
  std::lock_guard lock(mutex_);
  return !observers_->empty();
}

void MllpEvents::publish(MllpEventKind kind, const MllpConnectionInfo& connection, std::string bytes,
                         std::error_code error) const {
  std::shared_ptr<const List> observers;
  {
    std::lock_guard lock(mutex_);
    observers = observers_;
  }
  if (observers->empty()) return;
  const MllpEvent event{kind, connection, std::move(bytes), error, std::chrono::system_clock::now()};
  for (const auto& [id, observer] : *observers) {
    try {
      observer(event);
    } catch (const std::exception&) {
      // A recorder's bug must not reach the peer; the recorder's own tests catch it.
    }
  }
}

}  // namespace ihe::net
