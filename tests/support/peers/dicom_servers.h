#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "tests/support/child_process.h"

namespace ihe::test {

// Real third-party DICOM servers for tests (recipes verified in /work/shared/targets.md 3.x): each starts
// on free ports of 127.0.0.1, keeps all its state under the folder the test gives it, waits until its DICOM
// port accepts connections (throws std::runtime_error with the server's log otherwise) and is stopped by
// PID on destruction.

// DCMTK storescp (targets.md 3.4): every received instance lands in output_dir()/<StudyInstanceUID>/.
// extra_args go to storescp as they are: a benchmark passes --ignore (receive, answer Success, write
// nothing) so the figures measure the wire and not storescp's disk.
class StorescpServer {
 public:
  StorescpServer(const std::filesystem::path& state_dir, std::string ae_title,
                 std::vector<std::string> extra_args = {});
  const std::string& ae_title() const { return ae_title_; }
  std::uint16_t port() const { return port_; }
  const std::filesystem::path& output_dir() const { return output_dir_; }
  // Every file received so far, recursively.
  std::vector<std::filesystem::path> received_files() const;
  std::string log() const { return process_->log(); }

 private:
  std::string ae_title_;
  std::uint16_t port_;
  std::filesystem::path output_dir_;
  std::unique_ptr<ChildProcess> process_;
};

// An AE Orthanc may send to (C-MOVE destination, Storage Commitment report receiver): its DicomModalities.
struct RemoteModality {
  std::string ae_title;
  std::uint16_t port = 0;
};

// Orthanc 1.10.1 (targets.md 3.1) with the worklist plugin reading worklist_dir(). Stopping it gracefully
// takes 3-5 s, so it gets a short grace and then SIGKILL: its database is the test's temporary folder.
class OrthancServer {
 public:
  OrthancServer(const std::filesystem::path& state_dir, std::string ae_title, std::vector<RemoteModality> modalities);
  const std::string& ae_title() const { return ae_title_; }
  std::uint16_t dicom_port() const { return dicom_port_; }
  std::uint16_t http_port() const { return http_port_; }
  const std::filesystem::path& worklist_dir() const { return worklist_dir_; }
  std::string log() const { return process_->log(); }

 private:
  std::string ae_title_;
  std::uint16_t dicom_port_;
  std::uint16_t http_port_;
  std::filesystem::path worklist_dir_;
  std::unique_ptr<ChildProcess> process_;
};

// DCMTK wlmscpfs (targets.md 3.2): serves the .wl files of worklist_dir() (the folder named after its AE).
class WlmscpfsServer {
 public:
  WlmscpfsServer(const std::filesystem::path& state_dir, std::string ae_title);
  const std::string& ae_title() const { return ae_title_; }
  std::uint16_t port() const { return port_; }
  const std::filesystem::path& worklist_dir() const { return worklist_dir_; }
  std::string log() const { return process_->log(); }

 private:
  std::string ae_title_;
  std::uint16_t port_;
  std::filesystem::path worklist_dir_;
  std::unique_ptr<ChildProcess> process_;
};

// DCMTK dcmqrscp (targets.md 3.3) in fork mode: `-s` segfaults after the first association (pitfall 1).
// Storage plus Study/Patient Root query/retrieve; C-MOVE destinations come from `modalities`.
class DcmqrscpServer {
 public:
  DcmqrscpServer(const std::filesystem::path& state_dir, std::string ae_title, std::vector<RemoteModality> modalities);
  const std::string& ae_title() const { return ae_title_; }
  std::uint16_t port() const { return port_; }
  std::string log() const { return process_->log(); }

 private:
  std::string ae_title_;
  std::uint16_t port_;
  std::unique_ptr<ChildProcess> process_;
};

}  // namespace ihe::test
