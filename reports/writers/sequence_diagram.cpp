#include "reports/writers/sequence_diagram.h"

#include <fmt/core.h>

#include <algorithm>

#include "reports/writers/text_escape.h"

namespace ihe::reports {
namespace {

constexpr int kTimeColumn = 80;  // "+12345 ms" left of the first lane
constexpr int kLaneWidth = 260;
constexpr int kHeadHeight = 34;
constexpr int kRowHeight = 40;
constexpr double kCharWidth = 6.6;  // average width of a 12px sans-serif character, for label cutting

std::vector<std::string> lanes_of(const std::vector<DiagramEntry>& entries) {
  std::vector<std::string> lanes;
  for (const auto& entry : entries)
    for (const auto* party : {&entry.evidence->from, &entry.evidence->to})
      if (!party->empty() && std::find(lanes.begin(), lanes.end(), *party) == lanes.end())
        lanes.push_back(*party);
  if (lanes.empty()) lanes.push_back("harness");
  return lanes;
}

int lane_x(const std::vector<std::string>& lanes, const std::string& party) {
  const auto it = std::find(lanes.begin(), lanes.end(), party);
  const auto index = it == lanes.end() ? 0 : static_cast<int>(it - lanes.begin());
  return kTimeColumn + kLaneWidth / 2 + index * kLaneWidth;
}

std::string label_of(const Evidence& evidence) {
  return evidence.transaction.empty() ? evidence.summary : evidence.transaction + " · " + evidence.summary;
}

std::string arrow(const DiagramEntry& entry, const std::vector<std::string>& lanes, int y,
                  std::string_view prefix) {
  const auto& e = *entry.evidence;
  const auto label = label_of(e);
  const auto marker = fmt::format("url(#{}-{})", prefix, entry.failing ? "head-bad" : "head");
  std::string shape;
  const auto from_x = lane_x(lanes, e.from.empty() ? e.to : e.from);
  // A note (e.g. an actor's own log line about the exchange beside it) is what one party saw, not a
  // message on the wire: drawn on that party's lane, never as a second arrow between the parties.
  const bool loop = e.from.empty() || e.to.empty() || e.from == e.to || e.kind == EvidenceKind::Note;
  if (loop) {
    shape = fmt::format("<path d=\"M{0} {1} h36 v14 h-32\" marker-end=\"{2}\"/>", from_x, y - 6, marker);
    shape +=
        fmt::format("<text x=\"{}\" y=\"{}\">{}</text>", from_x + 42, y + 4,
                    html_escaped(shortened(label, static_cast<std::size_t>(kLaneWidth * 0.9 / kCharWidth))));
  } else {
    const auto to_x = lane_x(lanes, e.to);
    const auto room = static_cast<std::size_t>((std::abs(to_x - from_x) - 12) / kCharWidth);
    shape = fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" marker-end=\"{}\"/>", from_x, y,
                        to_x + (to_x > from_x ? -2 : 2), y, marker);
    shape += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>", (from_x + to_x) / 2,
                         y - 6, html_escaped(shortened(label, room)));
  }
  const auto classes = std::string("arrow") + (entry.failing ? " bad" : "") +
                       (e.kind == EvidenceKind::Timeout ? " timeout" : "");
  return fmt::format(
      "<a href=\"#{}\" class=\"{}\"><title>{} {} → {}: {}</title>"
      "<text class=\"time\" x=\"6\" y=\"{}\">+{} ms</text>{}</a>\n",
      html_escaped(entry.anchor), classes, html_escaped(e.id), html_escaped(e.from.empty() ? "?" : e.from),
      html_escaped(e.to.empty() ? "?" : e.to), html_escaped(label), y + 4, e.at_ms, shape);
}

}  // namespace

std::string shortened(std::string_view text, std::size_t max_chars) {
  const auto starts_char = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; };
  if (static_cast<std::size_t>(std::count_if(text.begin(), text.end(), starts_char)) <= max_chars)
    return std::string(text);
  if (max_chars == 0) return {};
  std::size_t kept = 0;
  std::size_t cut = 0;
  for (; cut < text.size(); ++cut)
    if (starts_char(text[cut]) && kept++ == max_chars - 1) break;
  return std::string(text.substr(0, cut)) + "…";
}

std::string sequence_diagram_svg(const std::vector<DiagramEntry>& entries, std::string_view id_prefix) {
  const auto lanes = lanes_of(entries);
  const int width = kTimeColumn + static_cast<int>(lanes.size()) * kLaneWidth;
  const int height = kHeadHeight + 24 + static_cast<int>(entries.size()) * kRowHeight;
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sequence\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"sequence diagram, {2} messages\">\n"
      "<defs><marker id=\"{3}-head\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
      "markerUnits=\"userSpaceOnUse\" "
      "markerWidth=\"9\" markerHeight=\"9\" orient=\"auto\"><path d=\"M0 0 L10 5 L0 10 z\" "
      "fill=\"#24292f\"/></marker>"
      "<marker id=\"{3}-head-bad\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
      "markerUnits=\"userSpaceOnUse\" "
      "markerWidth=\"9\" markerHeight=\"9\" orient=\"auto\"><path d=\"M0 0 L10 5 L0 10 z\" "
      "fill=\"#cf222e\"/></marker></defs>\n",
      width, height, entries.size(), html_escaped(id_prefix));
  for (const auto& lane : lanes) {
    const int x = lane_x(lanes, lane);
    svg += fmt::format(
        "<g class=\"lane\"><line class=\"lane-line\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>"
        "<rect class=\"lane-head\" x=\"{3}\" y=\"4\" width=\"{4}\" height=\"26\" rx=\"4\"/>"
        "<text x=\"{0}\" y=\"22\" text-anchor=\"middle\">{5}</text></g>\n",
        x, kHeadHeight, height - 4, x - kLaneWidth / 2 + 10, kLaneWidth - 20,
        html_escaped(shortened(lane, static_cast<std::size_t>((kLaneWidth - 30) / kCharWidth))));
  }
  int y = kHeadHeight + 26;
  for (const auto& entry : entries) {
    svg += arrow(entry, lanes, y, id_prefix);
    y += kRowHeight;
  }
  return svg + "</svg>";
}

}  // namespace ihe::reports
