// PIR against a standalone `ihe-harness actor image-manager` with independent peers only: DCMTK storescu
// stores, python3-hl7's mllp_send sends RAD-12 (A08, A40), DCMTK findscu checks what the archive answers
// afterwards (spec digest 4.3: the tester's study-level C-FIND before and after the update).
#include <fstream>

#include "tests/peers/image_manager/peer_fixture.h"

namespace ihe::test {
namespace {

constexpr dicom::Tag kName{0x0010, 0x0010};
constexpr dicom::Tag kId{0x0010, 0x0020};

class StandaloneImageManagerTest : public ImageManagerPeerTest {
 protected:
  void SetUp() override {
    dicom_port = free_port();
    hl7_port_ = free_port();
    process_ = std::make_unique<ChildProcess>(
        ChildProcess::Options{{harness_binary().string(), "actor", "image-manager", "--dicom-port",
                               std::to_string(dicom_port), "--hl7-port", std::to_string(hl7_port_)},
                              dir / "actor.log",
                              dir.path(),
                              {},
                              std::chrono::milliseconds(5000)});
    ASSERT_TRUE(wait_for_port(dicom_port, std::chrono::seconds(10))) << process_->log();
    ASSERT_TRUE(wait_for_port(hl7_port_, std::chrono::seconds(10))) << process_->log();
  }

  // Sends one message, segments given one per line, with mllp_send; returns what it printed (the ACK).
  std::string mllp_send(const std::string& name, const std::vector<std::string>& segments) {
    const auto file = dir / (name + ".hl7");
    {
      std::ofstream out(file, std::ios::binary);
      for (const auto& segment : segments) out << segment << '\r';
    }
    const auto output = dir / (name + ".ack");
    EXPECT_EQ(run_command({"/usr/bin/mllp_send", "--loose", "-f", file.string(), "-p",
                           std::to_string(hl7_port_), "127.0.0.1"},
                          output),
              0)
        << read_text(output);
    return read_text(output);
  }

  // Study-level findscu with one matching key ("PatientID=PAT001"); the other keys are return keys (a key
  // given twice would take the later, empty value).
  std::vector<dicom::DicomDataset> studies(const std::string& match) {
    std::vector<std::string> keys{"QueryRetrieveLevel=STUDY", match, "StudyInstanceUID"};
    for (const char* key : {"PatientID", "PatientName"})
      if (!match.starts_with(key)) keys.emplace_back(key);
    return findscu(keys);
  }

  std::uint16_t hl7_port_ = 0;
  std::unique_ptr<ChildProcess> process_;
};

TEST_F(StandaloneImageManagerTest, MllpSendA08RenamesWhatFindscuFinds) {
  ASSERT_EQ(storescu(sample_images()), 0) << read_text(dir / "storescu.log");
  ASSERT_EQ(studies("PatientName=DOE^JOHN").size(), 1u);

  const std::string ack = mllp_send(
      "a08",
      {"MSH|^~\\&|ORDER_FILLER|HOSPITAL|IMAGE_MANAGER|HARNESS|20261128090000||ADT^A08^ADT_A01|MSGA08|P|2.5.1",
       "EVN|A08|20261128090000", "PID|||PAT001^^^HOSP^MR||SILVERHEELS^JAY||19800202|F", "PV1||O"});
  EXPECT_NE(ack.find("MSA|AA|MSGA08"), std::string::npos) << ack << process_->log();

  auto renamed = studies("PatientID=PAT001");
  ASSERT_EQ(renamed.size(), 1u) << process_->log();
  EXPECT_EQ(renamed[0].string(kName), "SILVERHEELS^JAY");
  EXPECT_EQ(studies("PatientName=SILVERHEELS*").size(), 1u);
  EXPECT_TRUE(studies("PatientName=DOE^JOHN").empty());
  EXPECT_NE(process_->log().find("RAD-12"), std::string::npos) << process_->log();
}

TEST_F(StandaloneImageManagerTest, MllpSendA40MergesSoTheOldIdFindsNothing) {
  ASSERT_EQ(storescu(sample_images()), 0) << read_text(dir / "storescu.log");
  ASSERT_EQ(studies("PatientID=PAT001").size(), 1u);

  const std::string ack = mllp_send(
      "a40",
      {"MSH|^~\\&|ORDER_FILLER|HOSPITAL|IMAGE_MANAGER|HARNESS|20261128090500||ADT^A40^ADT_A39|MSGA40|P|2.5.1",
       "EVN|A40|20261128090500", "PID|||PAT002^^^HOSP^MR||ROE^JANE||19700101|F", "MRG|PAT001^^^HOSP^MR",
       "PV1||O"});
  EXPECT_NE(ack.find("MSA|AA|MSGA40"), std::string::npos) << ack << process_->log();

  EXPECT_TRUE(studies("PatientID=PAT001").empty()) << process_->log();
  auto survivor = studies("PatientID=PAT002");
  ASSERT_EQ(survivor.size(), 2u);
  for (const auto& study : survivor) {
    EXPECT_EQ(study.string(kId), "PAT002");
    EXPECT_EQ(study.string(kName), "ROE^JANE");
  }
}

TEST_F(StandaloneImageManagerTest, MllpSendA40OntoItselfIsAe205AndChangesNothing) {
  ASSERT_EQ(storescu(sample_images()), 0) << read_text(dir / "storescu.log");
  const std::string ack = mllp_send(
      "a40-self",
      {"MSH|^~\\&|ORDER_FILLER|HOSPITAL|IMAGE_MANAGER|HARNESS|20261128091000||ADT^A40^ADT_A39|MSGSELF|P|"
       "2.5.1",
       "EVN|A40|20261128091000", "PID|||PAT001^^^HOSP^MR||DOE^JOHN", "MRG|PAT001^^^HOSP^MR", "PV1||O"});
  EXPECT_NE(ack.find("MSA|AE|MSGSELF"), std::string::npos) << ack;
  EXPECT_NE(ack.find("205"), std::string::npos) << ack;
  EXPECT_EQ(studies("PatientID=PAT001").size(), 1u);
}

// PIR case 3 (digest 4.1): images acquired before any order; the Order Filler's RAD-4 names their Study
// Instance UID in IPC-3, the archive links them to the order's patient and accession.
TEST_F(StandaloneImageManagerTest, MllpSendOmiO23LinksImagesStoredBeforeTheirOrder) {
  auto unscheduled = sample_images();
  for (auto& image : unscheduled) {
    image.accession_number = "";
    image.patient_id = "TEMP01";
    image.patient_name = "DOE^J1";
  }
  ASSERT_EQ(storescu(unscheduled), 0) << read_text(dir / "storescu.log");

  const std::string ack = mllp_send(
      "omi",
      {"MSH|^~\\&|ORDER_FILLER|HOSPITAL|IMAGE_MANAGER|HARNESS|20261128092000||OMI^O23^OMI_O23|MSGOMI|P|2.5.1",
       "PID|||PAT100^^^HOSP^MR||SILVERHEELS^JAY||19800202|F", "PV1||O", "ORC|NW|PLC1^OP|FIL1^OF||SC",
       "TQ1|||||||20261128090000||R^Routine^HL70485",
       "OBR|1|PLC1^OP|FIL1^OF|P1^Procedure 1^ERL_MESA||||||||||||REFER^ROBERT",
       "IPC|ACC100^^HOSP|RP100|2.25.1001|SPS100|OT|X1_A1^SP Action Item X1_A1^DSS_MESA"});
  EXPECT_NE(ack.find("MSA|AA|MSGOMI"), std::string::npos) << ack << process_->log();

  auto linked = findscu(
      {"QueryRetrieveLevel=STUDY", "AccessionNumber=ACC100", "PatientID", "PatientName", "StudyInstanceUID"});
  ASSERT_EQ(linked.size(), 1u) << process_->log();
  EXPECT_EQ(linked[0].string({0x0020, 0x000D}), "2.25.1001");
  EXPECT_EQ(linked[0].string(kId), "PAT100");
  EXPECT_EQ(linked[0].string(kName), "SILVERHEELS^JAY");
  EXPECT_EQ(studies("PatientID=TEMP01").size(), 1u);  // the other unscheduled study was not named
}

}  // namespace
}  // namespace ihe::test
