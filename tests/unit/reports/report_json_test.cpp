// report.json's structure is validated against its schema by tests/reports (python3-jsonschema); these
// check content and escaping in-process.
#include "reports/writers/report_json.h"

#include <gtest/gtest.h>

#include "tests/reports/sample_report.h"

namespace ihe::reports {
namespace {

TEST(ReportJson, StartsWithTheSchemaVersionAndCarriesOverallResultAndClaims) {
  const auto json = report_json(test::sample_run_report());
  EXPECT_EQ(json.rfind("{\n  \"schema_version\": " + std::to_string(RunReport::kSchemaVersion) + ",\n", 0),
            0u);
  EXPECT_NE(json.find("\"result\": \"FAIL\""), std::string::npos);
  EXPECT_NE(
      json.find(
          "\"profile\": \"PIR\",\n      \"actor\": \"IM\",\n      \"option\": \"\",\n      \"verdict\": "
          "\"FAIL\",\n      \"scenarios\": [\n        \"PIR-IM-020\"\n      ]"),
      std::string::npos)
      << json;
  EXPECT_NE(json.find("\"FAIL\": 1"), std::string::npos);
  EXPECT_NE(json.find("\"strength\": \"SHALL\""), std::string::npos);
}

TEST(ReportJson, HostileTextIsEscapedAndTheFileIsValidUtf8WithoutRawControls) {
  const auto json = report_json(test::hostile_run_report());
  EXPECT_NE(json.find(R"(Smith & Sons \"<b>Imaging</b>\")"), std::string::npos);
  EXPECT_NE(json.find(R"(\"quoted\" 'single'\u000b\u001c\r)"
                      "\xEF\xBF\xBD\xEF\xBF\xBD end"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("M\xC3\xBCller"), std::string::npos);
  for (const char c : json) {
    const auto u = static_cast<unsigned char>(c);
    EXPECT_TRUE(u >= 0x20 || c == '\n') << "raw control character " << static_cast<int>(u);
    EXPECT_TRUE(u != 0xFF && u != 0xFE) << "byte that is never UTF-8";
  }
}

}  // namespace
}  // namespace ihe::reports
