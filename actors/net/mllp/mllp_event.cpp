#include "actors/net/mllp/mllp_event.h"

#include <algorithm>
#include <exception>
#include <mutex>

namespace ihe::net {

MllpEvents::Subscription MllpEvents::subscribe(Observer observer) {
  std::unique_lock lock(mutex_);
  observers_.emplace_back(next_, std::move(observer));
  return next_++;
}

void MllpEvents::unsubscribe(Subscription subscription) {
  std::unique_lock lock(mutex_);
  std::erase_if(observers_, [&](const auto& entry) { return entry.first == subscription; });
}

bool MllpEvents::has_observers() const {
  std::shared_lock lock(mutex_);
  return !observers_.empty();
}

void MllpEvents::publish(MllpEventKind kind, const MllpConnectionInfo& connection, std::string bytes,
                         std::error_code error) const {
  std::shared_lock lock(mutex_);
  if (observers_.empty()) return;
  const MllpEvent event{kind, connection, std::move(bytes), error, std::chrono::system_clock::now()};
  for (const auto& [id, observer] : observers_) {
    try {
      observer(event);
    } catch (const std::exception&) {
      // A recorder's bug must not reach the peer; the recorder's own tests catch it.
    }
  }
}

}  // namespace ihe::net
