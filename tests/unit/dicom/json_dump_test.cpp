#include <gtest/gtest.h>

#include "actors/dicom/base64.h"
#include "actors/dicom/dicom_dataset.h"

// Expected strings are written out from PS3.18 Annex F, not produced by our code.
namespace ihe::dicom {
namespace {

std::string json_of(Tag tag, Vr vr, std::string_view value) {
  DicomDataset d;
  d.set(tag, vr, value);
  return d.to_json();
}

TEST(DicomDatasetJson, WritesPersonNamesAsComponentGroups) {
  EXPECT_EQ(json_of(Tag{0x0010, 0x0010}, Vr::PN, "DOE^JOHN"),
            R"({"00100010":{"vr":"PN","Value":[{"Alphabetic":"DOE^JOHN"}]}})");
  EXPECT_EQ(json_of(Tag{0x0010, 0x0010}, Vr::PN, "Yamada^Tarou=YAMADA^TAROU=yamada^tarou"),
            R"({"00100010":{"vr":"PN","Value":[{"Alphabetic":"Yamada^Tarou","Ideographic":"YAMADA^TAROU",)"
            R"("Phonetic":"yamada^tarou"}]}})");
  EXPECT_EQ(json_of(Tag{0x0010, 0x0010}, Vr::PN, "=ID^EO"),
            R"({"00100010":{"vr":"PN","Value":[{"Ideographic":"ID^EO"}]}})");
}

TEST(DicomDatasetJson, WritesNumbersOfNumericVrsAsJsonNumbers) {
  EXPECT_EQ(json_of(Tag{0x0028, 0x0010}, Vr::US, "512"), R"({"00280010":{"vr":"US","Value":[512]}})");
  EXPECT_EQ(json_of(Tag{0x0018, 0x9219}, Vr::SS, "-3"), R"({"00189219":{"vr":"SS","Value":[-3]}})");
  EXPECT_EQ(json_of(Tag{0x0008, 0x1163}, Vr::FD, "1.5\\-0.25"),
            R"({"00081163":{"vr":"FD","Value":[1.5,-0.25]}})");
  EXPECT_EQ(json_of(Tag{0x0020, 0x0013}, Vr::IS, "007"), R"({"00200013":{"vr":"IS","Value":[7]}})");
  // DS forms JSON does not allow become the same number in JSON syntax.
  EXPECT_EQ(json_of(Tag{0x0028, 0x0030}, Vr::DS, "+.5\\ 1.\\-2E+03"),
            R"({"00280030":{"vr":"DS","Value":[0.5,1,-2e+03]}})");
  // A peer's malformed number is kept as the text it sent rather than lost.
  EXPECT_EQ(json_of(Tag{0x0028, 0x0030}, Vr::DS, "1.5\\abc"),
            R"({"00280030":{"vr":"DS","Value":[1.5,"abc"]}})");
}

TEST(DicomDatasetJson, WritesVeryLongIntegersBeyondDoublePrecisionAsStrings) {
  EXPECT_EQ(json_of(Tag{0x0072, 0x0083}, Vr::UV, "9007199254740992\\9007199254740993"),
            R"({"00720083":{"vr":"UV","Value":[9007199254740992,"9007199254740993"]}})");
  EXPECT_EQ(json_of(Tag{0x0072, 0x0082}, Vr::SV, "-9000000000"),
            R"({"00720082":{"vr":"SV","Value":[-9000000000]}})");
}

TEST(DicomDatasetJson, WritesTagsAndTextAsStrings) {
  EXPECT_EQ(json_of(Tag{0x0028, 0x0009}, Vr::AT, "(0018,1063)"),
            R"({"00280009":{"vr":"AT","Value":["00181063"]}})");
  EXPECT_EQ(json_of(Tag{0x0008, 0x0008}, Vr::CS, "ORIGINAL\\PRIMARY"),
            R"({"00080008":{"vr":"CS","Value":["ORIGINAL","PRIMARY"]}})");
}

TEST(DicomDatasetJson, EscapesStringsPerRfc8259) {
  EXPECT_EQ(json_of(Tag{0x0010, 0x21B0}, Vr::LT, "say \"hi\"\\\r\n\t\x01"),
            R"({"001021B0":{"vr":"LT","Value":["say \"hi\"\\\r\n\t\u0001"]}})");
}

TEST(DicomDatasetJson, KeepsUtf8AndReadsOtherBytesAsLatin1) {
  EXPECT_EQ(json_of(Tag{0x0010, 0x0010}, Vr::PN, "M\xC3\xBCller"),
            "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"M\xC3\xBCller\"}]}}");
  EXPECT_EQ(json_of(Tag{0x0010, 0x0010}, Vr::PN, "M\xFCller"),
            "{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"M\xC3\xBCller\"}]}}");
}

TEST(DicomDatasetJson, OmitsValueOfEmptyAttributesAndWritesNullForEmptyValues) {
  EXPECT_EQ(json_of(Tag{0x0010, 0x0030}, Vr::DA, ""), R"({"00100030":{"vr":"DA"}})");
  EXPECT_EQ(json_of(Tag{0x0008, 0x0008}, Vr::CS, "A\\\\B"),
            R"({"00080008":{"vr":"CS","Value":["A",null,"B"]}})");
  DicomDataset d;
  d.set_sequence(Tag{0x0008, 0x1110}, {}).set_bytes(Tag{0x7FE0, 0x0010}, Vr::OW, {});
  EXPECT_EQ(d.to_json(), R"({"00081110":{"vr":"SQ"},"7FE00010":{"vr":"OW"}})");
}

TEST(DicomDatasetJson, WritesSequenceItemsAsObjects) {
  DicomDataset step;
  step.set(Tag{0x0008, 0x0060}, "MR");
  DicomDataset d;
  d.set_sequence(Tag{0x0040, 0x0100}, {step, DicomDataset{}});
  EXPECT_EQ(d.to_json(), R"({"00400100":{"vr":"SQ","Value":[{"00080060":{"vr":"CS","Value":["MR"]}},{}]}})");
}

TEST(DicomDatasetJson, LeavesOutGroupLengths) {
  DicomDataset d;
  d.set(Tag{0x0008, 0x0000}, Vr::UL, "40").set(Tag{0x0008, 0x0060}, "MR");
  EXPECT_EQ(d.to_json(), R"({"00080060":{"vr":"CS","Value":["MR"]}})");
}

TEST(DicomDatasetJson, WritesBulkDataAsInlineBinary) {
  DicomDataset d;
  d.set_bytes(Tag{0x0042, 0x0011}, Vr::OB, {'M', 'a', 'n', 'y'});
  EXPECT_EQ(d.to_json(), R"({"00420011":{"vr":"OB","InlineBinary":"TWFueQ=="}})");
}

TEST(Base64, EncodesRfc4648TestVectors) {
  auto encode = [](std::string_view text) {
    return base64_encode(std::vector<std::uint8_t>(text.begin(), text.end()));
  };
  EXPECT_EQ(encode(""), "");
  EXPECT_EQ(encode("f"), "Zg==");
  EXPECT_EQ(encode("fo"), "Zm8=");
  EXPECT_EQ(encode("foo"), "Zm9v");
  EXPECT_EQ(encode("foob"), "Zm9vYg==");
  EXPECT_EQ(encode("fooba"), "Zm9vYmE=");
  EXPECT_EQ(encode("foobar"), "Zm9vYmFy");
}

}  // namespace
}  // namespace ihe::dicom
