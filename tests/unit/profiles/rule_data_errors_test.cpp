// A typo in any rule file fails the load with FILE:LINE naming it: a rule silently ignored would let a
// broken product pass.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/harness_error.h"
#include "profiles/model/rule_set.h"
#include "tests/support/net_util.h"

namespace ihe::profiles {
namespace {

namespace fs = std::filesystem;

// Copies the shipped data, replaces `from` by `to` in `file` and returns the load error, which must name
// FILE:LINE of the replaced text.
std::string load_error(const std::string& file, const std::string& from, const std::string& to) {
  ihe::test::TempDir dir;
  fs::copy(RuleSet::default_data_dir(), dir.path() / "data", fs::copy_options::recursive);
  const fs::path target = dir.path() / "data" / file;
  std::stringstream text;
  text << std::ifstream(target).rdbuf();
  std::string content = text.str();
  const auto at = content.find(from);
  if (at == std::string::npos) return "test bug: '" + from + "' not in " + file;
  const auto line = 1 + std::count(content.begin(), content.begin() + static_cast<long>(at), '\n');
  content.replace(at, from.size(), to);
  std::ofstream(target) << content;
  try {
    RuleSet::load(dir.path() / "data");
  } catch (const HarnessError& e) {
    const std::string message = e.what();
    const std::string where = target.string() + ":" + std::to_string(line) + ":";
    EXPECT_NE(message.find(where), std::string::npos) << message << "\nexpected " << where;
    return message;
  }
  return "loaded without error";
}

TEST(RuleDataErrors, UnknownAttributeOnATransaction) {
  EXPECT_NE(
      load_error("swf-b.xml", "protocol=\"hl7\"", "protocl=\"hl7\"").find("unknown attribute 'protocl'"),
      std::string::npos);
}

TEST(RuleDataErrors, UnknownActorInARequirement) {
  EXPECT_NE(
      load_error("swf-b.xml", "actor=\"MOD\" transaction=\"RAD-5\"", "actor=\"MDO\" transaction=\"RAD-5\"")
          .find("unknown actor 'MDO'"),
      std::string::npos);
}

TEST(RuleDataErrors, UnknownElementInAnHl7Message) {
  EXPECT_NE(
      load_error("transactions/rad-004.xml", "<cardinality segment=\"ORC\"", "<cardinalty segment=\"ORC\"")
          .find("unknown element <cardinalty>"),
      std::string::npos);
}

TEST(RuleDataErrors, UndeclaredCitation) {
  EXPECT_NE(load_error("hl7/segments/order.xml", "spec=\"tf2-ipc\"/>", "spec=\"tf2-icp\"/>")
                .find("unknown citation"),
            std::string::npos);
}

TEST(RuleDataErrors, UsageCodeThatHl7DoesNotKnow) {
  EXPECT_NE(load_error("hl7/segments/patient.xml", "usage=\"RE\"", "usage=\"R2\"").find("usage must be"),
            std::string::npos);
}

TEST(RuleDataErrors, UnknownMessageStructure) {
  EXPECT_NE(load_error("transactions/rad-001.xml", "structure=\"ADT_A09\"", "structure=\"ADT_A99\"")
                .find("unknown message structure"),
            std::string::npos);
}

TEST(RuleDataErrors, UnbalancedGrammar) {
  EXPECT_NE(load_error("hl7/structures.xml", "[{SFT}] EVN PID [PD1] PV1 [PV2] [{DB1}] [{OBX}] [DG1]",
                       "[{SFT}] EVN PID [PD1 PV1 [PV2] [{DB1}] [{OBX}] [DG1]")
                .find("grammar"),
            std::string::npos);
}

TEST(RuleDataErrors, TagNotWrittenAsGroupElement) {
  EXPECT_NE(
      load_error("transactions/rad-006.xml", "tag=\"(0040,0253)\"", "tag=\"(0040,253)\"").find("not a tag"),
      std::string::npos);
}

TEST(RuleDataErrors, DicomTypeThatIsNone) {
  EXPECT_NE(load_error("transactions/rad-005.xml", "type=\"2\"", "type=\"4\"").find("type must be"),
            std::string::npos);
}

TEST(RuleDataErrors, RulesForATransactionTheProfileLacks) {
  EXPECT_NE(load_error("transactions/rad-049.xml", "id=\"RAD-49\"", "id=\"RAD-94\"")
                .find("has no transaction RAD-94"),
            std::string::npos);
}

TEST(RuleDataErrors, UnknownMessageKindInACopyRule) {
  EXPECT_NE(load_error("copy-rules/swf-b.xml", "to=\"image\"", "to=\"imgae\"").find("unknown message kind"),
            std::string::npos);
}

TEST(RuleDataErrors, ConditionalFieldWithoutItsCondition) {
  EXPECT_NE(load_error("hl7/segments/msh.xml", "usage=\"C\" when=\"non-ascii\"", "usage=\"C\"")
                .find("usage C needs its condition"),
            std::string::npos);
}

TEST(RuleDataErrors, ConditionOnAFieldThatIsNotConditional) {
  EXPECT_NE(load_error("hl7/segments/msh.xml", "usage=\"C\" when=", "usage=\"O\" when=")
                .find("'when' is only for usage C"),
            std::string::npos);
}

TEST(RuleDataErrors, ConditionOutsideTheVocabulary) {
  const std::string error = load_error("hl7/segments/patient.xml", "when=\"PV1-2 = I or MSH-9.2 = A01\"",
                                       "when=\"PV1-2 ~ I or MSH-9.2 = A01\"");
  EXPECT_NE(error.find("'PV1-2 ~ I' is none of"), std::string::npos) << error;
  EXPECT_NE(load_error("hl7/segments/patient.xml", "empty PV1-19", "empty PV1-x").find("names no field"),
            std::string::npos);
}

}  // namespace
}  // namespace ihe::profiles
