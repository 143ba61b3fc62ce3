#include "tests/unit/dicom/sample_datasets.h"

namespace ihe::dicom::test {
namespace {

std::vector<std::uint8_t> counting_bytes(std::size_t count) {
  std::vector<std::uint8_t> bytes(count);
  for (std::size_t i = 0; i < count; ++i) bytes[i] = static_cast<std::uint8_t>(i * 7 + 1);
  return bytes;
}

DicomDataset scheduled_step(const std::string& id) {
  DicomDataset code;
  code.set(Tag{0x0008, 0x0100}, "P1-MR-01")
      .set(Tag{0x0008, 0x0102}, "99IHE")
      .set(Tag{0x0008, 0x0104}, "MR Head");
  DicomDataset step;
  step.set(Tag{0x0008, 0x0060}, "MR")
      .set(Tag{0x0040, 0x0001}, "MR_SCANNER_1")
      .set(Tag{0x0040, 0x0002}, "20240315")
      .set(Tag{0x0040, 0x0009}, id)
      .set_sequence(Tag{0x0040, 0x0008}, {code});
  return step;
}

}  // namespace

DicomDataset every_vr_dataset() {
  DicomDataset d;
  d.set(Tag{0x0008, 0x0005}, "ISO_IR 100")                          // CS
      .set(Tag{0x0008, 0x0008}, "ORIGINAL\\PRIMARY\\AXIAL")         // CS, 3 values
      .set(Tag{0x0008, 0x0016}, "1.2.840.10008.5.1.4.1.1.4")        // UI
      .set(Tag{0x0008, 0x0018}, "1.2.826.0.1.3680043.10.1234.1.1")  // UI
      .set(Tag{0x0008, 0x0020}, "20240315")                         // DA
      .set(Tag{0x0008, 0x002A}, "20240315101112.123456")            // DT
      .set(Tag{0x0008, 0x0030}, "101112")                           // TM
      .set(Tag{0x0008, 0x0050}, "ACC-0001")                         // SH
      .set(Tag{0x0008, 0x0054}, "IHE_IM")                           // AE
      .set(Tag{0x0008, 0x0081}, "1 Main Street\\Springfield")       // ST keeps its backslash
      .set(Tag{0x0008, 0x0090}, "")                                 // PN, type 2 empty
      .set(Tag{0x0008, 0x0119}, "LONG-CODE-VALUE-0001")             // UC
      .set(Tag{0x0008, 0x1163}, "1.5\\2.25")                        // FD, 2 values
      .set(Tag{0x0008, 0x1190}, "http://127.0.0.1/studies/1")       // UR
      .set(Tag{0x0008, 0x9459}, "0.1")                              // FL
      .set(Tag{0x0010, 0x0010}, "DOE^JANE^^^")                      // PN
      .set(Tag{0x0010, 0x0020}, "PID-0001")                         // LO
      .set(Tag{0x0010, 0x0030}, "")                                 // DA, type 2 empty
      .set(Tag{0x0010, 0x1010}, "042Y")                             // AS
      .set(Tag{0x0010, 0x21B0}, "line one\r\nline two \\ three")    // LT
      .set(Tag{0x0018, 0x1310}, "0\\256\\256\\0")                   // US, 4 values
      .set(Tag{0x0018, 0x6020}, "-12")                              // SL
      .set(Tag{0x0018, 0x9219}, "-3")                               // SS
      .set(Tag{0x0020, 0x000D}, "1.2.826.0.1.3680043.10.1234.1")    // UI
      .set(Tag{0x0020, 0x0011}, "3")                                // IS
      .set(Tag{0x0020, 0x0020}, "\\P")                              // CS, first of 2 values empty
      .set(Tag{0x0028, 0x0009}, "(0018,1063)\\(0018,1065)")         // AT, 2 values
      .set(Tag{0x0028, 0x0030}, "0.5\\0.25")                        // DS, 2 values
      .set(Tag{0x0028, 0x0100}, Vr::US, "")                         // US, present but empty
      .set(Tag{0x0040, 0xA160}, "free text with \\ backslash")      // UT
      .set(Tag{0x0072, 0x0082}, "-9000000000\\7")                   // SV
      .set(Tag{0x0072, 0x0083}, "18000000000000000000")             // UV
      .set(Tag{0x0008, 0x1161}, "1\\4294967295")                    // UL
      .set(Tag{0x0009, 0x0010}, Vr::LO, "IHE HARNESS TEST")         // private creator, PS3.5 7.8.1
      .set_bytes(Tag{0x0009, 0x1001}, Vr::OB, counting_bytes(4))    // private, outside the dictionary
      .set_bytes(Tag{0x0042, 0x0011}, Vr::OB, counting_bytes(10))
      .set_bytes(Tag{0x0066, 0x0022}, Vr::OD, counting_bytes(16))
      .set_bytes(Tag{0x0018, 0x1638}, Vr::OF, counting_bytes(8))
      .set_bytes(Tag{0x0066, 0x0040}, Vr::OL, counting_bytes(12))
      .set_bytes(Tag{0x0072, 0x0081}, Vr::OV, counting_bytes(16))
      .set_bytes(Tag{0x0072, 0x006D}, Vr::UN, counting_bytes(6))
      .set_bytes(Tag{0x7FE0, 0x0010}, Vr::OW, counting_bytes(32))
      .set_bytes(Tag{0x0066, 0x0041}, Vr::OL, {})  // bulk, present but empty
      .set_sequence(Tag{0x0040, 0x0100}, {scheduled_step("SPS-0001"), scheduled_step("SPS-0002")})
      .set_sequence(Tag{0x0040, 0x0275}, {DicomDataset{}})  // one empty item
      .set_sequence(Tag{0x0008, 0x1110}, {});               // empty sequence
  return d;
}

}  // namespace ihe::dicom::test
