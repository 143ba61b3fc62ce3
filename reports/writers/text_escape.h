#pragma once

#include <string>
#include <string_view>

// Everything the writers take from the wire (HL7 fields, DICOM dumps, peer AE titles) is untrusted text:
// it may hold markup, quotes, control characters and bytes that are not UTF-8 (an HL7 peer sending
// ISO 8859-1). Each output format gets it through exactly one of these, so every report file stays
// well-formed UTF-8 whatever the SUT sent. Invalid UTF-8 sequences become U+FFFD in all of them.
namespace ihe::reports {

// A JSON string literal with its quotes (RFC 8259 7): '"', '\\' and U+0000..U+001F escaped, the rest of
// valid UTF-8 passed through unchanged.
std::string json_quoted(std::string_view text);

// Text for HTML element content and quoted attribute values: & < > " ' as references. CR LF and lone CR
// (the HL7 segment separator) become LF; other C0 controls but TAB become U+FFFD (HTML 13.2.5 makes
// them parse errors).
std::string html_escaped(std::string_view text);

// Text for XML 1.0 content or attribute values: & < > " as references; characters XML 1.0 2.2 forbids
// (C0 controls but TAB, LF, CR; U+FFFE, U+FFFF) become U+FFFD. In attributes TAB, LF and CR are written
// as character references so attribute-value normalisation (XML 1.0 3.3.3) keeps them.
std::string xml_escaped(std::string_view text, bool attribute);

}  // namespace ihe::reports
