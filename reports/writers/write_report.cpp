#include "reports/writers/write_report.h"

#include <fstream>
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

}  // namespace

void write_report(const RunReport& report, const std::filesystem::path& out_dir) {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) throw HarnessError(out_dir.string() + ": cannot create the report folder: " + ec.message());
  write_file(out_dir / "report.json", report_json(report));
  write_file(out_dir / "junit.xml", junit_xml(report));
  write_file(out_dir / "report.html", report_html(report));
}

}  // namespace ihe::reports
