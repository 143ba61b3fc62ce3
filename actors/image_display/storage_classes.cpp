// The image storage SOP classes of PS3.4 Table B.5-1 a display meets in radiology (UIDs from PS3.6 A).
#include <array>

#include "actors/image_display/storage_scp.h"

namespace ihe::actors {
namespace {

constexpr std::array<const char*, 24> kImageStorage{
    "1.2.840.10008.5.1.4.1.1.1",       // Computed Radiography Image
    "1.2.840.10008.5.1.4.1.1.1.1",     // Digital X-Ray Image - For Presentation
    "1.2.840.10008.5.1.4.1.1.1.1.1",   // Digital X-Ray Image - For Processing
    "1.2.840.10008.5.1.4.1.1.1.2",     // Digital Mammography X-Ray Image - For Presentation
    "1.2.840.10008.5.1.4.1.1.1.2.1",   // Digital Mammography X-Ray Image - For Processing
    "1.2.840.10008.5.1.4.1.1.2",       // CT Image
    "1.2.840.10008.5.1.4.1.1.2.1",     // Enhanced CT Image
    "1.2.840.10008.5.1.4.1.1.3.1",     // Ultrasound Multi-frame Image
    "1.2.840.10008.5.1.4.1.1.4",       // MR Image
    "1.2.840.10008.5.1.4.1.1.4.1",     // Enhanced MR Image
    "1.2.840.10008.5.1.4.1.1.6.1",     // Ultrasound Image
    "1.2.840.10008.5.1.4.1.1.7",       // Secondary Capture Image
    "1.2.840.10008.5.1.4.1.1.7.1",     // Multi-frame Single Bit Secondary Capture Image
    "1.2.840.10008.5.1.4.1.1.7.2",     // Multi-frame Grayscale Byte Secondary Capture Image
    "1.2.840.10008.5.1.4.1.1.7.3",     // Multi-frame Grayscale Word Secondary Capture Image
    "1.2.840.10008.5.1.4.1.1.7.4",     // Multi-frame True Color Secondary Capture Image
    "1.2.840.10008.5.1.4.1.1.12.1",    // X-Ray Angiographic Image
    "1.2.840.10008.5.1.4.1.1.12.1.1",  // Enhanced XA Image
    "1.2.840.10008.5.1.4.1.1.12.2",    // X-Ray Radiofluoroscopic Image
    "1.2.840.10008.5.1.4.1.1.12.2.1",  // Enhanced XRF Image
    "1.2.840.10008.5.1.4.1.1.20",      // Nuclear Medicine Image
    "1.2.840.10008.5.1.4.1.1.128",     // Positron Emission Tomography Image
    "1.2.840.10008.5.1.4.1.1.130",     // Enhanced PET Image
    "1.2.840.10008.5.1.4.1.1.481.1",   // RT Image
};

}  // namespace

std::span<const char* const> image_storage_sop_classes() {
  return kImageStorage;
}

}  // namespace ihe::actors
