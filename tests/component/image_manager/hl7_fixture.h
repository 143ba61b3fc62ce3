#pragma once

#include <string>

#include "actors/common/hl7_link/hl7_sender.h"
#include "actors/common/hl7_messages/adt_messages.h"
#include "actors/common/hl7_messages/procedure_messages.h"
#include "actors/image_manager/reconciliation.h"
#include "tests/component/image_manager/image_manager_fixture.h"

namespace ihe::test {

using actors::build_adt;
using actors::build_procedure;
using actors::ProcedureAction;

// The Image Manager with its HL7 listener on a free port, and hl7-core's sender as the Order Filler.
class ImageManagerHl7Test : public ImageManagerTest {
 protected:
  static constexpr dicom::Tag kName{0x0010, 0x0010};
  static constexpr dicom::Tag kAccession{0x0008, 0x0050};

  void start_hl7(std::vector<std::string> faults = {}, std::string version = "2.5.1") {
    config.hl7 =
        actors::image_manager::Hl7ListenerConfig{0, {"IMAGE_MANAGER", "HARNESS", std::move(version)}};
    start(std::move(faults));
    ASSERT_NE(actor->hl7_port(), 0);
  }

  actors::Hl7Exchange send(const hl7::Message& message, std::string version = "2.5.1",
                           std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    actors::Hl7PeerSettings peer;
    peer.port = actor->hl7_port();
    peer.sending_application = "ORDER_FILLER";
    peer.receiving_application = "IMAGE_MANAGER";
    peer.version = std::move(version);
    peer.timeout = timeout;
    actors::Hl7Sender sender(peer, ids, &log);
    return sender.send(message, "test");
  }

  static actors::AdtEvent a08(const std::string& id, const std::string& name) {
    actors::AdtEvent event;
    event.trigger = "A08";
    event.patient = {id, "HOSP", name, "19800202", "F"};
    return event;
  }

  static actors::AdtEvent a40(const std::string& surviving, const std::string& prior) {
    actors::AdtEvent event = a08(surviving, "");
    event.trigger = "A40";
    event.patient.issuer = "";
    event.prior = {prior, ""};
    return event;
  }

  // RAD-4 for PAT001's stored study 2.25.1001 under a new accession, one step.
  static actors::ProcedureMessage rad4(const std::string& accession,
                                       actors::ProcedureAction action = actors::ProcedureAction::Scheduled) {
    actors::ProcedureMessage order;
    order.action = action;
    order.patient = {"PAT001", "HOSP", "DOE^JOHN", "19700101", "M"};
    order.procedure.requested_procedure_id = "RP1";
    order.procedure.accession_number = accession;
    order.procedure.study_instance_uid = "2.25.1001";
    order.procedure.placer_order_number = "PLC1^OP";
    order.procedure.filler_order_number = "FIL1^OF";
    actors::ScheduledProcedureStep step;
    step.sps_id = "SPS1";
    step.modality = "OT";
    step.start_date = "20261128";
    step.start_time = "090000";
    order.procedure.steps = {step};
    return order;
  }

  // The study-level C-FIND answers for one Patient ID, with name and accession.
  std::vector<dicom::DicomDataset> studies_of(const std::string& patient_id) {
    dicom::DicomDataset keys;
    keys.set({0x0008, 0x0052}, dicom::Vr::CS, "STUDY")
        .set({0x0010, 0x0020}, dicom::Vr::LO, patient_id)
        .set({0x0010, 0x0010}, dicom::Vr::PN, "")
        .set({0x0008, 0x0050}, dicom::Vr::SH, "")
        .set({0x0020, 0x000D}, dicom::Vr::UI, "");
    auto result = find(keys);
    EXPECT_TRUE(result.ok()) << result.detail;
    return result.matches;
  }

  static std::string error_code(const actors::Hl7Exchange& exchange) {
    return exchange.ack && !exchange.ack->errors.empty() ? exchange.ack->errors[0].code : "";
  }

  actors::IdFactory ids;
};

}  // namespace ihe::test
