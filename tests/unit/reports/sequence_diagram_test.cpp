#include "reports/writers/sequence_diagram.h"

#include <gtest/gtest.h>

namespace ihe::reports {
namespace {

Evidence ev(std::string id, std::string from, std::string to, std::string summary,
            EvidenceKind kind = EvidenceKind::DicomDimse) {
  return {std::move(id), kind, 5, std::move(from), std::move(to), "RAD-8", std::move(summary), ""};
}

TEST(SequenceDiagram, LanesInOrderOfFirstAppearanceArrowsLinkToTheirEvidence) {
  const auto a = ev("E1", "harness:MOD", "SUT", "C-STORE-RQ");
  const auto b = ev("E2", "SUT", "harness:MOD", "C-STORE-RSP");
  const auto c = ev("E3", "SUT", "harness:OF", "ORU");
  const auto svg =
      sequence_diagram_svg({{&a, "x-ev-1", false}, {&b, "x-ev-2", true}, {&c, "x-ev-3", false}}, "x");
  const auto mod = svg.find(">harness:MOD</text>");
  const auto sut = svg.find(">SUT</text>");
  const auto of = svg.find(">harness:OF</text>");
  EXPECT_LT(mod, sut);
  EXPECT_LT(sut, of);
  EXPECT_NE(of, std::string::npos);
  EXPECT_NE(svg.find("<a href=\"#x-ev-1\" class=\"arrow\">"), std::string::npos);
  EXPECT_NE(svg.find("<a href=\"#x-ev-2\" class=\"arrow bad\">"), std::string::npos);
  EXPECT_NE(svg.find("RAD-8 · C-STORE-RQ</text>"), std::string::npos);
  EXPECT_NE(svg.find("url(#x-head-bad)"), std::string::npos);
  EXPECT_EQ(svg.rfind("</svg>"), svg.size() - 6);
  // Arrows go down the page in the given order.
  EXPECT_LT(svg.find("#x-ev-1"), svg.find("#x-ev-2"));
  EXPECT_LT(svg.find("#x-ev-2"), svg.find("#x-ev-3"));
}

TEST(SequenceDiagram, OneSidedEvidenceIsALoopAndWireTextIsEscaped) {
  const auto timeout = ev("E9", "harness:ID", "", "no <answer> & \"nothing\"", EvidenceKind::Timeout);
  const auto svg = sequence_diagram_svg({{&timeout, "t", false}}, "p");
  EXPECT_NE(svg.find("class=\"arrow timeout\""), std::string::npos);
  EXPECT_NE(svg.find("<path d=\"M"), std::string::npos);
  EXPECT_NE(svg.find("no &lt;answer&gt; &amp; &quot;nothing&quot;"), std::string::npos);
  EXPECT_EQ(svg.find("<answer>"), std::string::npos);
}

TEST(SequenceDiagram, ANoteBetweenTwoPartiesStaysOnItsAuthorsLaneNotASecondArrow) {
  const auto note = ev("E4", "harness", "SUT", "actor log: C-STORE", EvidenceKind::Note);
  const auto wire = ev("E5", "harness", "SUT", "C-STORE-RQ");
  const auto svg = sequence_diagram_svg({{&note, "n", false}, {&wire, "w", false}}, "p");
  const auto note_at = svg.find("#n\"");
  const auto wire_at = svg.find("#w\"");
  ASSERT_NE(note_at, std::string::npos);
  ASSERT_NE(wire_at, std::string::npos);
  EXPECT_NE(svg.substr(note_at, wire_at - note_at).find("<path d=\"M"), std::string::npos);
  EXPECT_EQ(svg.substr(note_at, wire_at - note_at).find("<line x1"), std::string::npos);
  EXPECT_NE(svg.substr(wire_at).find("<line x1"), std::string::npos);
}

TEST(SequenceDiagram, LongLabelsAreShortenedWholeCharactersOnly) {
  EXPECT_EQ(shortened("abcdef", 6), "abcdef");
  EXPECT_EQ(shortened("abcdefg", 6), "abcde…");
  EXPECT_EQ(shortened("\xC3\xBC\xC3\xBC\xC3\xBC", 2), "\xC3\xBC…");
  EXPECT_EQ(shortened("abc", 0), "");
}

}  // namespace
}  // namespace ihe::reports
