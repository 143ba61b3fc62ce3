#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "actors/hl7/delimiters.h"
#include "actors/hl7/path.h"

namespace ihe::hl7 {

// The parse tree of HL7 v2.5.1 2.5: field -> repetitions -> components -> subcomponents. Leaves hold ER7
// text exactly as on the wire (escape sequences not decoded) so that a message read from a peer is
// written back byte for byte; Message::get() decodes. Invariant kept by the parser and every setter: no
// level is empty (an empty field is one repetition of one component of one empty subcomponent) and no
// leaf contains a delimiter.
// Most nodes hold one child (a field of one repetition of one component of one subcomponent), so each
// level keeps its first child inline: a typical message parses with a tenth of the allocations that
// std::vector levels cost (bench/validation). Each level's default child is emplaced by the constructor:
// boost's sized constructor `NodeList<T>(1)` goes through its generic insert path, which cost about a
// tenth of the parse (callgrind, bench/validation --count).
template <typename T>
using NodeList = boost::container::small_vector<T, 1>;

struct Component {
  NodeList<std::string> subcomponents;
  Component() { subcomponents.emplace_back(); }
  bool operator==(const Component&) const = default;
};
struct Repetition {
  NodeList<Component> components;
  Repetition() { components.emplace_back(); }
  bool operator==(const Repetition&) const = default;
};
struct Field {
  NodeList<Repetition> repetitions;
  Field() { repetitions.emplace_back(); }

  // A field of a single leaf holding `er7` verbatim (MSH-1 and MSH-2 are stored this way).
  static Field leaf(std::string er7);
  bool operator==(const Field&) const = default;
};

// One segment; fields[0] is field 1. In MSH, fields[0] is MSH-1 (the field separator itself) and
// fields[1] is MSH-2 (the encoding characters, not split and never escaped: HL7 v2.5.1 2.15.9.1/2).
struct Segment {
  std::string id;
  std::vector<Field> fields;
  bool operator==(const Segment&) const = default;
};

// An HL7 v2 message: segments in order. A value type; compare with ==.
//
// Path access (see Path): get()/set() address one leaf and default every index that the path omits to 1,
// like HAPI's Terser (`PID-5` reads PID-5[1].1.1), so set(p, get(p)) changes nothing. get_er7()/set_er7()
// address the node itself: `PID-3` is the whole field with all repetitions, `PID-3[2]` one repetition,
// `PID-3.4` a component of the first repetition. Malformed path text throws ihe::HarnessError.
class Message {
 public:
  Message() = default;
  // A message holding only an MSH with MSH-1 and MSH-2 declaring `delimiters`.
  static Message with_header(const Delimiters& delimiters = {});

  // From MSH-1 and MSH-2; the defaults when there is no MSH.
  Delimiters delimiters() const;

  const std::vector<Segment>& segments() const { return segments_; }
  std::vector<Segment>& segments() { return segments_; }
  // Appends a segment and returns it; throws ihe::HarnessError when `id` is not a segment id.
  Segment& add_segment(std::string id);
  std::size_t count(std::string_view id) const;
  // The n-th (1-based) segment with that id, nullptr when there are fewer.
  const Segment* find(std::string_view id, std::size_t occurrence = 1) const;

  // The decoded value of one leaf; empty when any level of it is absent. MSH-1 and MSH-2 verbatim.
  std::string get(std::string_view path) const { return get(Path::parse_or_throw(path)); }
  std::string get(const Path& path) const;
  // Stores `value` encoded, creating the segment (after the last one with that id, else at the end) and
  // every missing level. Throws ihe::HarnessError for MSH-1/MSH-2: the delimiters are fixed at creation.
  void set(std::string_view path, std::string_view value) { set(Path::parse_or_throw(path), value); }
  void set(const Path& path, std::string_view value);

  // The ER7 text of the addressed node, escapes kept; empty when absent.
  std::string get_er7(std::string_view path) const { return get_er7(Path::parse_or_throw(path)); }
  std::string get_er7(const Path& path) const;
  // Replaces the addressed node by `er7`, split with this message's delimiters (`"ADT^A04^ADT_A01"` into
  // MSH-9). Throws ihe::HarnessError when `er7` holds a delimiter of a level above the node.
  void set_er7(std::string_view path, std::string_view er7) { set_er7(Path::parse_or_throw(path), er7); }
  void set_er7(const Path& path, std::string_view er7);

  // How many repetitions the addressed field has (PID-3 with two identifiers: 2); 0 when the field is
  // absent. Only the segment and field of the path count.
  std::size_t repetition_count(std::string_view path) const {
    return repetition_count(Path::parse_or_throw(path));
  }
  std::size_t repetition_count(const Path& path) const;

  std::string message_type() const { return get("MSH-9.1"); }
  std::string trigger_event() const { return get("MSH-9.2"); }
  std::string message_structure() const { return get("MSH-9.3"); }
  std::string control_id() const { return get("MSH-10"); }
  std::string version() const { return get("MSH-12.1"); }

  bool operator==(const Message&) const = default;

 private:
  Segment* find_mutable(std::string_view id, std::size_t occurrence);
  Segment& find_or_insert(std::string_view id, std::size_t occurrence);

  std::vector<Segment> segments_;
};

}  // namespace ihe::hl7
