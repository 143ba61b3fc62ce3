// The shipped data loads, says what the digest says, and carries its unverified marks.
#include <gtest/gtest.h>

#include <algorithm>

#include "profiles/model/rule_set.h"

namespace ihe::profiles {
namespace {

const RuleSet& shipped() {
  static const RuleSet set = RuleSet::load(RuleSet::default_data_dir());
  return set;
}

TEST(RuleSet, ShippedDataHoldsTheThreeProfiles) {
  ASSERT_NE(shipped().find_profile("SWF.b"), nullptr);
  ASSERT_NE(shipped().find_profile("SWF"), nullptr);
  ASSERT_NE(shipped().find_profile("PIR"), nullptr);
  EXPECT_EQ(shipped().find_profile("SWF.b")->hl7_version, "2.5.1");
  EXPECT_EQ(shipped().find_profile("SWF")->hl7_version, "2.3.1");
}

TEST(RuleSet, SwfbListsRad1To16With48And49AndTheirBindings) {
  const Profile& swfb = *shipped().find_profile("SWF.b");
  for (const char* id : {"RAD-1", "RAD-2", "RAD-3", "RAD-4", "RAD-5", "RAD-6", "RAD-7", "RAD-8", "RAD-10",
                         "RAD-11", "RAD-12", "RAD-13", "RAD-14", "RAD-16", "RAD-48", "RAD-49"})
    EXPECT_NE(swfb.find_transaction(id), nullptr) << id;
  const Transaction& rad6 = *swfb.find_transaction("RAD-6");
  EXPECT_EQ(rad6.protocol, Protocol::Dicom);
  EXPECT_NE(rad6.binding.find("1.2.840.10008.3.1.2.3.3"), std::string::npos);
  EXPECT_EQ(swfb.find_transaction("RAD-4")->initiators, std::vector<std::string>{"OF"});
}

TEST(RuleSet, ActorTableRowsStayUnverifiedAsTheDigestSays) {
  const Profile& swfb = *shipped().find_profile("SWF.b");
  ASSERT_FALSE(swfb.requirements.empty());
  for (const auto& r : swfb.requirements) EXPECT_FALSE(r.meta.verified) << r.actor << " " << r.transaction;
  EXPECT_FALSE(swfb.find_transaction("RAD-48")->meta.verified);  // S14 membership unverified
  EXPECT_TRUE(swfb.find_transaction("RAD-4")->meta.verified);
}

TEST(RuleSet, Rad4RulesCarryTheOrcPairAndTheUnverifiedAssigningAuthority) {
  const auto* rules = shipped().hl7_rules("SWF.b", "RAD-4");
  ASSERT_NE(rules, nullptr);
  const MessageRules* omi = rules->find("OMI", "O23");
  ASSERT_NE(omi, nullptr);
  ASSERT_EQ(omi->pairs.size(), 1u);
  EXPECT_EQ(omi->pairs[0].allowed, (std::vector<std::pair<std::string, std::string>>{{"NW", "SC"}}));
  const auto pid34 = std::find_if(omi->fields.begin(), omi->fields.end(),
                                  [](const FieldRule& f) { return f.label() == "PID-3.4"; });
  ASSERT_NE(pid34, omi->fields.end());
  EXPECT_FALSE(pid34->meta.verified);
  EXPECT_EQ(severity_when_broken(pid34->meta), reports::Severity::Warning);
}

TEST(RuleSet, EveryRuleCarriesACitation) {
  for (const auto& profile : shipped().profiles()) {
    for (const auto& t : profile.transactions) {
      if (const auto* hl7 = shipped().hl7_rules(profile.id, t.id)) {
        for (const auto& m : hl7->messages)
          for (const auto& f : m.fields)
            EXPECT_FALSE(f.meta.spec.section.empty()) << t.id << " " << f.label();
      }
      if (const auto* dicom = shipped().dicom_rules(profile.id, t.id)) {
        for (const auto& d : dicom->datasets)
          for (const auto& a : d.top.attributes)
            EXPECT_FALSE(a.meta.spec.document.empty()) << t.id << " " << a.name;
      }
    }
  }
}

TEST(RuleSet, MppsNSetFinalStateRulesAreConditional) {
  const auto* rules = shipped().dicom_rules("SWF.b", "RAD-7");
  ASSERT_NE(rules, nullptr);
  const auto& top = rules->find("mpps-n-set")->top.attributes;
  const auto end_date = std::find_if(top.begin(), top.end(), [](auto& a) { return a.tag == 0x00400250u; });
  ASSERT_NE(end_date, top.end());
  EXPECT_EQ(end_date->type, AttributeType::Type1C);
  ASSERT_TRUE(end_date->condition.has_value());
  EXPECT_EQ(end_date->condition->values, (std::vector<std::string>{"COMPLETED", "DISCONTINUED"}));
}

TEST(RuleSet, CopyRulesRelateWorklistImageAndMpps) {
  const CopyRules* copy = shipped().copy_rules("SWF.b");
  ASSERT_NE(copy, nullptr);
  const auto has = [&](const char* from, const char* to) {
    return std::any_of(copy->rules.begin(), copy->rules.end(),
                       [&](auto& r) { return r.from == from && r.to == to; });
  };
  EXPECT_TRUE(has("rad-4", "mwl"));
  EXPECT_TRUE(has("mwl", "image"));
  EXPECT_TRUE(has("mwl", "mpps-create"));
}

}  // namespace
}  // namespace ihe::profiles
