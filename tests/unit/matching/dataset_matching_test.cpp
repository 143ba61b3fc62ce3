#include <gtest/gtest.h>

#include "actors/common/matching/matching.h"

namespace ihe::actors {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;

constexpr Tag kSpsSequence{0x0040, 0x0100};
constexpr Tag kStationAe{0x0040, 0x0001};
constexpr Tag kModality{0x0008, 0x0060};
constexpr Tag kPatientId{0x0010, 0x0020};
constexpr Tag kPatientName{0x0010, 0x0010};
constexpr Tag kAccession{0x0008, 0x0050};
constexpr Tag kLevel{0x0008, 0x0052};
constexpr Tag kCharset{0x0008, 0x0005};

DicomDataset sps(std::string_view ae, std::string_view modality) {
  DicomDataset item;
  item.set(kStationAe, Vr::AE, ae).set(kModality, Vr::CS, modality);
  return item;
}

DicomDataset worklist_entry() {
  DicomDataset entry;
  entry.set(kPatientId, Vr::LO, "PAT1").set(kPatientName, Vr::PN, "DOE^JOHN");
  entry.set_sequence(kSpsSequence, {sps("CT1", "CT"), sps("MR1", "MR")});
  return entry;
}

DicomDataset sequence_key(DicomDataset item) {
  DicomDataset keys;
  keys.set_sequence(kSpsSequence, {std::move(item)});
  return keys;
}

TEST(SequenceMatching, CandidateMatchesWhenOneItemMatchesAllItemKeys) {  // PS3.4 C.2.2.2.6
  EXPECT_TRUE(matches(sequence_key(sps("MR1", "MR")), worklist_entry()));
  EXPECT_FALSE(matches(sequence_key(sps("MR1", "CT")), worklist_entry()));  // keys split over two items
}

TEST(SequenceMatching, EmptyItemOrNoItemIsUniversal) {
  EXPECT_TRUE(matches(sequence_key(DicomDataset{}), DicomDataset{}));
  DicomDataset keys;
  keys.set_sequence(kSpsSequence, {});
  EXPECT_TRUE(matches(keys, DicomDataset{}));
}

TEST(SequenceMatching, ItemWithOnlyUniversalKeysMatchesAnyItem) {
  EXPECT_TRUE(matches(sequence_key(sps("", "")), worklist_entry()));
  EXPECT_FALSE(matches(sequence_key(sps("", "")), DicomDataset{}));  // no item to return
}

TEST(DatasetMatching, AllKeysMustMatch) {
  DicomDataset keys;
  keys.set(kPatientId, Vr::LO, "PAT1").set(kPatientName, Vr::PN, "SMITH*");
  EXPECT_FALSE(matches(keys, worklist_entry()));
  keys.set(kPatientName, Vr::PN, "DOE*");
  EXPECT_TRUE(matches(keys, worklist_entry()));
}

TEST(DatasetMatching, LevelAndCharacterSetAreNoMatchingKeys) {
  DicomDataset keys;
  keys.set(kLevel, Vr::CS, "STUDY").set(kCharset, Vr::CS, "ISO_IR 100").set(kPatientId, Vr::LO, "PAT1");
  EXPECT_TRUE(matches(keys, worklist_entry()));
}

TEST(ResponseFor, ReturnsExactlyTheRequestedKeysWithStoredOrEmptyValues) {  // PS3.4 C.4.1.2.3
  DicomDataset keys;
  keys.set(kLevel, Vr::CS, "STUDY").set(kPatientId, Vr::LO, "").set(kAccession, Vr::SH, "");
  DicomDataset response = response_for(keys, worklist_entry());
  EXPECT_EQ(response.size(), 3u);
  EXPECT_EQ(response.string(kLevel), "STUDY");
  EXPECT_EQ(response.string(kPatientId), "PAT1");
  ASSERT_TRUE(response.contains(kAccession));
  EXPECT_TRUE(response.find(kAccession)->is_empty());
  EXPECT_EQ(response.find(kAccession)->vr, Vr::SH);
  EXPECT_FALSE(response.contains(kPatientName));
}

TEST(ResponseFor, SequenceKeyReturnsOnlyMatchingItemsReducedToItemKeys) {
  DicomDataset item_keys;
  item_keys.set(kModality, Vr::CS, "MR").set(kStationAe, Vr::AE, "");
  DicomDataset response = response_for(sequence_key(item_keys), worklist_entry());
  const auto& items = response.items(kSpsSequence);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].string(kStationAe), "MR1");
  EXPECT_EQ(items[0].size(), 2u);
}

TEST(ResponseFor, EmptySequenceItemReturnsItemsWhole) {
  DicomDataset response = response_for(sequence_key(DicomDataset{}), worklist_entry());
  EXPECT_EQ(response.items(kSpsSequence).size(), 2u);
  EXPECT_EQ(response.items(kSpsSequence)[1].string(kModality), "MR");
}

TEST(ResponseFor, CandidateCharacterSetIsReturned) {
  DicomDataset entry = worklist_entry();
  entry.set(kCharset, Vr::CS, "ISO_IR 100");
  DicomDataset keys;
  keys.set(kPatientId, Vr::LO, "");
  EXPECT_EQ(response_for(keys, entry).string(kCharset), "ISO_IR 100");
}

}  // namespace
}  // namespace ihe::actors
