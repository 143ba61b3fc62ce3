// C-STORE benchmark on loopback: our SCU (DicomAssociation::store_file) against DCMTK's storescu, both
// sending to the same stock storescp in the same run, and our SCU into our own SCP (DicomServer). Figures:
// small stores per second and 0.5 MB image throughput. Counts and time are bounded; nothing leaves
// 127.0.0.1.
#include <fmt/core.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "actors/net/dicom/scp/dicom_server.h"
#include "actors/net/dicom/scu/dicom_association.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"
#include "tests/support/peers/dicom_servers.h"
#include "tests/support/peers/test_images.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Figure {
  std::size_t count = 0;
  double seconds = 0;
  double bytes = 0;
  double per_second() const { return count / seconds; }
  double megabytes_per_second() const { return bytes / seconds / (1024.0 * 1024.0); }
};

std::vector<fs::path> make_images(const fs::path& dir, const std::string& prefix, std::size_t count, int size) {
  fs::create_directories(dir);
  std::vector<fs::path> files;
  for (std::size_t i = 0; i < count; ++i) {
    const auto file = dir / fmt::format("{}{:04}.dcm", prefix, i);
    ihe::test::write_test_image(file, {.sop_instance_uid = fmt::format("2.25.{}{}", size, i + 1),
                                       .rows = size, .columns = size});
    files.push_back(file);
  }
  return files;
}

double total_bytes(const std::vector<fs::path>& files, std::size_t count) {
  double bytes = 0;
  for (std::size_t i = 0; i < count; ++i) bytes += static_cast<double>(fs::file_size(files[i]));
  return bytes;
}

// One association, one file after the other, stopping early at the time limit.
Figure ours(const std::string& ae_title, std::uint16_t port, const std::vector<fs::path>& files,
            std::chrono::seconds limit) {
  const auto started = Clock::now();
  ihe::net::DicomAssociation association({.calling_ae = "BENCH", .called_ae = ae_title, .host = "127.0.0.1",
                                          .port = port, .contexts = ihe::net::contexts::storage_for_files(files)});
  if (const auto opened = association.open(); !opened.ok()) throw std::runtime_error(opened.detail);
  Figure figure;
  for (const auto& file : files) {
    const auto result = association.store_file(file);
    if (!result.ok() || result.status != 0) throw std::runtime_error("store failed: " + result.detail);
    ++figure.count;
    if (Clock::now() - started > limit) break;
  }
  association.release();
  figure.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  figure.bytes = total_bytes(files, figure.count);
  return figure;
}

// DCMTK's storescu sending the files over one association (its default), process start included.
Figure storescu(const std::string& ae_title, std::uint16_t port, const std::vector<fs::path>& files,
                const fs::path& log) {
  std::vector<std::string> argv{"storescu", "-aet", "BENCH", "-aec", ae_title, "127.0.0.1", std::to_string(port)};
  for (const auto& file : files) argv.push_back(file.string());
  const auto started = Clock::now();
  if (ihe::test::run_command(argv, log, std::chrono::seconds(120)) != 0)
    throw std::runtime_error("storescu failed, see " + log.string());
  return {files.size(), std::chrono::duration<double>(Clock::now() - started).count(), total_bytes(files, files.size())};
}

void print_row(const std::string& label, const Figure& figure, bool throughput) {
  if (throughput)
    fmt::print("  {:<34} {:>5} files {:>8.3f} s {:>10.1f} MB/s\n", label, figure.count, figure.seconds,
               figure.megabytes_per_second());
  else
    fmt::print("  {:<34} {:>5} files {:>8.3f} s {:>10.1f} stores/s\n", label, figure.count, figure.seconds,
               figure.per_second());
}

void print_ratio(double ratio, double target) {
  fmt::print("  {:<34} {:>10.1f}x   target >= {:.0f}x: {}\n\n", "ours / storescu", ratio, target,
             ratio >= target ? "met" : "MISSED");
}

}  // namespace

int main() {
  ihe::test::TempDir dir;
  fmt::print("generating synthetic Secondary Capture images ...\n");
  const auto small = make_images(dir / "small", "s", 300, 16);          // 16x16x16 bit, ~1 KB each
  const auto large = make_images(dir / "large", "l", 100, 512);         // 512x512x16 bit, 0.5 MB pixel data
  const std::vector<fs::path> large_for_storescu(large.begin(), large.begin() + 40);
  const std::vector<fs::path> small_for_storescu(small.begin(), small.begin() + 30);
  // Both clients send to this one storescp: --ignore keeps its disk out of the figures, and a 128 KB
  // maximum PDU (PS3.8 D.1) is what both SCUs then use for their P-DATA-TF PDUs.
  ihe::test::StorescpServer storescp(dir / "storescp", "STORESCP", {"--ignore", "--max-pdu", "131072"});
  fmt::print("storescp --ignore --max-pdu 131072 as STORESCP on 127.0.0.1:{}\n\n", storescp.port());

  fmt::print("small C-STORE round trips (one association)\n");
  const Figure small_ours = ours("STORESCP", storescp.port(), small, std::chrono::seconds(10));
  const Figure small_dcmtk = storescu("STORESCP", storescp.port(), small_for_storescu, dir / "storescu-small.log");
  print_row("(a) our SCU -> storescp", small_ours, false);
  print_row("(b) storescu -> storescp", small_dcmtk, false);
  print_ratio(small_ours.per_second() / small_dcmtk.per_second(), 100);

  fmt::print("0.5 MB images (one association)\n");
  const Figure large_ours = ours("STORESCP", storescp.port(), large, std::chrono::seconds(20));
  const Figure large_dcmtk = storescu("STORESCP", storescp.port(), large_for_storescu, dir / "storescu-large.log");
  print_row("(a) our SCU -> storescp", large_ours, true);
  print_row("(b) storescu -> storescp", large_dcmtk, true);
  print_ratio(large_ours.megabytes_per_second() / large_dcmtk.megabytes_per_second(), 30);

  // Our SCP keeps nothing either: its handler answers Success to the data set it received in memory.
  ihe::net::HandlerRegistry registry;
  registry.on_store("1.2.840.10008.5.1.4.1.1.7", [](const ihe::net::StoreRequest&) -> std::uint16_t { return 0; });
  ihe::net::ServerConfig config;
  config.ae_titles = {"HARNESS"};
  config.port = ihe::test::free_port();
  ihe::net::DicomServer server(config, std::move(registry));
  server.start();
  fmt::print("our SCP (DicomServer, in-memory store handler) as HARNESS on 127.0.0.1:{}\n", server.port());
  print_row("(c) our SCU -> our SCP, small", ours("HARNESS", server.port(), small, std::chrono::seconds(10)), false);
  print_row("(c) our SCU -> our SCP, 0.5 MB", ours("HARNESS", server.port(), large, std::chrono::seconds(20)), true);
  server.stop();
  return 0;
}
