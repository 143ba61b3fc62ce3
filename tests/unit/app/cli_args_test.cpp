#include "app/cli_args.h"

#include <gtest/gtest.h>

#include "base/harness_error.h"

namespace ihe::app {
namespace {

const OptionSpec kSpec{.with_value = {"to", "timeout"}, .switches = {"verbose"}};

TEST(CliArgs, SeparatesOptionsFromPositionals) {
  const auto args = CliArgs::parse("hl7 send", {"--to", "127.0.0.1:2575", "a.hl7", "--verbose", "b.hl7"}, kSpec);
  EXPECT_EQ(args.require("to"), "127.0.0.1:2575");
  EXPECT_TRUE(args.has("verbose"));
  EXPECT_EQ(args.positional(), (std::vector<std::string>{"a.hl7", "b.hl7"}));
}

TEST(CliArgs, AcceptsInlineValues) {
  const auto args = CliArgs::parse("x", {"--timeout=5"}, kSpec);
  EXPECT_EQ(args.get_int("timeout", 1, 1, 60), 5);
}

TEST(CliArgs, RejectsUnknownOptionNamingIt) {
  try {
    CliArgs::parse("hl7 send", {"--bogus"}, kSpec);
    FAIL() << "no exception";
  } catch (const HarnessError& e) {
    EXPECT_STREQ(e.what(), "hl7 send: unknown option --bogus (see --help)");
  }
}

TEST(CliArgs, RejectsMissingValue) { EXPECT_THROW(CliArgs::parse("x", {"--to"}, kSpec), HarnessError); }

TEST(CliArgs, RejectsOutOfRangeNumber) {
  const auto args = CliArgs::parse("x", {"--timeout", "0"}, kSpec);
  EXPECT_THROW(args.get_int("timeout", 1, 1, 60), HarnessError);
  const auto text = CliArgs::parse("x", {"--timeout", "5s"}, kSpec);
  EXPECT_THROW(text.get_int("timeout", 1, 1, 60), HarnessError);
}

TEST(CliArgs, RequireNamesTheMissingOption) {
  const auto args = CliArgs::parse("dicom echo", {}, kSpec);
  EXPECT_THROW(
      {
        try {
          args.require("to");
        } catch (const HarnessError& e) {
          EXPECT_STREQ(e.what(), "dicom echo: --to is required (see --help)");
          throw;
        }
      },
      HarnessError);
}

}  // namespace
}  // namespace ihe::app
