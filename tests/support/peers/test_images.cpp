#include "tests/support/peers/test_images.h"

#include <fmt/core.h>

#include <fstream>
#include <stdexcept>
#include <vector>

#include "tests/support/child_process.h"

namespace ihe::test {
namespace {

void dump_to_dicom(const std::filesystem::path& dump, const std::filesystem::path& out) {
  const auto log = out.string() + ".dump2dcm.log";
  if (run_command({"dump2dcm", "+te", dump.string(), out.string()}, log) != 0)
    throw std::runtime_error("dump2dcm failed for " + dump.string() + ", see " + log);
}

}  // namespace

std::vector<TestImage> two_patients_four_images() {
  TestImage a;
  TestImage b = a;
  b.sop_instance_uid = "2.25.1004";
  b.instance_number = 2;
  TestImage c = a;
  c.series_uid = "2.25.1005";
  c.sop_instance_uid = "2.25.1006";
  c.modality = "CT";
  TestImage d;
  d.patient_id = "PAT002";
  d.patient_name = "ROE^JANE";
  d.accession_number = "ACC002";
  d.study_uid = "2.25.2001";
  d.series_uid = "2.25.2002";
  d.sop_instance_uid = "2.25.2003";
  return {a, b, c, d};
}

void write_test_image(const std::filesystem::path& file, const TestImage& image) {
  const auto pixels = file.string() + ".raw";
  {
    std::vector<char> data(static_cast<std::size_t>(image.rows) * static_cast<std::size_t>(image.columns) *
                           2);
    for (std::size_t i = 0; i < data.size(); ++i) data[i] = static_cast<char>(i * 7);
    std::ofstream(pixels, std::ios::binary).write(data.data(), static_cast<std::streamsize>(data.size()));
  }
  const auto dump = file.string() + ".dump";
  std::ofstream(dump) << fmt::format(
      "(0002,0002) UI =SecondaryCaptureImageStorage\n(0002,0003) UI [{sop}]\n"
      "(0002,0010) UI =LittleEndianExplicit\n(0008,0016) UI =SecondaryCaptureImageStorage\n"
      "(0008,0018) UI [{sop}]\n(0008,0020) DA [20261128]\n(0008,0030) TM [120000]\n(0008,0050) SH [{acc}]\n"
      "(0008,0060) CS [{modality}]\n(0008,0064) CS [WSD]\n(0010,0010) PN [{name}]\n(0010,0020) LO [{pid}]\n"
      "(0010,0030) DA [19700101]\n(0010,0040) CS [M]\n(0020,000d) UI [{study}]\n(0020,000e) UI [{series}]\n"
      "(0020,0010) SH [1]\n(0020,0011) IS [1]\n(0020,0013) IS [{number}]\n(0020,0020) CS [L\\F]\n"
      "(0028,0002) US 1\n(0028,0004) CS [MONOCHROME2]\n(0028,0010) US {rows}\n(0028,0011) US {columns}\n"
      "(0028,0100) US 16\n(0028,0101) US 16\n(0028,0102) US 15\n(0028,0103) US 0\n(7fe0,0010) OW ={pixels}\n",
      fmt::arg("sop", image.sop_instance_uid), fmt::arg("acc", image.accession_number),
      fmt::arg("modality", image.modality), fmt::arg("name", image.patient_name),
      fmt::arg("pid", image.patient_id), fmt::arg("study", image.study_uid),
      fmt::arg("series", image.series_uid), fmt::arg("number", image.instance_number),
      fmt::arg("rows", image.rows), fmt::arg("columns", image.columns), fmt::arg("pixels", pixels));
  dump_to_dicom(dump, file);
  std::filesystem::remove(dump);
  std::filesystem::remove(pixels);
  std::filesystem::remove(file.string() + ".dump2dcm.log");
}

void write_worklist_item(const std::filesystem::path& file, const std::string& date) {
  const auto dump = file.string() + ".dump";
  std::ofstream(dump) << fmt::format(
      "(0008,0005) CS [ISO_IR 100]\n(0008,0050) SH [ACC001]\n(0008,0090) PN [REFERRING^DOC]\n"
      "(0010,0010) PN [DOE^JOHN]\n(0010,0020) LO [PAT001]\n(0010,0021) LO [HARNESS]\n(0010,0030) DA "
      "[19700101]\n"
      "(0010,0040) CS [M]\n(0020,000d) UI [2.25.30734377766702704642367920754109317195]\n"
      "(0032,1060) LO [CT HEAD W/O CONTRAST]\n"
      "(0040,0100) SQ\n(fffe,e000) -\n(0008,0060) CS [CT]\n(0040,0001) AE [MODALITY1]\n(0040,0002) DA "
      "[{date}]\n"
      "(0040,0003) TM [053014]\n(0040,0006) PN [TECH^TOM]\n(0040,0007) LO [CT HEAD PROTOCOL]\n"
      "(0040,0009) SH [SPS001]\n(0040,0010) SH [CT1]\n(0040,0011) SH [ROOM1]\n(0040,0020) CS [SCHEDULED]\n"
      "(fffe,e00d) -\n(fffe,e0dd) -\n(0040,1001) SH [RP001]\n(0040,1003) SH [ROUTINE]\n",
      fmt::arg("date", date));
  dump_to_dicom(dump, file);
  std::filesystem::remove(dump);
  std::filesystem::remove(file.string() + ".dump2dcm.log");
}

}  // namespace ihe::test
