#include "reports/writers/text_escape.h"

#include <gtest/gtest.h>

namespace ihe::reports {
namespace {

TEST(JsonQuoted, EscapesQuotesBackslashesAndEveryControlCharacter) {
  EXPECT_EQ(json_quoted(R"(say "hi" \ bye)"), R"("say \"hi\" \\ bye")");
  EXPECT_EQ(json_quoted("a\nb\rc\td"), R"("a\nb\rc\td")");
  EXPECT_EQ(json_quoted(std::string("\x00\x0b\x1c\x1f", 4)), R"("\u0000\u000b\u001c\u001f")");
  EXPECT_EQ(json_quoted("\x7f"), "\"\x7f\"");  // RFC 8259 7 requires escapes below U+0020 only
}

TEST(JsonQuoted, PassesValidUtf8AndReplacesInvalidSequences) {
  EXPECT_EQ(json_quoted("M\xC3\xBCller \xE6\x97\xA5 \xF0\x9F\x98\x80"),
            "\"M\xC3\xBCller \xE6\x97\xA5 \xF0\x9F\x98\x80\"");
  EXPECT_EQ(json_quoted("M\xFCller"), "\"M\xEF\xBF\xBDller\"");                        // ISO 8859-1 u-umlaut
  EXPECT_EQ(json_quoted("\xC0\xAF"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");                  // overlong '/'
  EXPECT_EQ(json_quoted("\xED\xA0\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // a surrogate
  EXPECT_EQ(json_quoted("end\xE6\x97"), "\"end\xEF\xBF\xBD\xEF\xBF\xBD\"");            // cut short
}

TEST(HtmlEscaped, EscapesMarkupQuotesAndAmpersands) {
  EXPECT_EQ(html_escaped(R"(<script>alert("x" & 'y')</script>)"),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
}

TEST(HtmlEscaped, TurnsHl7SegmentSeparatorsIntoLinesAndOtherControlsIntoReplacements) {
  EXPECT_EQ(html_escaped("MSH|1\rPID|2\r\nPV1|3\n\tx"), "MSH|1\nPID|2\nPV1|3\n\tx");
  EXPECT_EQ(html_escaped("\x0b"
                         "a\x1c\x7f"),
            "\xEF\xBF\xBD"
            "a\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(html_escaped("\xFF"), "\xEF\xBF\xBD");
}

TEST(XmlEscaped, KeepsWhitespaceInAttributesAsReferencesAndDropsForbiddenCharacters) {
  EXPECT_EQ(xml_escaped("a<b>&\"c\"\n\t\r", true), "a&lt;b&gt;&amp;&quot;c&quot;&#10;&#9;&#13;");
  EXPECT_EQ(xml_escaped("line\nnext\tx\r", false), "line\nnext\tx&#13;");
  EXPECT_EQ(xml_escaped(std::string("\x00\x0b\xEF\xBF\xBE", 5), false),
            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

}  // namespace
}  // namespace ihe::reports
