#pragma once

#include <string_view>

// Realistic SWF.b (HL7 v2.5.1) messages with synthetic data, CR-terminated as on the wire. They carry
// escapes (\F\ \S\ \T\ \R\ \E\), repetitions (PID-3, IPC-6) and subcomponents (assigning authorities).
namespace ihe::hl7::samples {

// One literal line per segment reads like the message itself, so clang-format keeps out.
// clang-format off

// RAD-1 Patient Registration.
inline constexpr std::string_view kAdtA04 =
    "MSH|^~\\&|HIS_ADT|HOSPITAL_A|RIS_OF|RADIOLOGY|20240105083000||ADT^A04^ADT_A01|MSG00001|P|2.5.1\r"
    "EVN|A04|20240105083000\r"
    "PID|||PAT001^^^HOSP&1.2.3.4.5&ISO^MR~NAT900^^^NATION&2.16.840.1.9&ISO^NI||SMITH\\F\\JONES^ALICE^Q^^DR||"
    "19800214|F|||12 Main St\\T\\Apt 4^^Springfield^IL^62701||555-0101~555-0102|||||ACC777^^^HOSP&1.2.3.4.5&ISO\r"
    "PV1||O|RAD^ROOM1^BED2||||5678^ATTEND^ANNA|1234^REFER^ROBERT|||||||||||VIS42\r";

// RAD-12 Patient Update, merge: PAT099 is merged into PAT001.
inline constexpr std::string_view kAdtA40 =
    "MSH|^~\\&|HIS_ADT|HOSPITAL_A|RIS_OF|RADIOLOGY|20240105090000||ADT^A40^ADT_A39|MSG00002|P|2.5.1\r"
    "EVN|A40|20240105090000\r"
    "PID|||PAT001^^^HOSP&1.2.3.4.5&ISO^MR||SMITH^ALICE^Q\r"
    "PV1||O\r"
    "MRG|PAT099^^^HOSP&1.2.3.4.5&ISO^MR~OLD77^^^OTHER&1.9.9&ISO^MR||||||SMITH^ALICIA\r";

// RAD-2 Placer Order Management, new order.
inline constexpr std::string_view kOmgO19 =
    "MSH|^~\\&|OP_APP|WARD|OF_APP|RADIOLOGY|20240105100000||OMG^O19^OMG_O19|MSG00003|P|2.5.1\r"
    "PID|||PAT001^^^HOSP&1.2.3.4.5&ISO^MR||SMITH^ALICE\r"
    "PV1||I|WARD3^R12^B1\r"
    "ORC|NW|PLC1001^OP_APP||||||||||9999^ORDER^OSCAR\r"
    "TQ1|||||||20240106090000||R^Routine^HL70485\r"
    "OBR|1|PLC1001^OP_APP||CT-HEAD^CT head w/o contrast^LOCAL|||||||||History: fall\\E\\trip\\R\\twice|||"
    "9999^ORDER^OSCAR\r"
    "NTE|1||Patient is claustrophobic\\S\\anxious\r";

// RAD-4 Procedure Scheduled: one requested procedure, two scheduled procedure steps (one IPC each).
inline constexpr std::string_view kOmiO23 =
    "MSH|^~\\&|OF_APP|RADIOLOGY|IM_APP|PACS|20240105110000||OMI^O23^OMI_O23|MSG00004|P|2.5.1\r"
    "PID|||PAT001^^^HOSP&1.2.3.4.5&ISO^MR||SMITH^ALICE||19800214|F\r"
    "PV1||O\r"
    "ORC|NW|PLC1001^OP_APP|FIL2002^OF_APP||SC\r"
    "TQ1|||||||20240106090000||R^Routine^HL70485\r"
    "OBR|1|PLC1001^OP_APP|FIL2002^OF_APP|CT-HEAD^CT head^LOCAL\r"
    "IPC|ACC3003^^RADIOLOGY|RP4004|1.2.826.0.1.3680043.2.1125.1.1|SPS5005|CT|"
    "PROTO1^Head routine^LOCAL~PROTO2^Head thin\\T\\fast^LOCAL|CT_ROOM_1||CTSCANNER1\r"
    "IPC|ACC3003^^RADIOLOGY|RP4004|1.2.826.0.1.3680043.2.1125.1.1|SPS5006|CT|PROTO3^Contrast^LOCAL|CT_ROOM_1||"
    "CTSCANNER1\r";

// The Image Manager's answer to kOmiO23, with two v2.5.1 ERR segments.
inline constexpr std::string_view kAckO23 =
    "MSH|^~\\&|IM_APP|PACS|OF_APP|RADIOLOGY|20240105110001||ACK^O23^ACK|ACK00004|P|2.5.1\r"
    "MSA|AE|MSG00004|IPC-5 modality \\F\\ unknown\r"
    "ERR||IPC^1^5^1^1|103^Table value not found^HL70357|E||||Modality X\\T\\Y not configured\r"
    "ERR||IPC^2^5|101^Required field missing^HL70357|W\r";

// kAdtA04's content with every delimiter replaced: field '*', component ':', repetition '+', escape '?',
// subcomponent '%' (MSH-2 ":+?%").
inline constexpr std::string_view kAdtA04OtherDelimiters =
    "MSH*:+?%*HIS_ADT*HOSPITAL_A*RIS_OF*RADIOLOGY*20240105083000**ADT:A04:ADT_A01*MSG00005*P*2.5.1\r"
    "EVN*A04*20240105083000\r"
    "PID***PAT001:::HOSP%1.2.3.4.5%ISO:MR+NAT900:::NATION%2.16.840.1.9%ISO:NI**SMITH?F?JONES|PIPE:ALICE:Q::DR**"
    "19800214*F\r";

// clang-format on

}  // namespace ihe::hl7::samples
