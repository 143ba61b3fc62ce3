#include "tests/support/peers/dicom_servers.h"

#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <stdexcept>

#include "tests/support/net_util.h"

namespace ihe::test {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

std::unique_ptr<ChildProcess> start(std::vector<std::string> argv, const fs::path& state_dir, std::uint16_t port,
                                    milliseconds stop_grace = milliseconds(2000)) {
  const std::string name = fs::path(argv.front()).filename().string();
  auto process = std::make_unique<ChildProcess>(ChildProcess::Options{
      .argv = std::move(argv), .log_file = state_dir / (name + ".log"), .working_dir = state_dir, .extra_env = {},
      .stop_grace = stop_grace});
  if (!wait_for_port(port, milliseconds(10000)))
    throw std::runtime_error(fmt::format("{} did not listen on 127.0.0.1:{}; its log:\n{}", name, port, process->log()));
  return process;
}

fs::path make_dir(const fs::path& path) {
  fs::create_directories(path);
  return path;
}

}  // namespace

StorescpServer::StorescpServer(const fs::path& state_dir, std::string ae_title, std::vector<std::string> extra_args)
    : ae_title_(std::move(ae_title)), port_(free_port()), output_dir_(make_dir(state_dir / "storescp-in")) {
  std::vector<std::string> argv{"storescp", "-v", "--aetitle", ae_title_, "--output-directory", output_dir_.string(),
                                "-su", "", "+xa", std::to_string(port_)};
  argv.insert(argv.begin() + 1, extra_args.begin(), extra_args.end());
  process_ = start(std::move(argv), state_dir, port_);
}

std::vector<fs::path> StorescpServer::received_files() const {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(output_dir_))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

OrthancServer::OrthancServer(const fs::path& state_dir, std::string ae_title, std::vector<RemoteModality> modalities)
    : ae_title_(std::move(ae_title)),
      dicom_port_(free_port()),
      http_port_(free_port()),
      worklist_dir_(make_dir(state_dir / "orthanc-worklists")) {
  const fs::path db = make_dir(state_dir / "orthanc-db");
  const fs::path logs = make_dir(state_dir / "orthanc-log");
  std::string remote;
  for (const auto& modality : modalities) {
    remote += fmt::format(
        "{}\"{}\": {{\"AET\": \"{}\", \"Host\": \"127.0.0.1\", \"Port\": {}, \"AllowEcho\": true, "
        "\"AllowFind\": true, \"AllowFindWorklist\": true, \"AllowGet\": true, \"AllowMove\": true, "
        "\"AllowStore\": true, \"AllowStorageCommitment\": true}}",
        remote.empty() ? "" : ",\n    ", modality.ae_title, modality.ae_title, modality.port);
  }
  const fs::path config = state_dir / "orthanc.json";
  std::ofstream(config) << fmt::format(
      R"({{
  "Name": "IHE-TEST-ORTHANC", "StorageDirectory": "{db}", "IndexDirectory": "{db}",
  "Plugins": ["/usr/share/orthanc/plugins/libModalityWorklists.so"],
  "Worklists": {{"Enable": true, "Database": "{worklists}"}},
  "HttpServerEnabled": true, "HttpPort": {http}, "RemoteAccessAllowed": false, "AuthenticationEnabled": false,
  "DicomServerEnabled": true, "DicomAet": "{aet}", "DicomPort": {dicom}, "DicomCheckCalledAet": false,
  "DicomAlwaysAllowEcho": true, "DicomAlwaysAllowStore": true, "DicomAlwaysAllowFind": true,
  "DicomAlwaysAllowFindWorklist": true, "DicomAlwaysAllowGet": true, "DicomAlwaysAllowMove": true,
  "DicomCheckModalityHost": false,
  "DicomModalities": {{
    {remote}
  }},
  "DicomScuTimeout": 10, "DicomAssociationCloseDelay": 0, "UnknownSopClassAccepted": false, "StableAge": 5,
  "SaveJobs": false, "SynchronousCMove": true, "OverwriteInstances": true, "MetricsEnabled": false
}}
)",
      fmt::arg("db", db.string()), fmt::arg("worklists", worklist_dir_.string()), fmt::arg("http", http_port_),
      fmt::arg("aet", ae_title_), fmt::arg("dicom", dicom_port_), fmt::arg("remote", remote));
  process_ = start({"/usr/sbin/Orthanc", "--logdir=" + logs.string(), config.string()}, state_dir, dicom_port_,
                   milliseconds(500));
}

WlmscpfsServer::WlmscpfsServer(const fs::path& state_dir, std::string ae_title)
    : ae_title_(std::move(ae_title)), port_(free_port()) {
  const fs::path db = make_dir(state_dir / "wlm-db");
  worklist_dir_ = make_dir(db / ae_title_);
  std::ofstream(worklist_dir_ / "lockfile");
  process_ = start({"wlmscpfs", "-v", "-s", "-cs1", "-dfp", db.string(), std::to_string(port_)}, state_dir, port_);
}

DcmqrscpServer::DcmqrscpServer(const fs::path& state_dir, std::string ae_title, std::vector<RemoteModality> modalities)
    : ae_title_(std::move(ae_title)), port_(free_port()) {
  const fs::path db = make_dir(state_dir / "dcmqr-db");
  std::string hosts;
  std::string names;
  for (const auto& modality : modalities) {
    std::string name = modality.ae_title;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    hosts += fmt::format("{} = ({}, 127.0.0.1, {})\n", name, modality.ae_title, modality.port);
    names += (names.empty() ? "" : ", ") + name;
  }
  const fs::path config = state_dir / "dcmqrscp.cfg";
  std::ofstream(config) << fmt::format(
      "NetworkTCPPort = {port}\nMaxPDUSize = 16384\nMaxAssociations = 16\n\n"
      "HostTable BEGIN\n{hosts}{group}HostTable END\n\n"
      "VendorTable BEGIN\n{vendor}VendorTable END\n\n"
      "AETable BEGIN\n{aet} {db} RW (200, 1024mb) ANY\nAETable END\n",
      fmt::arg("port", port_), fmt::arg("hosts", hosts),
      fmt::arg("group", names.empty() ? "" : "peers = " + names + "\n"),
      fmt::arg("vendor", names.empty() ? "" : "\"Loopback peers\" = peers\n"), fmt::arg("aet", ae_title_),
      fmt::arg("db", db.string()));
  process_ = start({"dcmqrscp", "-v", "-c", config.string()}, state_dir, port_);
}

}  // namespace ihe::test
