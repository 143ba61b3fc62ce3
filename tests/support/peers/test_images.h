#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace ihe::test {

// A synthetic Secondary Capture image (PS3.3 A.8), MONOCHROME2, 16 bits: what tests store and query.
struct TestImage {
  std::string patient_id = "PAT001";
  std::string patient_name = "DOE^JOHN";
  std::string accession_number = "ACC001";
  std::string study_uid = "2.25.1001";
  std::string series_uid = "2.25.1002";
  std::string sop_instance_uid = "2.25.1003";
  std::string modality = "OT";
  int instance_number = 1;
  int rows = 16;
  int columns = 16;  // 512 x 512 makes the 0.5 MB pixel data of the benchmark
};

// Two patients, two studies, three series, four images: PAT001's study 2.25.1001 holds series 2.25.1002
// (OT, images 2.25.1003 and 2.25.1004) and 2.25.1005 (CT, image 2.25.1006); PAT002 (ROE^JANE, ACC002) has
// study 2.25.2001 with one image. What archive tests store and query.
std::vector<TestImage> two_patients_four_images();

// Writes it as a Part 10 file (Explicit VR Little Endian) with DCMTK's dump2dcm; throws std::runtime_error
// when dump2dcm fails.
void write_test_image(const std::filesystem::path& file, const TestImage& image);

// Writes the Modality Worklist item of /work/shared/targets.md 3.2 (PAT001, ACC001, CT, station MODALITY1,
// scheduled on `date`, YYYYMMDD) as a .wl file for wlmscpfs or Orthanc's worklist plugin.
void write_worklist_item(const std::filesystem::path& file, const std::string& date);

}  // namespace ihe::test
