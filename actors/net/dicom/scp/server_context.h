#pragma once

#include <atomic>
#include <vector>

#include "actors/net/dicom/scp/dicom_server.h"

namespace ihe::net {

// What every association thread of one DicomServer shares. Read-only once the server runs, except the
// stop flag.
struct ServerContext {
  ServerConfig config;
  HandlerRegistry registry;
  std::vector<ScpObserver> observers;
  std::atomic<bool> stopping{false};

  void publish(const ScpEvent& event) const {
    for (const auto& observer : observers) {
      try {
        observer(event);
      } catch (...) {
        // An observer's failure must not change what the peer sees.
      }
    }
  }
};

}  // namespace ihe::net
