#pragma once

#include <cstdint>
#include <string>

// The system under test (SUT) as the target file describes it: which IHE role it plays, where its DICOM
// and HL7 services listen, and where the harness's own simulated actors listen for what the SUT sends.
namespace ihe::reports {

struct DicomService {
  std::string ae_title;
  std::string host;
  std::uint16_t port = 0;  // 0: the SUT has no DICOM service
};

struct Hl7Service {
  std::string host;
  std::uint16_t port = 0;         // 0: the SUT has no HL7 listener
  std::string application;        // MSH-5 for messages to it
  std::string facility;           // MSH-6
  std::string version = "2.5.1";  // "2.5.1" (SWF.b) or "2.3.1" (legacy SWF)
};

struct Target {
  std::string name;      // "Orthanc 1.10 on loopback"
  std::string sut_role;  // "image-manager", "order-filler", "acquisition-modality"
  DicomService dicom;
  Hl7Service hl7;
  // The harness side: what the SUT is configured to call back (storage commitment reports, RAD-4/13 to
  // our Image Manager, RAD-3 to our Order Placer, C-MOVE destinations).
  DicomService harness_dicom;
  Hl7Service harness_hl7;
  // The harness's second DICOM listener, beside harness_dicom: against an Image Manager the C-MOVE
  // destination of RAD-16 (our Image Display's storage SCP, harness_dicom taking commitment reports);
  // against a Modality our Image Manager for RAD-8/10 (harness_dicom being our Order Filler).
  DicomService harness_storage;
  int timeout_seconds = 10;  // every wait on the SUT ends after this
  // Where each harness listener was configured ("FILE:LINE", or the command-line option), so that a port
  // the harness cannot listen on is reported against the line that asked for it.
  std::string harness_dicom_origin;
  std::string harness_storage_origin;
  std::string harness_hl7_origin;
};

}  // namespace ihe::reports
