// The modality-specific modules of the generated images, checked with dciodvfy (dicom3tools) until it
// reports no errors: CT Image IOD PS3.3 A.3, MR Image IOD PS3.3 A.4.
#include <cstdint>
#include <vector>

#include "actors/acquisition_modality/image_generator.h"
#include "actors/acquisition_modality/modality_tags.h"

namespace ihe::actors {
namespace {

using dicom::DicomDataset;

// Image Plane module (PS3.3 C.7.6.2): axial slices, 1 mm pixels.
void add_image_plane(DicomDataset& image) {
  image.set({0x0028, 0x0030}, "1\\1");              // Pixel Spacing
  image.set({0x0020, 0x0037}, "1\\0\\0\\0\\1\\0");  // Image Orientation (Patient)
  image.set({0x0018, 0x0050}, "5");                 // Slice Thickness
}

// Image Pixel module (PS3.3 C.7.6.3), common to both: 16-bit unsigned grey values, 12 bits used.
void add_pixel_description(DicomDataset& image) {
  image.set({0x0028, 0x0002}, "1");            // Samples per Pixel
  image.set({0x0028, 0x0004}, "MONOCHROME2");  // Photometric Interpretation
  image.set({0x0028, 0x0100}, "16");           // Bits Allocated
  image.set({0x0028, 0x0101}, "12");           // Bits Stored
  image.set({0x0028, 0x0102}, "11");           // High Bit
  image.set({0x0028, 0x0103}, "0");            // Pixel Representation: unsigned
}

}  // namespace

void add_ct_modules(DicomDataset& image) {
  add_image_plane(image);
  add_pixel_description(image);
  // CT Image module (PS3.3 C.8.2.1): Image Type value 3 AXIAL, Rescale to Hounsfield units.
  image.set(tags::ImageType, "ORIGINAL\\PRIMARY\\AXIAL");
  image.set({0x0028, 0x1052}, "-1024");     // Rescale Intercept
  image.set({0x0028, 0x1053}, "1");         // Rescale Slope
  image.set({0x0028, 0x1054}, "HU");        // Rescale Type
  image.set({0x0018, 0x0060}, "120");       // KVP
  image.set({0x0020, 0x0012}, "1");         // Acquisition Number
  image.set({0x0018, 0x1151}, "200");       // X-Ray Tube Current
  image.set({0x0018, 0x1210}, "STANDARD");  // Convolution Kernel
  image.set({0x0028, 0x1050}, "40");        // Window Center
  image.set({0x0028, 0x1051}, "400");       // Window Width
}

void add_mr_modules(DicomDataset& image) {
  add_image_plane(image);
  add_pixel_description(image);
  // MR Image module (PS3.3 C.8.3.1): a 2D spin echo.
  image.set(tags::ImageType, "ORIGINAL\\PRIMARY\\OTHER");
  image.set({0x0018, 0x0020}, "SE");    // Scanning Sequence
  image.set({0x0018, 0x0021}, "NONE");  // Sequence Variant
  image.set({0x0018, 0x0022}, "");      // Scan Options, type 2
  image.set({0x0018, 0x0023}, "2D");    // MR Acquisition Type
  image.set({0x0018, 0x0080}, "500");   // Repetition Time, 1C: required unless EP without gradient-echo
  image.set({0x0018, 0x0081}, "15");    // Echo Time
  image.set({0x0018, 0x0091}, "1");     // Echo Train Length
  image.set({0x0018, 0x0087}, "1.5");   // Magnetic Field Strength
  image.set({0x0018, 0x0085}, "1H");    // Imaged Nucleus
  image.set({0x0020, 0x0012}, "1");     // Acquisition Number
  image.set({0x0028, 0x1050}, "600");   // Window Center
  image.set({0x0028, 0x1051}, "1200");  // Window Width
}

void add_pixels(DicomDataset& image, int rows, int columns, int seed) {
  image.set({0x0028, 0x0010}, std::to_string(rows));
  image.set({0x0028, 0x0011}, std::to_string(columns));
  // A diagonal gradient within the 12 stored bits, shifted per image so the images differ.
  std::vector<std::uint8_t> bytes;
  bytes.reserve(static_cast<std::size_t>(rows * columns * 2));
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < columns; ++c) {
      const auto value = static_cast<std::uint16_t>(((r + c) * 40 + seed * 100) % 4096);
      bytes.push_back(static_cast<std::uint8_t>(value & 0xFF));
      bytes.push_back(static_cast<std::uint8_t>(value >> 8));
    }
  image.set_bytes({0x7FE0, 0x0010}, dicom::Vr::OW, std::move(bytes));
}

}  // namespace ihe::actors
