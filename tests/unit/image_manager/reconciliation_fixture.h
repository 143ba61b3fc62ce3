#pragma once

#include <gtest/gtest.h>

#include <string>

#include "actors/image_manager/archive_index.h"
#include "actors/image_manager/reconciliation.h"
#include "actors/net/dicom/conversion/dicom_file.h"
#include "tests/support/net_util.h"

namespace ihe::actors::image_manager {

// An archive folder of real Part-10 files (written with actors/net/dicom) indexed by an ArchiveIndex, and
// the Reconciliation over it.
class ReconciliationTest : public ::testing::Test {
 protected:
  static constexpr dicom::Tag kName{0x0010, 0x0010};
  static constexpr dicom::Tag kId{0x0010, 0x0020};
  static constexpr dicom::Tag kIssuer{0x0010, 0x0021};
  static constexpr dicom::Tag kBirthDate{0x0010, 0x0030};
  static constexpr dicom::Tag kSex{0x0010, 0x0040};
  static constexpr dicom::Tag kAccession{0x0008, 0x0050};
  static constexpr dicom::Tag kStudyUid{0x0020, 0x000D};

  // One Secondary Capture instance with 8 bytes of pixel data, filed where ArchiveIndex::archive puts it.
  void put(const std::string& patient_id, const std::string& name, const std::string& study,
           const std::string& sop, const std::string& accession = "", const std::string& issuer = "") {
    std::filesystem::create_directories(dir.path() / study);
    write(dir.path() / study / (sop + ".dcm"), patient_id, name, study, sop, accession, issuer);
  }

  // The same instance received by the Storage SCP after the archive started: archived, then reconciled.
  UpdateResult arrive(const std::string& patient_id, const std::string& name, const std::string& study,
                      const std::string& sop, const std::string& accession = "") {
    const auto received = dir.path() / ("received-" + sop + ".dcm");
    write(received, patient_id, name, study, sop, accession, "");
    EXPECT_FALSE(archive.archive(received));
    return reconciliation.instance_stored(sop);
  }

  void write(const std::filesystem::path& file, const std::string& patient_id, const std::string& name,
             const std::string& study, const std::string& sop, const std::string& accession,
             const std::string& issuer) {
    dicom::DicomDataset image;
    image.set({0x0008, 0x0016}, dicom::Vr::UI, "1.2.840.10008.5.1.4.1.1.7")
        .set({0x0008, 0x0018}, dicom::Vr::UI, sop)
        .set(kAccession, dicom::Vr::SH, accession)
        .set(kName, dicom::Vr::PN, name)
        .set(kId, dicom::Vr::LO, patient_id)
        .set(kBirthDate, dicom::Vr::DA, "19700101")
        .set(kSex, dicom::Vr::CS, "M")
        .set(kStudyUid, dicom::Vr::UI, study)
        .set({0x0020, 0x000E}, dicom::Vr::UI, study + ".1")
        .set_bytes({0x7FE0, 0x0010}, dicom::Vr::OW, {1, 2, 3, 4, 5, 6, 7, 8});
    if (!issuer.empty()) image.set(kIssuer, dicom::Vr::LO, issuer);
    ASSERT_FALSE(net::write_dicom_file(file, image));
  }

  void load() { archive.reload(); }

  // The attribute as the index holds it and as the file holds it; the test fails when they differ.
  std::string value(const std::string& sop, dicom::Tag tag) {
    auto indexed = archive.instance(sop);
    if (!indexed) return "<not indexed>";
    auto file = net::read_dicom_file(indexed->file);
    EXPECT_FALSE(file.error) << indexed->file;
    EXPECT_EQ(indexed->attributes.string(tag), file.dataset.string(tag)) << sop << " " << tag.to_string();
    EXPECT_EQ(file.dataset.find({0x7FE0, 0x0010})->bytes.size(), 8u) << "pixel data kept";
    return indexed->attributes.string(tag).value_or("<absent>");
  }

  std::size_t instances_of(const std::string& patient_id) {
    std::size_t n = 0;
    for (const auto& instance : archive.instances())
      if (instance.attributes.string(kId) == patient_id) ++n;
    return n;
  }

  ihe::test::TempDir dir;
  ArchiveIndex archive{dir.path()};
  Reconciliation reconciliation{archive};
};

}  // namespace ihe::actors::image_manager
