// validation_bench: how fast the validators are on one core, next to dciodvfy on the same object.
//   HL7:   the RAD-4 OMI^O23 sample, parse + validate (target: >= 100,000 messages/s), parse alone and
//          validate alone
//   DICOM: the RAD-8 image sample against its attribute table (target: >= 10,000 data sets/s)
//   dciodvfy: the same image as a Part 10 file, one process per object (its own start-up included, as a
//   user runs it)
// usage: validation_bench [SECONDS per measurement, default 2]
//        validation_bench --count N   load-independent figures for a loaded machine: heap allocations per
//                                     message of each HL7 phase, then N parse + validate runs in
//                                     hl7_parse_and_validate_n() for instruction counts with
//                                     valgrind --tool=callgrind --collect-atstart=no
//                                       --toggle-collect='*hl7_parse_and_validate_n*'
#include <fmt/core.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "actors/hl7/parse.h"
#include "actors/net/dicom/conversion/dicom_file.h"
#include "tests/unit/validation/samples.h"
#include "validation/dicom_validator.h"
#include "validation/hl7_validator.h"

// Every heap allocation of the process is counted (operator new replaced), so allocations per message can
// be read off without a profiler.
namespace {
std::atomic<std::size_t> g_allocations{0};
}  // namespace

void* operator new(std::size_t size) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}

namespace {

using Clock = std::chrono::steady_clock;

struct Rate {
  double best = 0;    // the fastest window: the core as uncontended as this machine gets
  double median = 0;  // a typical window
};

// Runs `once` for `seconds`, split in kWindows windows, and returns calls per second of the best and the
// median window. On a shared virtual machine a 2 s average swings by half with what its neighbours do
// (80,000 to 146,000 HL7 messages/s on an idle guest); the best window is the one-core figure the targets
// mean, the median what a busy host gives.
template <typename F>
Rate rate(double seconds, F once) {
  constexpr int kWindows = 10;
  std::vector<double> rates;
  for (int w = 0; w < kWindows; ++w) {
    const auto start = Clock::now();
    std::size_t calls = 0;
    std::chrono::duration<double> elapsed{0};
    do {
      for (int i = 0; i < 100; ++i) once();
      calls += 100;
      elapsed = Clock::now() - start;
    } while (elapsed.count() < seconds / kWindows);
    rates.push_back(static_cast<double>(calls) / elapsed.count());
  }
  std::sort(rates.begin(), rates.end());
  return {rates.back(), rates[rates.size() / 2]};
}

double dciodvfy_rate(const std::filesystem::path& file, int runs) {
  const std::string command = "dciodvfy '" + file.string() + "' >/dev/null 2>&1";
  const auto start = Clock::now();
  for (int i = 0; i < runs; ++i)
    if (std::system(command.c_str()) == -1) return 0;
  return runs / std::chrono::duration<double>(Clock::now() - start).count();
}

namespace v = ihe::validation;

// Heap allocations per call of `once` (the average of 1000 calls).
template <typename F>
double allocations_per_call(F once) {
  once();  // first-use allocations (statics) are not per message
  const std::size_t before = g_allocations.load();
  for (int i = 0; i < 1000; ++i) once();
  return static_cast<double>(g_allocations.load() - before) / 1000.0;
}

[[gnu::noinline]] std::size_t hl7_parse_and_validate_n(const std::string& er7,
                                                       const ihe::profiles::Hl7TransactionRules& rules,
                                                       std::size_t n) {
  std::size_t findings = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto parsed = ihe::hl7::parse(er7);
    findings += v::validate_hl7(parsed.message(), rules).size();
  }
  return findings;
}

int count_mode(std::size_t n) {
  const std::string er7 = v::test::data_text("rad-004-omi-o23.hl7");
  const auto& rad4 = v::test::hl7_rules("RAD-4");
  const auto message = v::test::data_message("rad-004-omi-o23.hl7");
  std::size_t findings = 0;
  const double full = allocations_per_call([&] { findings += hl7_parse_and_validate_n(er7, rad4, 1); });
  const double parse = allocations_per_call([&] { findings += ihe::hl7::parse(er7).ok() ? 0 : 1; });
  const double rules = allocations_per_call([&] { findings += v::validate_hl7(message, rad4).size(); });
  findings += hl7_parse_and_validate_n(er7, rad4, n);
  fmt::print("validation_bench --count {} ({} findings on the conformant sample)\n", n, findings);
  fmt::print(
      "  HL7 RAD-4 OMI^O23 heap allocations per message: parse + validate {:.1f}, parse {:.1f}, "
      "validate {:.1f}\n",
      full, parse, rules);
  return findings == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 2 && std::strcmp(argv[1], "--count") == 0)
    return count_mode(static_cast<std::size_t>(std::atol(argv[2])));
  const double seconds = argc > 1 ? std::atof(argv[1]) : 2.0;
  std::size_t findings = 0;

  const std::string er7 = v::test::data_text("rad-004-omi-o23.hl7");
  const auto& rad4 = v::test::hl7_rules("RAD-4");
  const auto message = v::test::data_message("rad-004-omi-o23.hl7");
  const Rate hl7_full = rate(seconds, [&] {
    const auto parsed = ihe::hl7::parse(er7);
    findings += v::validate_hl7(parsed.message(), rad4).size();
  });
  const Rate hl7_parse_only = rate(seconds, [&] { findings += ihe::hl7::parse(er7).ok() ? 0 : 1; });
  const Rate hl7_rules_only = rate(seconds, [&] { findings += v::validate_hl7(message, rad4).size(); });

  const auto image = v::test::sc_image();
  const auto& image_rules = v::test::dataset_rules("RAD-8", "image");
  const Rate dicom = rate(seconds, [&] { findings += v::validate_dicom(image, image_rules).size(); });
  const auto mpps = v::test::mpps_create();
  const auto& mpps_rules = v::test::dataset_rules("RAD-6", "mpps-n-create");
  const Rate dicom_mpps = rate(seconds, [&] { findings += v::validate_dicom(mpps, mpps_rules).size(); });

  const auto file = std::filesystem::temp_directory_path() / "validation_bench_image.dcm";
  if (ihe::net::write_dicom_file(file, image)) {
    fmt::print(stderr, "validation_bench: cannot write {}\n", file.string());
    return 2;
  }
  const Rate read_and_validate = rate(seconds, [&] {
    const auto read = ihe::net::read_dicom_file(file);
    findings += v::validate_dicom(read.dataset, image_rules).size();
  });
  const double external = dciodvfy_rate(file, 50);
  std::filesystem::remove(file);

  fmt::print(
      "validation_bench, one core, {} s per measurement in 10 windows: best window (median window); {} "
      "findings on conformant samples\n",
      seconds, findings);
  const auto line = [](std::string_view what, Rate r, std::string_view unit, std::string_view note) {
    fmt::print("  {:<36} {:>9.0f} ({:>7.0f}) {}{}\n", what, r.best, r.median, unit, note);
  };
  line("HL7 RAD-4 OMI^O23 parse + validate", hl7_full, "messages/s", "  (target >= 100000)");
  line("HL7 RAD-4 OMI^O23 parse only", hl7_parse_only, "messages/s", "");
  line("HL7 RAD-4 OMI^O23 validate only", hl7_rules_only, "messages/s", "");
  line("DICOM RAD-8 image header", dicom, "data sets/s", " (target >= 10000)");
  line("DICOM RAD-6 MPPS N-CREATE", dicom_mpps, "data sets/s", "");
  line("DICOM RAD-8 read Part 10 + validate", read_and_validate, "files/s", "");
  fmt::print("  {:<36} {:>9.1f} files/s (a process per file)\n", "dciodvfy on the same image file", external);
  return findings == 0 ? 0 : 1;
}
