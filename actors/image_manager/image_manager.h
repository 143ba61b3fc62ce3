#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "actors/common/fault_switches.h"
#include "actors/common/mpps/mpps_lifecycle.h"
#include "actors/common/simulated_actor.h"
#include "actors/common/transaction_log.h"
#include "actors/image_manager/config.h"

namespace ihe::net {
class DicomServer;
}
namespace ihe::actors {
class Hl7Receiver;
}

namespace ihe::actors::image_manager {

struct Context;
class ArchiveIndex;
class Reconciliation;

// The simulated Image Manager/Image Archive (role `image-manager`): Storage SCP (RAD-8), MPPS SCP (RAD-6/7),
// Storage Commitment SCP (RAD-10), Study and Patient Root C-FIND (RAD-14/RAD-11) and C-MOVE (RAD-16) SCP
// over an archive folder, optionally the Instance Availability Notification SCU (RAD-49), and with an HL7
// listener RAD-4/RAD-13 (procedure list, images linked to late orders) and RAD-12 (A08, A40 on the archive).
// Every transaction is published on the TransactionLog as one record.
class ImageManager final : public SimulatedActor {
 public:
  // config.port 0 picks a free port at start() (tests); read it back with port().
  ImageManager(ImageManagerConfig config, FaultSwitches faults, TransactionLog& log);
  ~ImageManager() override;

  // Indexes what the storage folder already holds, then listens.
  void start() override;
  void stop() override;
  std::string describe() const override;
  std::uint16_t port() const;
  // The HL7 listener's port (config.hl7->port 0 picks a free one at start()); 0 without a listener.
  std::uint16_t hl7_port() const;

  const ArchiveIndex& archive() const;
  // Patient reconciliation and the procedure list, also reachable without HL7 (scenario set-up, tests).
  Reconciliation& reconciliation();
  // The MPPS instance as the Image Manager holds it now, nullopt when unknown.
  std::optional<mpps::MppsInstance> find_mpps(const std::string& sop_instance_uid) const;

 private:
  std::unique_ptr<Context> context_;
  std::unique_ptr<net::DicomServer> server_;
  std::unique_ptr<Hl7Receiver> hl7_;
};

}  // namespace ihe::actors::image_manager
