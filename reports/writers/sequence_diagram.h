#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "reports/model/evidence.h"

namespace ihe::reports {

// One arrow of a scenario's sequence diagram: a piece of evidence, where its raw text sits in the page,
// and whether an Error finding rests on it.
struct DiagramEntry {
  const Evidence* evidence = nullptr;
  std::string anchor;  // id of the <details> holding the raw evidence
  bool failing = false;
};

// An inline SVG sequence diagram (one self-contained <svg>): lanes are the evidence's from/to parties in
// order of first appearance, arrows the entries in the given (time) order, each labelled with transaction
// and summary and linking to its raw evidence. Evidence with one party or the same party at both ends
// (a timeout, a note) is a loop on that lane. `id_prefix` keeps the SVG's marker ids unique in the page.
// Every text from the wire is HTML-escaped.
std::string sequence_diagram_svg(const std::vector<DiagramEntry>& entries, std::string_view id_prefix);

// At most max_chars code points of UTF-8 text, "…" marking a cut; never splits a multi-byte character.
std::string shortened(std::string_view text, std::size_t max_chars);

}  // namespace ihe::reports
