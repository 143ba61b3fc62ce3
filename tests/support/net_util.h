#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

namespace ihe::test {

// A TCP port on 127.0.0.1 that was free a moment ago (bound to port 0, then released). Peers that cannot
// listen on port 0 themselves (DCMTK tools, Orthanc) get one of these.
std::uint16_t free_port();

// True once something accepts TCP connections on 127.0.0.1:port, false when the timeout passes first.
bool wait_for_port(std::uint16_t port, std::chrono::milliseconds timeout);

// A fresh folder under the system temp directory, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// The folder this repository's checkout lives in (for tests/peers/node and sample files).
std::filesystem::path source_dir();

// Absolute path of the ihe-harness executable of this build.
std::filesystem::path harness_binary();

}  // namespace ihe::test
