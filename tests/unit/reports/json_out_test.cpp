#include "reports/writers/json_out.h"

#include <gtest/gtest.h>

#include "base/harness_error.h"

namespace ihe::reports {
namespace {

TEST(JsonOut, WritesNestedObjectsAndArraysWithCommasAndIndentation) {
  JsonOut out;
  out.begin_object().member("a", 1).member("b", "x\"y").key("c").begin_array();
  out.value(true).begin_object().end_object().strings({"p", "q"}).end_array();
  out.key("d").begin_array().end_array().end_object();
  EXPECT_EQ(out.str(),
            "{\n  \"a\": 1,\n  \"b\": \"x\\\"y\",\n  \"c\": [\n    true,\n    {},\n    [\n      \"p\",\n"
            "      \"q\"\n    ]\n  ],\n  \"d\": []\n}\n");
}

TEST(JsonOut, MisuseIsAHarnessBug) {
  EXPECT_THROW(JsonOut().begin_object().value("no key"), HarnessError);
  EXPECT_THROW(JsonOut().begin_array().key("k"), HarnessError);
  EXPECT_THROW(JsonOut().begin_object().end_array(), HarnessError);
  EXPECT_THROW(JsonOut().begin_object().str(), HarnessError);
  EXPECT_THROW(JsonOut().value(1).value(2), HarnessError);
}

}  // namespace
}  // namespace ihe::reports
