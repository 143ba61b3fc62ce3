// The query faults that bend the C-FIND matching rules really make the Image Manager misbehave, and the
// conformant actor answers the same identifiers by the rules (PS3.4 C.2.2.2, C.4.1.1.4).
#include "tests/component/image_manager/image_manager_fixture.h"

namespace ihe::test {
namespace {

using dicom::DicomDataset;
using dicom::Vr;
namespace fault = actors::image_manager::fault;

// PAT001's study (DOE^JOHN, Study Date 20261128) with `key` added.
DicomDataset study_query(dicom::Tag key, Vr vr, const std::string& value) {
  DicomDataset keys;
  keys.set({0x0008, 0x0052}, Vr::CS, "STUDY").set({0x0020, 0x000D}, Vr::UI, "");
  keys.set({0x0010, 0x0020}, Vr::LO, "PAT001").set(key, vr, value);
  return keys;
}

DicomDataset wildcard() {
  return study_query({0x0010, 0x0010}, Vr::PN, "DO?^J*");
}
DicomDataset past_range() {
  return study_query({0x0008, 0x0020}, Vr::DA, "19000101-19001231");
}
DicomDataset nobody() {
  return study_query({0x0008, 0x0050}, Vr::SH, "NO-SUCH-ACC");
}

// PAT001's study holds 2 series, 3 instances.
DicomDataset counts() {
  return study_query({0x0020, 0x1208}, Vr::IS, "");
}

class QueryFaultTest : public ImageManagerTest {};

TEST_F(QueryFaultTest, ConformantActorFollowsTheMatchingRules) {
  start();
  store(sample_images());
  EXPECT_EQ(find(wildcard()).matches.size(), 1u);
  EXPECT_EQ(find(past_range()).matches.size(), 0u);
  const auto none = find(nobody());
  EXPECT_EQ(none.status, 0x0000);
  EXPECT_TRUE(none.matches.empty());
  const auto study = find(counts());
  ASSERT_EQ(study.matches.size(), 1u);
  EXPECT_EQ(study.matches[0].string({0x0020, 0x1208}), "3");
}

TEST_F(QueryFaultTest, WildcardLiteral) {
  start({fault::kQueryWildcardLiteral});
  store(sample_images());
  EXPECT_TRUE(find(wildcard()).matches.empty());  // DOE^JOHN should match DO?^J*
}

TEST_F(QueryFaultTest, IgnoreDateRange) {
  start({fault::kQueryIgnoreDateRange});
  store(sample_images());
  EXPECT_EQ(find(past_range()).matches.size(), 1u);  // the study of 20261128 is outside 1900
}

TEST_F(QueryFaultTest, NoMatchError) {
  start({fault::kQueryNoMatchError});
  store(sample_images());
  const auto none = find(nobody());
  EXPECT_EQ(none.status, 0xC001);
  EXPECT_TRUE(none.matches.empty());
  EXPECT_EQ(find(wildcard()).status, 0x0000);  // a search with matches still ends well
}

TEST_F(QueryFaultTest, CountSeriesAsInstances) {
  start({fault::kQueryCountSeriesAsInstances});
  store(sample_images());
  const auto study = find(counts());
  ASSERT_EQ(study.matches.size(), 1u);
  EXPECT_EQ(study.matches[0].string({0x0020, 0x1208}), "2");  // the number of series, not of instances
}

}  // namespace
}  // namespace ihe::test
