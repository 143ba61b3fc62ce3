#pragma once

// The Image Display against real archives: synthetic images stored with our SCU first, then RAD-14/RAD-16.
#include <gtest/gtest.h>

#include <set>

#include "actors/image_display/image_display.h"
#include "actors/net/dicom/scu/dicom_association.h"
#include "tests/component/image_display/display_fixture.h"
#include "tests/peers/dicom_scu/query_keys.h"
#include "tests/support/peers/test_images.h"

namespace ihe::test {

// One study of PAT001 with series .51 (two images) and .52 (one image), and one study of PAT002.
inline std::vector<TestImage> archive_images() {
  return {
      {.study_uid = "2.25.50", .series_uid = "2.25.51", .sop_instance_uid = "2.25.511", .instance_number = 1},
      {.study_uid = "2.25.50", .series_uid = "2.25.51", .sop_instance_uid = "2.25.512", .instance_number = 2},
      {.study_uid = "2.25.50", .series_uid = "2.25.52", .sop_instance_uid = "2.25.521", .instance_number = 1},
      {.patient_id = "PAT002",
       .patient_name = "ROE^JANE",
       .accession_number = "ACC002",
       .study_uid = "2.25.60",
       .series_uid = "2.25.61",
       .sop_instance_uid = "2.25.611"}};
}

// Writes the images under `dir` and C-STOREs them to AET@127.0.0.1:port with our SCU.
inline void store_archive_images(const TempDir& dir, const std::string& ae_title, std::uint16_t port) {
  std::vector<std::filesystem::path> files;
  for (const auto& image : archive_images()) {
    files.push_back(dir / (image.sop_instance_uid + ".dcm"));
    write_test_image(files.back(), image);
  }
  net::DicomAssociation association({.calling_ae = "DISPLAY",
                                     .called_ae = ae_title,
                                     .host = "127.0.0.1",
                                     .port = port,
                                     .contexts = net::contexts::storage_for_files(files)});
  ASSERT_TRUE(association.open().ok());
  for (const auto& file : files) {
    const net::DimseResult stored = association.store_file(file);
    ASSERT_TRUE(stored.ok()) << stored.detail;
    ASSERT_EQ(stored.status, 0x0000) << stored.status_text();
  }
}

// Real archives get the documented default deadlines, not the component tests' one second.
inline actors::ImageDisplayConfig peer_display_config(std::uint16_t port, actors::Endpoint archive) {
  auto config = display_config(port, std::move(archive));
  config.timeouts = {};
  return config;
}

inline actors::ImageQuery query(actors::QueryLevel level,
                                std::initializer_list<std::pair<std::string_view, std::string_view>> pairs) {
  return {.level = level, .keys = keys(pairs)};
}

inline std::set<std::string> values_of(const std::vector<dicom::DicomDataset>& matches,
                                       std::string_view keyword) {
  std::set<std::string> values;
  for (const auto& match : matches) values.insert(value_of(match, keyword));
  return values;
}

inline std::set<std::string> as_set(const std::vector<std::string>& uids) {
  return {uids.begin(), uids.end()};
}

}  // namespace ihe::test
