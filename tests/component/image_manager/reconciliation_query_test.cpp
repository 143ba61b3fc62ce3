// After patient reconciliation the Image Manager's C-FIND answers the new values at every level and the
// old ones nowhere (spec digest 4.2, 4.3).
#include "actors/image_manager/reconciliation.h"
#include "tests/component/image_manager/image_manager_fixture.h"

namespace ihe::test {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;

constexpr Tag kLevel{0x0008, 0x0052};
constexpr Tag kPatientId{0x0010, 0x0020};
constexpr Tag kPatientName{0x0010, 0x0010};
constexpr Tag kStudyUid{0x0020, 0x000D};
constexpr Tag kSeriesUid{0x0020, 0x000E};

DicomDataset keys_at(const std::string& level, const std::string& name) {
  DicomDataset keys;
  keys.set(kLevel, Vr::CS, level).set(kPatientName, Vr::PN, name).set(kPatientId, Vr::LO, "");
  if (level != "PATIENT") keys.set(kStudyUid, Vr::UI, level == "STUDY" ? "" : "2.25.1001");
  if (level == "IMAGE") keys.set(kSeriesUid, Vr::UI, "2.25.1002");
  return keys;
}

std::vector<std::string> names(const net::FindResult& result) {
  EXPECT_TRUE(result.ok()) << result.detail;
  std::vector<std::string> out;
  for (const auto& match : result.matches) out.push_back(match.string(kPatientName).value_or(""));
  return out;
}

TEST_F(ImageManagerTest, AfterAnA08EveryQueryLevelAnswersTheNewName) {
  start();
  store(sample_images());
  ASSERT_TRUE(actor->reconciliation().update_patient({"PAT001", "", "SILVERHEELS^JAY", "", ""}));
  EXPECT_EQ(names(find(keys_at("STUDY", "SILVERHEELS*"))), std::vector<std::string>{"SILVERHEELS^JAY"});
  EXPECT_EQ(names(find(keys_at("SERIES", ""))), (std::vector<std::string>(2, "SILVERHEELS^JAY")));
  EXPECT_EQ(names(find(keys_at("IMAGE", ""))), (std::vector<std::string>(2, "SILVERHEELS^JAY")));
  auto patient = keys_at("PATIENT", "SILVERHEELS^JAY");
  EXPECT_EQ(names(find(patient, net::sop_class::kPatientRootFind)),
            std::vector<std::string>{"SILVERHEELS^JAY"});
  EXPECT_TRUE(names(find(keys_at("STUDY", "DOE^JOHN"))).empty());
}

TEST_F(ImageManagerTest, AfterAnA40TheOldIdFindsNothingAndTheSurvivorFindsBothStudies) {
  start();
  store(sample_images());
  ASSERT_TRUE(actor->reconciliation().merge_patients({"PAT002", "", "", "", ""}, {"PAT001", ""}));
  auto by_id = [&](const std::string& id) {
    auto keys = keys_at("STUDY", "");
    keys.set(kPatientId, Vr::LO, id);
    return find(keys);
  };
  EXPECT_TRUE(by_id("PAT001").matches.empty());
  EXPECT_EQ(names(by_id("PAT002")), (std::vector<std::string>(2, "ROE^JANE")));
  // A modality still sending under the merged ID: re-homed on arrival.
  TestImage late;
  late.sop_instance_uid = "2.25.1099";
  EXPECT_EQ(store({late}), std::vector<std::uint16_t>{0x0000});
  EXPECT_TRUE(by_id("PAT001").matches.empty());
  EXPECT_TRUE(published("RAD-8", "reconciled"));
}

}  // namespace
}  // namespace ihe::test
