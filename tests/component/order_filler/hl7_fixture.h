#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actors/common/hl7_link/hl7_receiver.h"
#include "actors/common/hl7_link/hl7_sender.h"
#include "actors/common/hl7_messages/adt_messages.h"
#include "actors/common/hl7_messages/order_messages.h"
#include "actors/net/dicom/scu/dicom_association.h"
#include "actors/order_filler/faults.h"
#include "actors/order_filler/order_filler.h"
#include "actors/order_filler/rad_005_worklist.h"
#include "tests/unit/hl7_messages/message_samples.h"
#include "tests/unit/order_filler/worklist_seed.h"

// The Order Filler with its HL7 side on free ports, the tests' fixed worklist, and two HL7 receivers of
// ours standing in for the Order Placer and the Image Manager it notifies (real MLLP on 127.0.0.1).
namespace ihe::test {

using namespace std::chrono_literals;

// Accepts every message of the given MSH-9 types and keeps them.
class CollectingPeer {
 public:
  CollectingPeer(const std::vector<std::string>& type_triggers, const std::string& version)
      : receiver_({"127.0.0.1", 0, "PEER", "HARNESS", version, 10s}, ids_) {
    for (const auto& type_trigger : type_triggers)
      receiver_.on(type_trigger, "peer", [this](const hl7::Message& message) {
        {
          const std::lock_guard lock(mutex_);
          messages_.push_back(message);
        }
        arrived_.notify_all();
        return actors::Hl7Answer::accept();
      });
    receiver_.start();
  }
  ~CollectingPeer() { receiver_.stop(); }

  std::uint16_t port() const { return receiver_.port(); }
  // The messages so far once there are at least `count`, or after 5 s whatever came.
  std::vector<hl7::Message> wait_for(std::size_t count) {
    std::unique_lock lock(mutex_);
    arrived_.wait_for(lock, 5s, [&] { return messages_.size() >= count; });
    return messages_;
  }
  std::vector<hl7::Message> messages() {
    const std::lock_guard lock(mutex_);
    return messages_;
  }

 private:
  actors::IdFactory ids_;
  actors::Hl7Receiver receiver_;
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::vector<hl7::Message> messages_;
};

class Hl7OrderFiller {
 public:
  explicit Hl7OrderFiller(const std::vector<std::string>& faults = {}, const std::string& version = "2.5.1")
      : version_(version),
        placer_({"OMG^O19", "ORM^O01"}, version),
        image_manager_({"OMI^O23", "ORM^O01", "ADT^A08", "ADT^A40"}, version) {
    actors::OrderFillerConfig config;
    config.dicom_port = 0;
    config.seed_file = worklist_seed_file();
    actors::OrderFillerHl7Config hl7;
    hl7.port = 0;
    hl7.version = version;
    hl7.order_placer = peer(placer_.port());
    hl7.image_manager = peer(image_manager_.port());
    config.hl7 = hl7;
    log_.subscribe([this](const actors::TransactionRecord& record) {
      const std::lock_guard lock(records_mutex_);
      records_.push_back(record);
    });
    actor_ = std::make_unique<actors::OrderFiller>(
        config, actors::FaultSwitches::select(actors::order_filler_faults(), faults, "order-filler"), log_);
    actor_->start();
  }
  ~Hl7OrderFiller() { actor_->stop(); }

  actors::OrderFiller& actor() { return *actor_; }
  CollectingPeer& placer() { return placer_; }
  CollectingPeer& image_manager() { return image_manager_; }

  // One message to the filler's HL7 port, as a separate sending system would.
  actors::Hl7Exchange send(hl7::Message message, std::chrono::milliseconds timeout = 5s) {
    actors::Hl7PeerSettings settings;
    settings.port = actor_->hl7_port();
    settings.sending_application = "TEST_SENDER";
    settings.receiving_application = "ORDER_FILLER";
    settings.version = version_;
    settings.timeout = timeout;
    actors::Hl7Sender sender(settings, ids_);
    return sender.send(std::move(message), "test");
  }

  // Waits until every message the filler queued went out.
  void drain() { EXPECT_TRUE(actor_->outbox().wait_idle(10s)); }

  // The RAD-5 answers for one Patient ID.
  std::vector<dicom::DicomDataset> worklist_for(const std::string& patient_id) {
    const actors::FaultSwitches none;
    actors::TransactionLog quiet;
    const actors::Rad5ModalityWorklist scp(actor_->store(), none, quiet);
    auto identifier = mwl_identifier({{"PatientID", patient_id}}, {});
    identifier.set(*dicom::Tag::parse("PlacerOrderNumberImagingServiceRequest"), "");
    identifier.set(*dicom::Tag::parse("FillerOrderNumberImagingServiceRequest"), "");
    return scp.answer(identifier).matches;
  }

  // One MPPS N-CREATE or N-SET (RAD-6/7) on its own association, as modality MODALITY1.
  net::NResult mpps(bool create, const std::string& uid, const dicom::DicomDataset& data) {
    net::AssociationParams params;
    params.calling_ae = "MODALITY1";
    params.called_ae = "ORDER_FILLER";
    params.host = "127.0.0.1";
    params.port = actor_->port();
    params.contexts = {net::contexts::mpps()};
    net::DicomAssociation association(params);
    EXPECT_TRUE(association.open().ok());
    return create ? association.n_create(net::sop_class::kMpps, uid, data)
                  : association.n_set(net::sop_class::kMpps, uid, data);
  }

  std::vector<actors::TransactionRecord> records() {
    const std::lock_guard lock(records_mutex_);
    return records_;
  }

 private:
  actors::Hl7PeerSettings peer(std::uint16_t port) const {
    actors::Hl7PeerSettings settings;
    settings.port = port;
    settings.version = version_;
    settings.timeout = 5s;
    return settings;
  }

  std::string version_;
  actors::IdFactory ids_;
  CollectingPeer placer_;
  CollectingPeer image_manager_;
  std::mutex records_mutex_;
  std::vector<actors::TransactionRecord> records_;
  actors::TransactionLog log_;
  std::unique_ptr<actors::OrderFiller> actor_;
};

// HL7 input the tests send.
inline actors::Patient patient(const std::string& id, const std::string& name) {
  return {id, "HOSP", name, "19700101", "M"};
}

inline hl7::Message adt(const std::string& trigger, const actors::Patient& who, const std::string& prior = "",
                        const std::string& version = "2.5.1") {
  actors::AdtEvent event;
  event.trigger = trigger;
  event.patient = who;
  event.prior = {prior, prior.empty() ? "" : "HOSP"};
  return actors::build_adt(event, version);
}

inline hl7::Message order(const std::string& control, const std::string& placer,
                          const std::string& patient_id, const std::string& version = "2.5.1") {
  actors::OrderMessage message;
  message.order_control = control;
  message.patient = patient(patient_id, "DOE^J1");
  message.procedure.patient_id = patient_id;
  message.procedure.placer_order_number = placer;
  message.procedure.codes = {{"P1-20001", "99HARNESS", "CT CHEST"}};
  message.procedure.requesting_physician = "REQUESTING^DOC";
  return actors::build_order(message, version);
}

// The shipped SWF.b validators' errors (profiles/) for a message the filler put on the wire.
inline std::string validator_errors(const hl7::Message& message, const std::string& transaction) {
  std::string text;
  for (const auto& error : actors::test::errors(message, "2.5.1", transaction)) text += error + "\n";
  return text;
}

// ERR-3 codes of an answer, e.g. {"204"}.
inline std::vector<std::string> error_codes(const actors::Hl7Exchange& exchange) {
  std::vector<std::string> codes;
  if (exchange.ack)
    for (const auto& error : exchange.ack->errors) codes.push_back(error.code);
  return codes;
}

}  // namespace ihe::test
