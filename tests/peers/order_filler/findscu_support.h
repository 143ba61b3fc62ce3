#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actors/net/dicom/conversion/dicom_file.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"

namespace ihe::test {

// DCMTK findscu -W (an independent MWL SCU) against 127.0.0.1:port; each answer is written by findscu -X
// to a file and read back with our read_dicom_file. `keys` are findscu -k arguments, e.g. "PatientID=PAT001"
// or "ScheduledProcedureStepSequence[0].Modality=CT".
inline std::vector<dicom::DicomDataset> findscu_worklist(const TempDir& dir, std::uint16_t port,
                                                         const std::vector<std::string>& keys,
                                                         const std::string& called_ae = "ORDER_FILLER") {
  static int run = 0;
  const auto out = dir / ("findscu-" + std::to_string(++run));
  std::filesystem::create_directories(out);
  std::vector<std::string> argv{"findscu",   "-W",   "-X",      "-od",       out.string(),        "-aet",
                                "MODALITY1", "-aec", called_ae, "127.0.0.1", std::to_string(port)};
  for (const auto& key : keys) {
    argv.push_back("-k");
    argv.push_back(key);
  }
  const int code = run_command(argv, out / "findscu.log", std::chrono::seconds(20));
  EXPECT_EQ(code, 0) << "findscu failed";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(out))
    if (entry.path().extension() == ".dcm") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<dicom::DicomDataset> answers;
  for (const auto& file : files) {
    auto read = net::read_dicom_file(file);
    EXPECT_TRUE(read) << file << ": " << read.error.message();
    answers.push_back(std::move(read.dataset));
  }
  return answers;
}

// The usual return keys of a modality's query (spec digest 3.1), universal.
inline std::vector<std::string> mwl_return_keys() {
  return {"PatientName",
          "PatientID",
          "PatientBirthDate",
          "PatientSex",
          "AccessionNumber",
          "StudyInstanceUID",
          "RequestedProcedureID",
          "RequestedProcedureDescription",
          "ReferringPhysicianName",
          "ScheduledProcedureStepSequence[0].ScheduledProcedureStepID",
          "ScheduledProcedureStepSequence[0].ScheduledProcedureStepDescription",
          "ScheduledProcedureStepSequence[0].ScheduledProcedureStepStatus",
          "ScheduledProcedureStepSequence[0].ScheduledStationAETitle",
          "ScheduledProcedureStepSequence[0].ScheduledProcedureStepStartDate",
          "ScheduledProcedureStepSequence[0].ScheduledProcedureStepStartTime",
          "ScheduledProcedureStepSequence[0].Modality"};
}

inline std::vector<std::string> with(std::vector<std::string> keys, const std::vector<std::string>& more) {
  keys.insert(keys.end(), more.begin(), more.end());
  return keys;
}

}  // namespace ihe::test
