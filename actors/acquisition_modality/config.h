#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "actors/acquisition_modality/procedure_step.h"
#include "actors/acquisition_modality/rad_010_storage_commitment.h"
#include "actors/common/endpoint.h"
#include "actors/net/dicom/scu/dicom_association.h"
#include "base/xml/xml_file.h"

namespace ihe::actors {

// What `<workflow>` asks the standalone actor to do once started.
struct WorkflowSettings {
  bool run_once = false;  // run="once": one scheduled workflow (RAD-5, 6, 8, 7, 10), then idle
  int images_per_series = 3;
  std::string patient_id;  // set: Patient Based query; empty: Broad query (today, modality, our AE)
};

// The settings of examples/actors/acquisition-modality.xml, which documents each with its default.
struct ModalityConfig {
  std::string ae_title = "MODALITY1";  // our AE: calling AE, Scheduled Station AE Title, report receiver
  std::uint16_t port = 11112;          // where our listener takes storage commitment reports; 0 = any
  Station station;
  std::optional<Endpoint> order_filler;   // RAD-5 (and RAD-6/7 unless `mpps` is set)
  std::optional<Endpoint> mpps;           // the PPS Manager for RAD-6/7
  std::optional<Endpoint> image_manager;  // RAD-8 and RAD-10
  net::AssociationTimeouts timeouts;
  ReportChannel report_channel = ReportChannel::Either;
  std::chrono::seconds commitment_deadline{30};
  WorkflowSettings workflow;

  const std::optional<Endpoint>& pps_manager() const { return mpps ? mpps : order_filler; }
};

// Reads an <actor role="acquisition-modality"> element; every mistake is a HarnessError "FILE:LINE: ...".
ModalityConfig load_modality_config(const xml::XmlNode& actor);

}  // namespace ihe::actors
