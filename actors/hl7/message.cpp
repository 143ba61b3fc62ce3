#include "actors/hl7/message.h"

#include <algorithm>
#include <utility>

#include "actors/hl7/escape.h"
#include "actors/hl7/parse.h"
#include "actors/hl7/serialize.h"
#include "base/harness_error.h"

namespace ihe::hl7 {
namespace {

// MSH-1 and MSH-2 are the delimiters themselves, not data (HL7 v2.5.1 2.15.9.1, 2.15.9.2).
bool is_delimiter_field(const Path& path) {
  return path.segment == "MSH" && path.field <= 2;
}

// For both the segment's field vector and the NodeList levels below it.
template <typename List>
const typename List::value_type* element(const List& items, std::optional<std::size_t> index) {
  const std::size_t i = index.value_or(1);
  return i <= items.size() ? &items[i - 1] : nullptr;
}

template <typename List>
typename List::value_type& element_or_grow(List& items, std::optional<std::size_t> index) {
  const std::size_t i = index.value_or(1);
  if (items.size() < i) items.resize(i);
  return items[i - 1];
}

// Segment ids are three bytes (HL7 v2.5.1 2.5), compared inline: std::string's == calls memcmp, and the
// validators look segments up by id dozens of times per message.
bool has_id(const Segment& segment, std::string_view id) {
  if (segment.id.size() != id.size()) return false;
  for (std::size_t i = 0; i < id.size(); ++i)
    if (segment.id[i] != id[i]) return false;
  return true;
}

void require_free_of(std::string_view er7, std::string_view forbidden, const Path& path) {
  if (er7.find_first_of(forbidden) != std::string_view::npos) {
    throw HarnessError("ER7 text '" + std::string(er7) + "' for " + path.to_string() +
                       " contains a delimiter of a level above it");
  }
}

}  // namespace

Field Field::leaf(std::string er7) {
  Field field;
  field.repetitions.front().components.front().subcomponents.front() = std::move(er7);
  return field;
}

Message Message::with_header(const Delimiters& delimiters) {
  Message message;
  message.segments_.push_back(Segment{
      "MSH", {Field::leaf(std::string(1, delimiters.field)), Field::leaf(delimiters.encoding_characters())}});
  return message;
}

Delimiters Message::delimiters() const {
  Delimiters delimiters;
  const Segment* msh = find("MSH");
  if (msh == nullptr || msh->fields.size() < 2) return delimiters;
  const std::string& separator = msh->fields[0].repetitions[0].components[0].subcomponents[0];
  const std::string& encoding = msh->fields[1].repetitions[0].components[0].subcomponents[0];
  if (separator.size() != 1 || encoding.size() < 4) return delimiters;
  return Delimiters{separator[0], encoding[0], encoding[1], encoding[2], encoding[3]};
}

Segment& Message::add_segment(std::string id) {
  if (!is_segment_id(id))
    throw HarnessError("'" + id + "' is not an HL7 segment id (three upper-case characters)");
  return segments_.emplace_back(Segment{std::move(id), {}});
}

std::size_t Message::count(std::string_view id) const {
  return static_cast<std::size_t>(
      std::count_if(segments_.begin(), segments_.end(), [&](const Segment& s) { return has_id(s, id); }));
}

const Segment* Message::find(std::string_view id, std::size_t occurrence) const {
  for (const Segment& segment : segments_) {
    if (has_id(segment, id) && --occurrence == 0) return &segment;
  }
  return nullptr;
}

Segment* Message::find_mutable(std::string_view id, std::size_t occurrence) {
  return const_cast<Segment*>(std::as_const(*this).find(id, occurrence));
}

Segment& Message::find_or_insert(std::string_view id, std::size_t occurrence) {
  if (Segment* segment = find_mutable(id, occurrence)) return *segment;
  if (id == "MSH") {
    // One MSH per message, always first, always declaring the delimiters (HL7 v2.5.1 2.15.9).
    if (occurrence != 1)
      throw HarnessError("a message has exactly one MSH; MSH[" + std::to_string(occurrence) + "] asked for");
    segments_.insert(segments_.begin(), with_header().segments_.front());
    return segments_.front();
  }
  const auto last =
      std::find_if(segments_.rbegin(), segments_.rend(), [&](const Segment& s) { return has_id(s, id); });
  auto position = last == segments_.rend() ? segments_.end() : last.base();
  const std::size_t missing = occurrence - count(id);
  position = segments_.insert(position, missing, Segment{std::string(id), {}});
  return *(position + static_cast<std::ptrdiff_t>(missing - 1));
}

std::string Message::get(const Path& path) const {
  const Segment* segment = find(path.segment, path.segment_occurrence);
  if (segment == nullptr) return {};
  const Field* field = element(segment->fields, path.field);
  if (field == nullptr) return {};
  if (is_delimiter_field(path)) return field->repetitions[0].components[0].subcomponents[0];
  const Repetition* repetition = element(field->repetitions, path.repetition);
  const Component* component = repetition ? element(repetition->components, path.component) : nullptr;
  const std::string* leaf = component ? element(component->subcomponents, path.subcomponent) : nullptr;
  return leaf ? decode(*leaf, delimiters()) : std::string();
}

std::size_t Message::repetition_count(const Path& path) const {
  const Segment* segment = find(path.segment, path.segment_occurrence);
  const Field* field = segment ? element(segment->fields, path.field) : nullptr;
  return field ? field->repetitions.size() : 0;
}

void Message::set(const Path& path, std::string_view value) {
  if (is_delimiter_field(path))
    throw HarnessError(path.to_string() + " is a delimiter declaration and cannot be set");
  const std::string er7 = encode(value, delimiters());
  Segment& segment = find_or_insert(path.segment, path.segment_occurrence);
  Field& field = element_or_grow(segment.fields, path.field);
  Repetition& repetition = element_or_grow(field.repetitions, path.repetition);
  Component& component = element_or_grow(repetition.components, path.component);
  element_or_grow(component.subcomponents, path.subcomponent) = er7;
}

std::string Message::get_er7(const Path& path) const {
  const Delimiters d = delimiters();
  const Segment* segment = find(path.segment, path.segment_occurrence);
  const Field* field = segment ? element(segment->fields, path.field) : nullptr;
  if (field == nullptr) return {};
  if (is_delimiter_field(path)) return field->repetitions[0].components[0].subcomponents[0];
  if (!path.repetition && !path.component) return serialize(*field, d);
  const Repetition* repetition = element(field->repetitions, path.repetition);
  if (repetition == nullptr) return {};
  if (!path.component) return serialize(*repetition, d);
  const Component* component = element(repetition->components, path.component);
  if (component == nullptr) return {};
  if (!path.subcomponent) return serialize(*component, d);
  const std::string* leaf = element(component->subcomponents, path.subcomponent);
  return leaf ? *leaf : std::string();
}

void Message::set_er7(const Path& path, std::string_view er7) {
  if (is_delimiter_field(path))
    throw HarnessError(path.to_string() + " is a delimiter declaration and cannot be set");
  const Delimiters d = delimiters();
  Segment& segment = find_or_insert(path.segment, path.segment_occurrence);
  Field& field = element_or_grow(segment.fields, path.field);
  if (!path.repetition && !path.component) {
    require_free_of(er7, {&d.field, 1}, path);
    field = parse_field(er7, d);
    return;
  }
  Repetition& repetition = element_or_grow(field.repetitions, path.repetition);
  if (!path.component) {
    require_free_of(er7, std::string{d.field, d.repetition}, path);
    repetition = parse_repetition(er7, d);
    return;
  }
  Component& component = element_or_grow(repetition.components, path.component);
  if (!path.subcomponent) {
    require_free_of(er7, std::string{d.field, d.repetition, d.component}, path);
    component = parse_component(er7, d);
    return;
  }
  require_free_of(er7, std::string{d.field, d.repetition, d.component, d.subcomponent}, path);
  element_or_grow(component.subcomponents, path.subcomponent) = std::string(er7);
}

}  // namespace ihe::hl7
