#include "actors/hl7/serialize.h"

namespace ihe::hl7 {
namespace {

template <typename T>
std::string join(const NodeList<T>& items, char separator, const Delimiters& delimiters) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) text.push_back(separator);
    text += serialize(items[i], delimiters);
  }
  return text;
}

std::string leaf_of(const Field& field) {
  return field.repetitions.at(0).components.at(0).subcomponents.at(0);
}

}  // namespace

std::string serialize(const Component& component, const Delimiters& delimiters) {
  std::string text;
  for (std::size_t i = 0; i < component.subcomponents.size(); ++i) {
    if (i > 0) text.push_back(delimiters.subcomponent);
    text += component.subcomponents[i];
  }
  return text;
}

std::string serialize(const Repetition& repetition, const Delimiters& delimiters) {
  return join(repetition.components, delimiters.component, delimiters);
}

std::string serialize(const Field& field, const Delimiters& delimiters) {
  return join(field.repetitions, delimiters.repetition, delimiters);
}

std::string serialize(const Segment& segment, const Delimiters& delimiters) {
  std::string text = segment.id;
  std::size_t first = 0;
  if (segment.id == "MSH") {
    // MSH-1 is the separator after "MSH" and MSH-2 follows it directly (HL7 v2.5.1 2.15.9.1).
    for (; first < 2 && first < segment.fields.size(); ++first) text += leaf_of(segment.fields[first]);
  }
  for (std::size_t i = first; i < segment.fields.size(); ++i) {
    text.push_back(delimiters.field);
    text += serialize(segment.fields[i], delimiters);
  }
  return text;
}

std::string serialize(const Message& message) {
  const Delimiters delimiters = message.delimiters();
  std::string text;
  for (const Segment& segment : message.segments()) {
    text += serialize(segment, delimiters);
    text.push_back('\r');
  }
  return text;
}

}  // namespace ihe::hl7
