#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace ihe::validation {

// What dicom3tools' dciodvfy says of one Part-10 file: the IOD it recognised (its first standard-output
// line) and its "Error - ..." and "Warning - ..." lines. An independent second opinion on an object's
// conformance to its IOD (PS3.3), as MESA modality test 284 uses it.
struct DciodvfyReport {
  bool ran = false;      // false: dciodvfy could not run to its end; `failure` says why
  std::string failure;   // "cannot start dciodvfy: No such file or directory", "no answer within 30 s"
  int exit_status = -1;  // 0 means at most warnings
  std::string iod;
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
  std::string output;  // everything it printed, for evidence
};

DciodvfyReport run_dciodvfy(const std::filesystem::path& file,
                            std::chrono::milliseconds deadline = std::chrono::seconds(30));

}  // namespace ihe::validation
