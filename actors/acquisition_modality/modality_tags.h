#pragma once

#include "actors/dicom/dicom_dataset.h"

// The attributes the Acquisition Modality reads from worklist items and writes into images and MPPS (PS3.6
// keywords as names).
namespace ihe::actors::tags {

using dicom::Tag;
// clang-format off
inline constexpr Tag SpecificCharacterSet{0x0008, 0x0005};
inline constexpr Tag ImageType{0x0008, 0x0008};
inline constexpr Tag InstanceCreationDate{0x0008, 0x0012};
inline constexpr Tag InstanceCreationTime{0x0008, 0x0013};
inline constexpr Tag SopClassUid{0x0008, 0x0016};
inline constexpr Tag SopInstanceUid{0x0008, 0x0018};
inline constexpr Tag StudyDate{0x0008, 0x0020};
inline constexpr Tag SeriesDate{0x0008, 0x0021};
inline constexpr Tag ContentDate{0x0008, 0x0023};
inline constexpr Tag StudyTime{0x0008, 0x0030};
inline constexpr Tag SeriesTime{0x0008, 0x0031};
inline constexpr Tag ContentTime{0x0008, 0x0033};
inline constexpr Tag AccessionNumber{0x0008, 0x0050};
inline constexpr Tag IssuerOfAccessionNumberSequence{0x0008, 0x0051};
inline constexpr Tag QueryRetrieveLevel{0x0008, 0x0052};
inline constexpr Tag RetrieveAeTitle{0x0008, 0x0054};
inline constexpr Tag Modality{0x0008, 0x0060};
inline constexpr Tag Manufacturer{0x0008, 0x0070};
inline constexpr Tag ReferringPhysicianName{0x0008, 0x0090};
inline constexpr Tag CodeValue{0x0008, 0x0100};
inline constexpr Tag CodingSchemeDesignator{0x0008, 0x0102};
inline constexpr Tag CodeMeaning{0x0008, 0x0104};
inline constexpr Tag StationName{0x0008, 0x1010};
inline constexpr Tag StudyDescription{0x0008, 0x1030};
inline constexpr Tag ProcedureCodeSequence{0x0008, 0x1032};
inline constexpr Tag SeriesDescription{0x0008, 0x103E};
inline constexpr Tag PerformingPhysicianName{0x0008, 0x1050};
inline constexpr Tag OperatorsName{0x0008, 0x1070};
inline constexpr Tag ManufacturerModelName{0x0008, 0x1090};
inline constexpr Tag ReferencedStudySequence{0x0008, 0x1110};
inline constexpr Tag ReferencedPerformedProcedureStepSequence{0x0008, 0x1111};
inline constexpr Tag ReferencedPatientSequence{0x0008, 0x1120};
inline constexpr Tag ReferencedImageSequence{0x0008, 0x1140};
inline constexpr Tag ReferencedSopClassUid{0x0008, 0x1150};
inline constexpr Tag ReferencedSopInstanceUid{0x0008, 0x1155};
inline constexpr Tag TransactionUid{0x0008, 0x1195};
inline constexpr Tag FailureReason{0x0008, 0x1197};
inline constexpr Tag FailedSopSequence{0x0008, 0x1198};
inline constexpr Tag ReferencedSopSequence{0x0008, 0x1199};
inline constexpr Tag PatientName{0x0010, 0x0010};
inline constexpr Tag PatientId{0x0010, 0x0020};
inline constexpr Tag IssuerOfPatientId{0x0010, 0x0021};
inline constexpr Tag PatientBirthDate{0x0010, 0x0030};
inline constexpr Tag PatientSex{0x0010, 0x0040};
inline constexpr Tag PatientWeight{0x0010, 0x1030};
inline constexpr Tag MedicalAlerts{0x0010, 0x2000};
inline constexpr Tag Allergies{0x0010, 0x2110};
inline constexpr Tag PregnancyStatus{0x0010, 0x21C0};
inline constexpr Tag ProtocolName{0x0018, 0x1030};
inline constexpr Tag PatientPosition{0x0018, 0x5100};
inline constexpr Tag StudyInstanceUid{0x0020, 0x000D};
inline constexpr Tag SeriesInstanceUid{0x0020, 0x000E};
inline constexpr Tag StudyId{0x0020, 0x0010};
inline constexpr Tag SeriesNumber{0x0020, 0x0011};
inline constexpr Tag InstanceNumber{0x0020, 0x0013};
inline constexpr Tag RequestingPhysician{0x0032, 0x1032};
inline constexpr Tag RequestedProcedureDescription{0x0032, 0x1060};
inline constexpr Tag RequestedProcedureCodeSequence{0x0032, 0x1064};
inline constexpr Tag AdmissionId{0x0038, 0x0010};
inline constexpr Tag SpecialNeeds{0x0038, 0x0050};
inline constexpr Tag CurrentPatientLocation{0x0038, 0x0300};
inline constexpr Tag PatientState{0x0038, 0x0500};
inline constexpr Tag ScheduledStationAeTitle{0x0040, 0x0001};
inline constexpr Tag SpsStartDate{0x0040, 0x0002};
inline constexpr Tag SpsStartTime{0x0040, 0x0003};
inline constexpr Tag ScheduledPerformingPhysicianName{0x0040, 0x0006};
inline constexpr Tag SpsDescription{0x0040, 0x0007};
inline constexpr Tag ScheduledProtocolCodeSequence{0x0040, 0x0008};
inline constexpr Tag SpsId{0x0040, 0x0009};
inline constexpr Tag ScheduledStationName{0x0040, 0x0010};
inline constexpr Tag SpsLocation{0x0040, 0x0011};
inline constexpr Tag SpsStatus{0x0040, 0x0020};
inline constexpr Tag ScheduledProcedureStepSequence{0x0040, 0x0100};
inline constexpr Tag ReferencedNonImageCompositeSopInstanceSequence{0x0040, 0x0220};
inline constexpr Tag PerformedStationAeTitle{0x0040, 0x0241};
inline constexpr Tag PerformedStationName{0x0040, 0x0242};
inline constexpr Tag PerformedLocation{0x0040, 0x0243};
inline constexpr Tag PpsStartDate{0x0040, 0x0244};
inline constexpr Tag PpsStartTime{0x0040, 0x0245};
inline constexpr Tag PpsEndDate{0x0040, 0x0250};
inline constexpr Tag PpsEndTime{0x0040, 0x0251};
inline constexpr Tag PpsStatus{0x0040, 0x0252};
inline constexpr Tag PpsId{0x0040, 0x0253};
inline constexpr Tag PpsDescription{0x0040, 0x0254};
inline constexpr Tag PerformedProcedureTypeDescription{0x0040, 0x0255};
inline constexpr Tag PerformedProtocolCodeSequence{0x0040, 0x0260};
inline constexpr Tag ScheduledStepAttributesSequence{0x0040, 0x0270};
inline constexpr Tag RequestAttributesSequence{0x0040, 0x0275};
inline constexpr Tag DiscontinuationReasonCodeSequence{0x0040, 0x0281};
inline constexpr Tag PerformedSeriesSequence{0x0040, 0x0340};
inline constexpr Tag RequestedProcedureId{0x0040, 0x1001};
inline constexpr Tag RequestedProcedurePriority{0x0040, 0x1003};
inline constexpr Tag PatientTransportArrangements{0x0040, 0x1004};
inline constexpr Tag PlacerOrderNumber{0x0040, 0x2016};
inline constexpr Tag FillerOrderNumber{0x0040, 0x2017};
inline constexpr Tag ConfidentialityConstraint{0x0040, 0x3001};
// clang-format on

}  // namespace ihe::actors::tags
