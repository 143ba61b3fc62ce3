#include "actors/acquisition_modality/ian_inbox.h"

#include <algorithm>

namespace ihe::actors {

void IanInbox::deliver(ReceivedIan ian) {
  {
    std::lock_guard lock(mutex_);
    received_.push_back(std::move(ian));
  }
  arrived_.notify_all();
}

std::optional<ReceivedIan> IanInbox::wait(const std::string& study_uid, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  const auto match = [&] {
    return std::find_if(received_.begin(), received_.end(), [&](const ReceivedIan& r) {
      return r.dataset.string({0x0020, 0x000D}).value_or("") == study_uid;
    });
  };
  arrived_.wait_for(lock, timeout, [&] { return match() != received_.end(); });
  const auto found = match();
  if (found == received_.end()) return std::nullopt;
  ReceivedIan ian = std::move(*found);
  received_.erase(found);
  return ian;
}

}  // namespace ihe::actors
