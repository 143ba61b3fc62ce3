#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "actors/acquisition_modality/procedure_step.h"
#include "actors/common/fault_switches.h"
#include "actors/common/id_factory.h"
#include "actors/dicom/dicom_dataset.h"

namespace ihe::actors {

// CT Image Storage or MR Image Storage (PS3.4 B.5) for the station's modality; a modality we cannot
// generate is a HarnessError (the configuration allows CT and MR only).
std::string storage_sop_class(std::string_view modality);

// A new series of the step. Fault "images-new-study-uid" makes its images ignore the MWL Study UID and
// use one of our own (breaks RAD TF-2 Appendix A: the images carry the worklist's Study Instance UID).
PerformedSeries plan_series(const PerformedProcedureStep& step, int number, IdFactory& uids,
                            const FaultSwitches& faults);

// Small synthetic images (32x32, 16 bits, MONOCHROME2, a few KB) of the series, each a complete CT or MR
// Image IOD (PS3.3 A.3 / A.4) whose header copies the worklist attributes (RAD TF-2 Appendix A, spec digest
// 3.3). Appends their references to series.images.
std::vector<dicom::DicomDataset> generate_images(const PerformedProcedureStep& step, PerformedSeries& series,
                                                 int count, IdFactory& uids, const FaultSwitches& faults);

// The header attributes of one image taken from the worklist and the MPPS (the copy rules of spec digest
// 3.3), without the modality-specific modules and pixels. Faults "images-drop-accession-number" and
// "images-drop-request-attributes" leave those attributes out.
dicom::DicomDataset worklist_header(const PerformedProcedureStep& step, const PerformedSeries& series,
                                    const FaultSwitches& faults);

// PS3.3 C.8.2.1 (CT Image) / C.8.3.1 (MR Image) plus the Image Plane, Image Pixel and Frame of Reference
// modules with a 32x32 gradient as Pixel Data.
void add_ct_modules(dicom::DicomDataset& image);
void add_mr_modules(dicom::DicomDataset& image);
void add_pixels(dicom::DicomDataset& image, int rows, int columns, int seed);

}  // namespace ihe::actors
