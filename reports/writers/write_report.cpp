#include "reports/writers/write_report.h"

#include <cctype>
#include <fstream>
#include <set>
#include <system_error>

#include "base/harness_error.h"
#include "reports/writers/junit_xml.h"
#include "reports/writers/report_html.h"
#include "reports/writers/report_json.h"

namespace ihe::reports {
namespace {

// Written beside its final name and renamed, so a reader (a CI job, a browser) never sees half a file.
void write_file(const std::filesystem::path& path, const std::string& text) {
  auto partial = path;
  partial += ".partial";
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) throw HarnessError(path.string() + ": cannot write the report file");
  }
  std::error_code ec;
  std::filesystem::rename(partial, path, ec);
  if (ec) throw HarnessError(path.string() + ": cannot write the report file: " + ec.message());
}

// Evidence ids come from the runner ("E0007"); anything but [A-Za-z0-9._-] is replaced so an id can never
// name a path outside evidence/, and a name already taken gets the evidence's position appended.
void write_evidence_files(const RunReport& report, const std::filesystem::path& folder) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) throw HarnessError(folder.string() + ": cannot create the evidence folder: " + ec.message());
  std::set<std::string> taken;
  for (std::size_t i = 0; i < report.evidence.size(); ++i) {
    const auto& evidence = report.evidence[i];
    std::string stem;
    for (const char c : evidence.id)
      stem += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '_';
    if (stem.empty() || taken.count(stem) > 0) stem += "-" + std::to_string(i + 1);
    taken.insert(stem);
    write_file(folder / (stem + (evidence.kind == EvidenceKind::Hl7Message ? ".hl7" : ".txt")),
               evidence.content);
  }
}

}  // namespace

void write_report(const RunReport& report, const std::filesystem::path& out_dir) {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) throw HarnessError(out_dir.string() + ": cannot create the report folder: " + ec.message());
  write_file(out_dir / "report.json", report_json(report));
  write_file(out_dir / "junit.xml", junit_xml(report));
  write_file(out_dir / "report.html", report_html(report));
  write_evidence_files(report, out_dir / "evidence");
}

}  // namespace ihe::reports
