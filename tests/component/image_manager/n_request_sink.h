#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "actors/net/dicom/scp/dicom_server.h"

namespace ihe::test {

// Our SCP as the peer the Image Manager calls: a modality receiving a storage commitment report, an Order
// Filler receiving an Instance Availability Notification. Collects every request of one (command, SOP
// class) and answers it with success.
class NRequestSink {
 public:
  NRequestSink(const std::string& ae_title, net::DimseCommand command, const std::string& sop_class) {
    net::HandlerRegistry handlers;
    handlers.on_n(command, sop_class, [this](const net::NRequest& request) {
      std::lock_guard lock(mutex_);
      received_.push_back(request);
      arrived_.notify_all();
      return net::NResponse{};
    });
    net::ServerConfig config;
    config.ae_titles = {ae_title};
    server_ = std::make_unique<net::DicomServer>(config, std::move(handlers));
    server_->start();
  }
  std::uint16_t port() const { return server_->port(); }
  // What arrived once `count` requests did, or after 5 s.
  std::vector<net::NRequest> wait_for(std::size_t count) {
    std::unique_lock lock(mutex_);
    arrived_.wait_for(lock, std::chrono::seconds(5), [&] { return received_.size() >= count; });
    return received_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::vector<net::NRequest> received_;
  std::unique_ptr<net::DicomServer> server_;
};

}  // namespace ihe::test
