#pragma once

#include <string>
#include <string_view>

#include "actors/common/fault_switches.h"
#include "actors/common/id_factory.h"
#include "actors/common/transaction_log.h"
#include "actors/image_manager/archive_index.h"
#include "actors/image_manager/availability_notifier.h"
#include "actors/image_manager/config.h"
#include "actors/image_manager/faults.h"
#include "actors/image_manager/mpps_records.h"
#include "actors/image_manager/outbox.h"
#include "actors/image_manager/reconciliation.h"
#include "actors/net/dicom/scp/handler_registry.h"

namespace ihe::actors {
class Hl7Receiver;
}

namespace ihe::actors::image_manager {

// What every transaction handler of the Image Manager shares. Handlers run on association threads: the
// archive, the MPPS records, the outbox and the notifier are thread-safe, the rest is read-only once started.
struct Context {
  Context(ImageManagerConfig config_in, FaultSwitches faults_in, TransactionLog& log_in)
      : config(std::move(config_in)),
        faults(std::move(faults_in)),
        log(log_in),
        archive(config.storage_folder),
        mpps({.accept_set_after_final = faults.on(fault::kMppsAcceptNsetAfterCompleted)}),
        notifier(config, faults, log_in, outbox, ids),
        reconciliation(archive) {}

  ImageManagerConfig config;
  FaultSwitches faults;
  TransactionLog& log;
  IdFactory ids;
  ArchiveIndex archive;
  MppsRecords mpps;
  Outbox outbox;
  AvailabilityNotifier notifier;
  Reconciliation reconciliation;

  void publish(std::string transaction, const net::AssociationInfo& peer, std::string summary,
               std::string outcome) const {
    log.publish({std::move(transaction), peer.calling_ae + "@" + peer.peer_address, std::move(summary),
                 std::move(outcome)});
  }
};

// "0x0110"
std::string hex_status(std::uint16_t status);

// One per transaction file: each registers its DIMSE handlers.
void register_storage(net::HandlerRegistry& registry, Context& context);             // RAD-8
void register_mpps(net::HandlerRegistry& registry, Context& context);                // RAD-6, RAD-7
void register_storage_commitment(net::HandlerRegistry& registry, Context& context);  // RAD-10
void register_query(net::HandlerRegistry& registry, Context& context);               // RAD-14, RAD-11
void register_retrieve(net::HandlerRegistry& registry, Context& context);            // RAD-16
void register_hl7(Hl7Receiver& receiver, Context& context);                          // RAD-4, RAD-13, RAD-12

}  // namespace ihe::actors::image_manager
