// A08 and A40 on a real archive folder (spec digest 4.2): files and index agree, all or nothing.
#include <fstream>

#include "tests/unit/image_manager/reconciliation_fixture.h"

namespace ihe::actors::image_manager {
namespace {

class PatientUpdates : public ReconciliationTest {
 protected:
  void SetUp() override {
    put("PAT001", "DOE^J1", "2.25.10", "2.25.11", "ACC1");
    put("PAT001", "DOE^J1", "2.25.10", "2.25.12", "ACC1");
    put("PAT001", "DOE^J1", "2.25.20", "2.25.21", "ACC2");
    put("PAT002", "ROE^JANE", "2.25.30", "2.25.31", "ACC3", "HOSP");
    load();
  }
};

TEST_F(PatientUpdates, A08RewritesEveryInstanceOfThePatientInFileAndIndex) {
  auto result = reconciliation.update_patient({"PAT001", "HOSP", "SILVERHEELS^JAY", "19800202", "F"});
  ASSERT_TRUE(result) << result.reason;
  EXPECT_EQ(result.instances, 3u);
  for (const char* sop : {"2.25.11", "2.25.12", "2.25.21"}) {
    EXPECT_EQ(value(sop, kName), "SILVERHEELS^JAY");
    EXPECT_EQ(value(sop, kBirthDate), "19800202");
    EXPECT_EQ(value(sop, kSex), "F");
    EXPECT_EQ(value(sop, kIssuer), "HOSP");
    EXPECT_EQ(value(sop, kAccession), std::string(sop) == "2.25.21" ? "ACC2" : "ACC1");
  }
  EXPECT_EQ(value("2.25.31", kName), "ROE^JANE");
  // A restart re-reads the files: the change is in them, not only in memory.
  ArchiveIndex again(dir.path());
  again.reload();
  EXPECT_EQ(again.instance("2.25.12")->attributes.string(kName), "SILVERHEELS^JAY");
}

TEST_F(PatientUpdates, A08EmptyFieldsKeepTheStoredValues) {
  ASSERT_TRUE(reconciliation.update_patient({"PAT001", "", "NEW^NAME", "", ""}));
  EXPECT_EQ(value("2.25.11", kName), "NEW^NAME");
  EXPECT_EQ(value("2.25.11", kBirthDate), "19700101");
  EXPECT_EQ(value("2.25.11", kSex), "M");
}

TEST_F(PatientUpdates, A08ForAnotherIssuerOrAnUnknownIdChangesNothing) {
  auto other_issuer = reconciliation.update_patient({"PAT002", "OTHER", "X^Y", "", ""});
  ASSERT_TRUE(other_issuer);
  EXPECT_EQ(other_issuer.instances, 0u);
  EXPECT_EQ(value("2.25.31", kName), "ROE^JANE");
  auto unknown = reconciliation.update_patient({"NOBODY", "", "X^Y", "", ""});
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown.instances, 0u);
  EXPECT_EQ(reconciliation.update_patient({"", "", "X^Y", "", ""}).refusal, Refusal::MissingKey);
}

TEST_F(PatientUpdates, A40MovesThePriorPatientsInstancesToTheSurvivorWithItsDemographics) {
  // The A40 names the survivor's ID only: name, birth date and sex come from what the archive holds.
  auto result = reconciliation.merge_patients({"PAT002", "HOSP", "", "", ""}, {"PAT001", ""});
  ASSERT_TRUE(result) << result.reason;
  EXPECT_EQ(result.instances, 3u);
  EXPECT_EQ(instances_of("PAT001"), 0u);
  EXPECT_EQ(instances_of("PAT002"), 4u);
  for (const char* sop : {"2.25.11", "2.25.12", "2.25.21"}) {
    EXPECT_EQ(value(sop, kId), "PAT002");
    EXPECT_EQ(value(sop, kIssuer), "HOSP");
    EXPECT_EQ(value(sop, kName), "ROE^JANE");
  }
}

TEST_F(PatientUpdates, A40WithNamesFromTheMessageAndAnUnknownSurvivor) {
  auto result =
      reconciliation.merge_patients({"PAT009", "HOSP", "BLUE^ROBERT", "19600101", "M"}, {"PAT001", ""});
  ASSERT_TRUE(result) << result.reason;
  EXPECT_EQ(value("2.25.21", kId), "PAT009");
  EXPECT_EQ(value("2.25.21", kName), "BLUE^ROBERT");
  EXPECT_EQ(value("2.25.21", kBirthDate), "19600101");
}

TEST_F(PatientUpdates, A40OfAnUnknownPriorIsNothingToDoAndPriorEqualSurvivorIsRefused) {
  auto unknown = reconciliation.merge_patients({"PAT001", "", "", "", ""}, {"NEVER_SEEN", ""});
  ASSERT_TRUE(unknown) << unknown.reason;
  EXPECT_EQ(unknown.instances, 0u);
  auto same = reconciliation.merge_patients({"PAT001", "HOSP", "", "", ""}, {"PAT001", ""});
  EXPECT_EQ(same.refusal, Refusal::SamePatient);
  EXPECT_NE(same.reason, "");
  EXPECT_EQ(instances_of("PAT001"), 3u);
  EXPECT_EQ(reconciliation.merge_patients({"PAT001", "", "", "", ""}, PriorIdentity{}).refusal,
            Refusal::MissingKey);
}

TEST_F(PatientUpdates, AFileThatCannotBeRewrittenLeavesEveryInstanceAsItWas) {
  // The last instance in rewrite order (SOP UID order) is broken after indexing: the first two are
  // rewritten before the failure shows, and must come back unchanged.
  const auto broken = archive.instance("2.25.21")->file;
  std::ofstream(broken, std::ios::trunc) << "not DICOM any more";
  auto result = reconciliation.update_patient({"PAT001", "", "CHANGED^NAME", "", ""});
  EXPECT_EQ(result.refusal, Refusal::ArchiveFailure);
  EXPECT_NE(result.reason.find("2.25.21"), std::string::npos) << result.reason;
  EXPECT_EQ(value("2.25.11", kName), "DOE^J1");
  EXPECT_EQ(value("2.25.12", kName), "DOE^J1");
  EXPECT_EQ(archive.instance("2.25.21")->attributes.string(kName), "DOE^J1");
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir.path()))
    EXPECT_EQ(entry.path().extension() == ".new" || entry.path().extension() == ".old", false)
        << entry.path();
}

}  // namespace
}  // namespace ihe::actors::image_manager
