#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "base/harness_error.h"
#include "tests/support/harness_error_text.h"
#include "tests/support/net_util.h"

namespace ihe::reports::test {

// Writes `text` as NAME in a fresh folder and runs `read` on it; the message a bad file gives must be
// exactly "PATH:LINE: what" so a user finds the line.
class ReaderFile {
 public:
  explicit ReaderFile(const std::string& text, const std::string& name = "file.xml") : path_(dir_ / name) {
    std::ofstream(path_) << text;
  }
  const std::filesystem::path& path() const { return path_; }

  template <typename Read>
  std::string error_of(Read read) const {
    return ihe::test::harness_error_of([&] { read(path_); });
  }
  std::string at(int line, const std::string& message) const {
    return path_.string() + ":" + std::to_string(line) + ": " + message;
  }

 private:
  ihe::test::TempDir dir_;
  std::filesystem::path path_;
};

}  // namespace ihe::reports::test
