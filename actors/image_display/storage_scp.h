#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "actors/common/fault_switches.h"
#include "actors/common/transaction_log.h"
#include "actors/dicom/dicom_dataset.h"
#include "actors/net/dicom/scp/dicom_server.h"

namespace ihe::actors {

struct StorageScpConfig {
  std::string ae_title = "IMAGE_DISPLAY";
  std::uint16_t port = 0;  // 0: a free port, read back with port()
  // Where received instances are written as <SOP Instance UID>.dcm; empty: kept in memory.
  std::filesystem::path folder{};
  FaultSwitches faults{};
};

// One instance our Storage SCP accepted, in arrival order (sequence counts from 0).
struct ReceivedInstance {
  std::size_t sequence = 0;
  std::string sop_class_uid;
  std::string sop_instance_uid;
  std::string calling_ae;
  std::filesystem::path file;     // set when a folder is configured
  dicom::DicomDataset dataset{};  // set when instances are kept in memory
};

// The display's Storage SCP (PS3.4 B.2.2): the C-MOVE destination of RAD-16, and what a third-party storescu
// can send to. Each C-STORE is published as one "C-STORE" record. The store-refuse and store-silent faults
// (faults.cpp) apply here.
class ImageStorageScp {
 public:
  ImageStorageScp(StorageScpConfig config, TransactionLog& log);
  ~ImageStorageScp();
  ImageStorageScp(const ImageStorageScp&) = delete;
  ImageStorageScp& operator=(const ImageStorageScp&) = delete;

  // Throws ihe::HarnessError naming the port when it cannot listen.
  void start();
  // Releases C-STOREs held by store-silent, then stops the server. Idempotent.
  void stop();
  std::uint16_t port() const;
  const StorageScpConfig& config() const { return config_; }

  std::size_t received_count() const;
  // The instances with sequence >= first.
  std::vector<ReceivedInstance> received_since(std::size_t first) const;
  // Waits until at least `count` instances were received in all, or `deadline` passes; returns the count.
  std::size_t wait_for_count(std::size_t count, std::chrono::milliseconds deadline) const;

 private:
  std::uint16_t on_store(const net::StoreRequest& request);
  std::uint16_t hold_silently(const net::StoreRequest& request);
  void publish(const net::StoreRequest& request, const std::string& outcome);

  StorageScpConfig config_;
  TransactionLog& log_;
  std::unique_ptr<net::DicomServer> server_;
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::vector<ReceivedInstance> received_;
  bool stopping_ = false;
};

}  // namespace ihe::actors
