#include "actors/common/endpoint.h"

#include <gtest/gtest.h>

#include "base/harness_error.h"

namespace ihe::actors {
namespace {

TEST(Endpoint, ParsesDicomAndHl7Forms) {
  EXPECT_EQ(Endpoint::parse_dicom("ORTHANC@127.0.0.1:4242"), (Endpoint{"ORTHANC", "127.0.0.1", 4242}));
  EXPECT_EQ(Endpoint::parse_hl7("localhost:2575"), (Endpoint{"", "localhost", 2575}));
  EXPECT_EQ(Endpoint::parse_dicom("A@h:1").to_string(), "A@h:1");
}

TEST(Endpoint, NamesThePartAtFault) {
  try {
    Endpoint::parse_dicom("X@127.0.0.1:99999");
    FAIL() << "no error";
  } catch (const HarnessError& e) {
    EXPECT_STREQ(e.what(), "'X@127.0.0.1:99999': port must be 1-65535");
  }
  EXPECT_THROW(Endpoint::parse_dicom("127.0.0.1:104"), HarnessError);
  EXPECT_THROW(Endpoint::parse_hl7("127.0.0.1"), HarnessError);
  EXPECT_THROW(Endpoint::parse_dicom("TOO_LONG_AE_TITLE_X@h:104"), HarnessError);
}

TEST(Endpoint, AeTitleRulesFollowPs35) {
  EXPECT_EQ(ae_title_problem("MODALITY1"), "");
  EXPECT_NE(ae_title_problem(""), "");
  EXPECT_NE(ae_title_problem("    "), "");
  EXPECT_NE(ae_title_problem("A\\B"), "");
  EXPECT_NE(ae_title_problem("ABCDEFGHIJKLMNOPQ"), "");
}

}  // namespace
}  // namespace ihe::actors
