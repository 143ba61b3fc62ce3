#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "actors/acquisition_modality/config.h"
#include "actors/dicom/dicom_dataset.h"
#include "actors/net/dicom/scp/dicom_server.h"

namespace ihe::test {

// How the scripted Image Manager answers RAD-10.
enum class CommitmentReply { SameAssociation, NewAssociation, Never };

// A scripted Order Filler (MWL SCP + MPPS SCP) and Image Manager (storage + storage commitment SCP) on
// our own DicomServer, recording every request the modality sends so a test can read what went on the
// wire. The worklist holds the items given.
class ScriptedDepartments {
 public:
  ScriptedDepartments(std::vector<dicom::DicomDataset> worklist, CommitmentReply reply);
  ~ScriptedDepartments();

  // A modality configuration pointing at both, listening on a free port for reports.
  actors::ModalityConfig modality_config() const;
  // Called once the modality's listener port is known (new-association reports go there).
  void set_report_destination(std::uint16_t port) { report_port_ = port; }

  struct Seen {
    std::vector<dicom::DicomDataset> queries;
    std::vector<net::NRequest> mpps;  // N-CREATE and N-SET in arrival order
    std::vector<dicom::DicomDataset> images;
    std::vector<net::NRequest> commitments;
  };
  Seen seen();

 private:
  net::NResponse commit(const net::NRequest& request);

  std::vector<dicom::DicomDataset> worklist_;
  CommitmentReply reply_;
  std::uint16_t report_port_ = 0;
  std::mutex mutex_;
  Seen seen_;
  std::unique_ptr<net::DicomServer> order_filler_;
  std::unique_ptr<net::DicomServer> image_manager_;
};

}  // namespace ihe::test
