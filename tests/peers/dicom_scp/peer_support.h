#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "tests/component/dicom_scp/scp_test_support.h"
#include "tests/support/child_process.h"

namespace ihe::test {

inline constexpr const char* kStudyUid = "1.2.826.0.1.3680043.9.7156.2";
inline constexpr const char* kImageUid = "1.2.826.0.1.3680043.9.7156.2.1";

inline std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// A synthetic Secondary Capture image written by DCMTK's dump2dcm (an independent encoder).
inline std::filesystem::path make_image(const TempDir& dir, const std::string& sop_instance_uid = kImageUid) {
  const auto dump = dir / ("image-" + sop_instance_uid + ".dump");
  std::ofstream(dump) << "(0008,0016) UI =SecondaryCaptureImageStorage\n"
                      << "(0008,0018) UI [" << sop_instance_uid << "]\n"
                      << "(0008,0060) CS [OT]\n"
                      << "(0010,0010) PN [DOE^JOHN]\n"
                      << "(0010,0020) LO [PAT001]\n"
                      << "(0020,000d) UI [" << kStudyUid << "]\n"
                      << "(0020,000e) UI [" << kStudyUid << ".0]\n";
  const auto file = dir / (sop_instance_uid + ".dcm");
  if (run_command({"dump2dcm", dump.string(), file.string()}, dir / "dump2dcm.log") != 0) return {};
  return file;
}

// dcmdump's value of one top-level attribute of a file, e.g. "SOPInstanceUID" -> "1.2.3".
inline std::string dcmdump_value(const TempDir& dir, const std::filesystem::path& file, const std::string& keyword) {
  const auto out = dir / ("dcmdump-" + file.stem().string() + "-" + keyword + ".out");
  run_command({"dcmdump", "-s", "+P", keyword, file.string()}, out);
  const auto text = read_text(out);
  const auto open = text.find('[');
  const auto close = text.find(']', open);
  return open == std::string::npos || close == std::string::npos ? std::string{} : text.substr(open + 1, close - open - 1);
}

}  // namespace ihe::test
