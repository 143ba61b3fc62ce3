#include <charconv>

#include "actors/hl7/ack.h"

namespace ihe::hl7 {
namespace {

std::size_t number(std::string_view text) {
  std::size_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

Path path(std::size_t occurrence, std::size_t field, std::size_t repetition, std::size_t component,
          std::optional<std::size_t> subcomponent = std::nullopt) {
  return Path{"ERR", occurrence, field, repetition, component, subcomponent};
}

// v2.5 and later: ERR-2 (ERL), ERR-3 (CWE), ERR-4, ERR-8 (HL7 v2.5.1 2.15.5).
AckError read_v25_error(const Message& m, std::size_t n) {
  ErrorLocation where{m.get(path(n, 2, 1, 1)),         number(m.get(path(n, 2, 1, 2))),
                      number(m.get(path(n, 2, 1, 3))), number(m.get(path(n, 2, 1, 4))),
                      number(m.get(path(n, 2, 1, 5))), number(m.get(path(n, 2, 1, 6)))};
  return AckError{std::move(where), m.get(path(n, 3, 1, 1)), m.get(path(n, 3, 1, 2)), m.get(path(n, 4, 1, 1)),
                  m.get(path(n, 8, 1, 1))};
}

// Before v2.5 (and still sent by many v2.5 systems, where ERR-1 is kept for backward compatibility):
// repeating ERR-1 ELD, segment^sequence^field^code&text&table.
AckError read_ld_error(const Message& m, std::size_t n, std::size_t repetition) {
  ErrorLocation where{m.get(path(n, 1, repetition, 1)), number(m.get(path(n, 1, repetition, 2))),
                      number(m.get(path(n, 1, repetition, 3)))};
  return AckError{std::move(where), m.get(path(n, 1, repetition, 4, 1)), m.get(path(n, 1, repetition, 4, 2)),
                  "", ""};
}

}  // namespace

std::optional<Acknowledgement> read_ack(const Message& response) {
  if (response.find("MSA") == nullptr) return std::nullopt;
  Acknowledgement ack{response.get("MSA-1"), response.get("MSA-2"), response.get("MSA-3"), {}};
  for (std::size_t n = 1; n <= response.count("ERR"); ++n) {
    const auto node = [&](std::size_t field) { return response.get_er7(Path{"ERR", n, field, {}, {}, {}}); };
    if (!node(2).empty() || !node(3).empty()) {
      ack.errors.push_back(read_v25_error(response, n));
      continue;
    }
    if (node(1).empty()) continue;
    const Segment* err = response.find("ERR", n);
    for (std::size_t r = 1; r <= err->fields[0].repetitions.size(); ++r)
      ack.errors.push_back(read_ld_error(response, n, r));
  }
  return ack;
}

}  // namespace ihe::hl7
