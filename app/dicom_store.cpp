#include <fmt/core.h>

#include <algorithm>
#include <filesystem>

#include "app/command.h"
#include "app/dicom_cli.h"

namespace ihe::app {
namespace {

namespace fs = std::filesystem;
constexpr std::string_view kName = "dicom store";

// The files to send: each FILE as given, each DIR's DICOM files recursively in name order. A named file
// that is missing or not DICOM is a usage error; non-DICOM files inside a folder are skipped.
std::vector<fs::path> collect_files(const std::vector<std::string>& arguments, std::size_t& skipped) {
  std::vector<fs::path> files;
  for (const auto& argument : arguments) {
    std::error_code ec;
    if (fs::is_directory(argument, ec)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::recursive_directory_iterator(argument, ec))
        if (entry.is_regular_file()) found.push_back(entry.path());
      std::sort(found.begin(), found.end());
      for (auto& file : found) {
        if (net::read_sop_info(file))
          files.push_back(std::move(file));
        else
          ++skipped;
      }
    } else if (!fs::exists(argument, ec)) {
      throw HarnessError(fmt::format("{}: '{}': no such file or directory", kName, argument));
    } else if (!net::read_sop_info(argument)) {
      throw HarnessError(fmt::format("{}: '{}': not a DICOM file (no Part 10 meta header)", kName, argument));
    } else {
      files.emplace_back(argument);
    }
  }
  if (files.empty()) throw HarnessError(fmt::format("{}: no DICOM files to send", kName));
  return files;
}

int run(const std::vector<std::string>& argv) {
  const CliArgs args = CliArgs::parse(kName, argv, kDicomScuOptions);
  if (args.positional().empty()) throw HarnessError(std::string(kName) + ": give at least one FILE or DIR");
  auto params = dicom_association_params(std::string(kName), args);
  std::size_t skipped = 0;
  const auto files = collect_files(args.positional(), skipped);
  params.contexts = net::contexts::storage_for_files(files);

  net::DicomAssociation association(params);
  if (const auto opened = association.open(); !opened.ok()) {
    fmt::print(stderr, "ihe-harness: {}: {} ({})\n", kName, opened.detail, opened.error.message());
    return 1;
  }
  std::size_t stored = 0;
  for (const auto& file : files) {
    const net::DimseResult result = association.store_file(file);
    const bool ok = result.ok() &&
                    (result.kind() == net::StatusKind::Success || result.kind() == net::StatusKind::Warning);
    if (result.ok())
      fmt::print("{}: {}\n", file.string(), result.status_text());
    else
      fmt::print("{}: not stored: {}\n", file.string(), result.detail);
    stored += ok ? 1 : 0;
  }
  if (association.is_open()) association.release();
  fmt::print("{} of {} stored at {}@{}:{}{}\n", stored, files.size(), params.called_ae, params.host,
             params.port, skipped > 0 ? fmt::format(" ({} non-DICOM files skipped)", skipped) : "");
  if (stored == files.size()) return 0;
  fmt::print(stderr, "ihe-harness: {}: {} of {} files not stored\n", kName, files.size() - stored,
             files.size());
  return 1;
}

}  // namespace

extern const Command kDicomStore{
    "dicom store", "send DICOM files to a peer (C-STORE, PS3.4 B)",
    "usage: ihe-harness dicom store --to AET@HOST:PORT [--from AET] [--timeout S] FILE|DIR...\n\n"
    "Sends every FILE, and every DICOM file found under each DIR (recursively), over one association, each\n"
    "file streamed from disk in its own transfer syntax when the peer accepts it. Prints one line per file\n"
    "with the C-STORE response status, then a summary.\n\n"
    "  --to AET@HOST:PORT  the peer: its AE title, host and port\n"
    "  --from AET          our (calling) AE title, default HARNESS\n"
    "  --timeout S         deadline in seconds for connecting, negotiating and each response, default 10\n\n"
    "exit codes: 0 every file stored (Success or Warning); 1 the peer refused, failed or did not answer in\n"
    "            time for any file; 2 usage error (bad --to, a FILE missing or not DICOM)\n",
    run, nullptr};

}  // namespace ihe::app
