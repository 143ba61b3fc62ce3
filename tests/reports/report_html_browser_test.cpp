// report.html opened in headless Debian Chromium: it renders (a non-empty PNG screenshot), its DOM after
// the script ran holds the claims table and an SVG sequence diagram per scenario, and the console stays
// silent. The page itself never logs, so any console line (script error, blocked fetch, CSP violation)
// is a defect; Chromium prints each as "...:CONSOLE(N)] ..." or "...:CONSOLE:N] ..." with
// --enable-logging=stderr. A deliberately broken page proves that check can fail.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "reports/writers/write_report.h"
#include "tests/reports/sample_report.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"

namespace ihe::reports {
namespace {

const std::filesystem::path kChromium = "/usr/bin/chromium";

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

class ReportHtmlInChromium : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kChromium))
      GTEST_SKIP() << kChromium << " is not installed (Debian package chromium; scripts/setup installs it)";
    write_report(test::hostile_run_report(), dir_.path());
  }

  // One headless run on `page` with the given action flags; returns Chromium's stdout + stderr.
  std::string chromium(const std::filesystem::path& page, std::vector<std::string> action) {
    std::vector<std::string> argv{
        kChromium.string(),        "--headless",     "--no-sandbox",
        "--disable-gpu",           "--no-first-run", "--disable-dev-shm-usage",
        "--enable-logging=stderr", "--v=0",          "--user-data-dir=" + (dir_ / "profile").string(),
        "--window-size=1280,2000"};
    argv.insert(argv.end(), action.begin(), action.end());
    argv.push_back("file://" + page.string());
    const auto log = dir_ / "chromium.log";
    const int rc = ihe::test::run_command(argv, log, std::chrono::seconds(30));
    const auto output = read(log);
    EXPECT_EQ(rc, 0) << output;
    return output;
  }

  static std::vector<std::string> console_lines(const std::string& output) {
    static const std::regex console(R"(:CONSOLE(\(\d+\)|:\d+)\])");
    std::vector<std::string> lines;
    std::istringstream in(output);
    for (std::string line; std::getline(in, line);)
      if (std::regex_search(line, console)) lines.push_back(line);
    return lines;
  }

  static std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) text += line + "\n";
    return text;
  }

  ihe::test::TempDir dir_;
};

TEST_F(ReportHtmlInChromium, RendersAScreenshotWithASilentConsole) {
  const auto png = dir_ / "report.png";
  const auto output = chromium(dir_ / "report.html", {"--screenshot=" + png.string()});
  const auto image = read(png);
  ASSERT_GT(image.size(), 5000u) << output;
  EXPECT_EQ(image.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  // IHDR width (big-endian, bytes 16..19) is the window width asked for.
  const auto byte = [&](std::size_t i) {
    return static_cast<unsigned>(static_cast<unsigned char>(image[i]));
  };
  EXPECT_EQ((byte(16) << 24) | (byte(17) << 16) | (byte(18) << 8) | byte(19), 1280u);
  EXPECT_TRUE(console_lines(output).empty()) << joined(console_lines(output));
}

TEST_F(ReportHtmlInChromium, DomHoldsTheClaimsTableAndASequenceDiagramPerScenario) {
  const auto output = chromium(dir_ / "report.html", {"--dump-dom"});
  EXPECT_NE(output.find("data-report-script=\"done\""), std::string::npos)
      << "the page script did not finish";
  EXPECT_NE(output.find("<table class=\"claims\" id=\"claims-table\">"), std::string::npos);
  EXPECT_EQ(count(output, "<tr class=\"claim\" id="), 2u);
  EXPECT_EQ(count(output, "<svg "), 2u);
  EXPECT_EQ(count(output, "class=\"arrow"), 10u);
  // The hostile HL7 and title text stayed text: no element came out of it.
  EXPECT_EQ(count(output, "<img"), 0u);
  EXPECT_EQ(count(output, "<script"), 1u);
  EXPECT_TRUE(console_lines(output).empty()) << joined(console_lines(output));
}

TEST_F(ReportHtmlInChromium, TheConsoleCheckCatchesABrokenPage) {
  auto html = read(dir_ / "report.html");
  html.insert(html.find("</body>"), "<script>undefinedReportFunction();</script>");
  std::ofstream(dir_ / "broken.html") << html;
  const auto lines = console_lines(chromium(dir_ / "broken.html", {"--dump-dom"}));
  ASSERT_EQ(lines.size(), 1u) << joined(lines);
  EXPECT_NE(lines[0].find("undefinedReportFunction is not defined"), std::string::npos) << lines[0];
}

}  // namespace
}  // namespace ihe::reports
