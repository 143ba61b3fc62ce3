#pragma once

#include <array>
#include <string_view>

namespace ihe::net {

// SOP class UIDs of the services our actors use and offer (PS3.4 Annex B, C, F, J, K; UIDs from PS3.6 A),
// shared by the SCU and SCP sides.
namespace sop_class {
inline constexpr const char* kVerification = "1.2.840.10008.1.1";
inline constexpr const char* kModalityWorklistFind = "1.2.840.10008.5.1.4.31";
inline constexpr const char* kStudyRootFind = "1.2.840.10008.5.1.4.1.2.2.1";
inline constexpr const char* kStudyRootMove = "1.2.840.10008.5.1.4.1.2.2.2";
inline constexpr const char* kPatientRootFind = "1.2.840.10008.5.1.4.1.2.1.1";
inline constexpr const char* kPatientRootMove = "1.2.840.10008.5.1.4.1.2.1.2";
inline constexpr const char* kMpps = "1.2.840.10008.3.1.2.3.3";
inline constexpr const char* kStorageCommitmentPushModel = "1.2.840.10008.1.20.1";
// The well-known SOP instance of Storage Commitment Push Model (PS3.4 J.3.5).
inline constexpr const char* kStorageCommitmentPushModelInstance = "1.2.840.10008.1.20.1.1";
inline constexpr const char* kInstanceAvailabilityNotification = "1.2.840.10008.5.1.4.33";
inline constexpr const char* kCtImageStorage = "1.2.840.10008.5.1.4.1.1.2";
inline constexpr const char* kMrImageStorage = "1.2.840.10008.5.1.4.1.1.4";
inline constexpr const char* kSecondaryCaptureImageStorage = "1.2.840.10008.5.1.4.1.1.7";

// The Storage SOP classes our simulated archives and displays accept (PS3.4 B.5): the common image,
// presentation state, SR and document classes a modality or workstation sends. Anything else gets no
// presentation context.
inline constexpr std::array<std::string_view, 33> kStorage{
    "1.2.840.10008.5.1.4.1.1.1",       // CR
    "1.2.840.10008.5.1.4.1.1.1.1",     // DX for presentation
    "1.2.840.10008.5.1.4.1.1.1.1.1",   // DX for processing
    "1.2.840.10008.5.1.4.1.1.1.2",     // MG for presentation
    "1.2.840.10008.5.1.4.1.1.1.2.1",   // MG for processing
    "1.2.840.10008.5.1.4.1.1.2",       // CT
    "1.2.840.10008.5.1.4.1.1.2.1",     // Enhanced CT
    "1.2.840.10008.5.1.4.1.1.3.1",     // US multi-frame
    "1.2.840.10008.5.1.4.1.1.4",       // MR
    "1.2.840.10008.5.1.4.1.1.4.1",     // Enhanced MR
    "1.2.840.10008.5.1.4.1.1.6.1",     // US
    "1.2.840.10008.5.1.4.1.1.7",       // Secondary Capture
    "1.2.840.10008.5.1.4.1.1.7.1",     // Multi-frame single bit SC
    "1.2.840.10008.5.1.4.1.1.7.2",     // Multi-frame grayscale byte SC
    "1.2.840.10008.5.1.4.1.1.7.3",     // Multi-frame grayscale word SC
    "1.2.840.10008.5.1.4.1.1.7.4",     // Multi-frame true color SC
    "1.2.840.10008.5.1.4.1.1.11.1",    // Grayscale Softcopy Presentation State
    "1.2.840.10008.5.1.4.1.1.12.1",    // XA
    "1.2.840.10008.5.1.4.1.1.12.1.1",  // Enhanced XA
    "1.2.840.10008.5.1.4.1.1.12.2",    // RF
    "1.2.840.10008.5.1.4.1.1.12.2.1",  // Enhanced XRF
    "1.2.840.10008.5.1.4.1.1.20",      // NM
    "1.2.840.10008.5.1.4.1.1.77.1.4",  // VL Photographic
    "1.2.840.10008.5.1.4.1.1.88.11",   // Basic Text SR
    "1.2.840.10008.5.1.4.1.1.88.22",   // Enhanced SR
    "1.2.840.10008.5.1.4.1.1.88.33",   // Comprehensive SR
    "1.2.840.10008.5.1.4.1.1.88.59",   // Key Object Selection
    "1.2.840.10008.5.1.4.1.1.104.1",   // Encapsulated PDF
    "1.2.840.10008.5.1.4.1.1.128",     // PET
    "1.2.840.10008.5.1.4.1.1.130",     // Enhanced PET
    "1.2.840.10008.5.1.4.1.1.481.1",   // RT Image
    "1.2.840.10008.5.1.4.1.1.481.2",   // RT Dose
    "1.2.840.10008.5.1.4.1.1.481.3",   // RT Structure Set
};

}  // namespace sop_class

}  // namespace ihe::net
