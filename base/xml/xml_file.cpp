#include "base/xml/xml_file.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "base/harness_error.h"

namespace ihe::xml {

// The document and what is needed to turn pugixml's byte offsets into line numbers.
struct SourceFile {
  std::string name;
  std::filesystem::path path;
  std::string text;
  std::vector<std::size_t> line_starts;
  pugi::xml_document document;

  std::size_t line_of(std::ptrdiff_t offset) const {
    if (offset < 0) return 0;
    const auto it = std::upper_bound(line_starts.begin(), line_starts.end(), static_cast<std::size_t>(offset));
    return static_cast<std::size_t>(it - line_starts.begin());
  }
};

namespace {

std::string join(std::initializer_list<std::string_view> names) {
  std::string text;
  for (const auto name : names) text += (text.empty() ? "" : ", ") + std::string(name);
  return text.empty() ? "none" : text;
}

bool contains(std::initializer_list<std::string_view> names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

}  // namespace

XmlNode::XmlNode(pugi::xml_node node, std::shared_ptr<const SourceFile> source)
    : node_(node), source_(std::move(source)) {}

std::size_t XmlNode::line() const { return source_->line_of(node_.offset_debug()); }

const std::filesystem::path& XmlNode::file_path() const { return source_->path; }

std::string XmlNode::where() const { return source_->name + ":" + std::to_string(line()); }

void XmlNode::fail(const std::string& message) const { throw HarnessError(where() + ": " + message); }

std::optional<std::string> XmlNode::attribute(std::string_view name) const {
  const auto attr = node_.attribute(std::string(name).c_str());
  if (!attr) return std::nullopt;
  return std::string(attr.value());
}

std::string XmlNode::attribute_or(std::string_view name, std::string fallback) const {
  return attribute(name).value_or(std::move(fallback));
}

std::string XmlNode::required_attribute(std::string_view name) const {
  auto value = attribute(name);
  if (!value || trim(*value).empty())
    fail("<" + std::string(this->name()) + "> needs attribute '" + std::string(name) + "'");
  return *value;
}

long XmlNode::int_attribute(std::string_view name, long fallback, long min, long max) const {
  const auto text = attribute(name);
  if (!text) return fallback;
  long value = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc() || end != text->data() + text->size() || value < min || value > max)
    fail("attribute '" + std::string(name) + "' must be a number from " + std::to_string(min) + " to " +
         std::to_string(max) + ", got '" + *text + "'");
  return value;
}

bool XmlNode::bool_attribute(std::string_view name, bool fallback) const {
  const auto text = attribute(name);
  if (!text) return fallback;
  if (*text == "true" || *text == "yes" || *text == "1") return true;
  if (*text == "false" || *text == "no" || *text == "0") return false;
  fail("attribute '" + std::string(name) + "' must be true or false, got '" + *text + "'");
}

std::vector<XmlNode> XmlNode::children() const {
  std::vector<XmlNode> nodes;
  for (const auto child : node_.children())
    if (child.type() == pugi::node_element) nodes.emplace_back(child, source_);
  return nodes;
}

std::vector<XmlNode> XmlNode::children(std::string_view name) const {
  std::vector<XmlNode> nodes;
  // pugi's named range keeps the name pointer while iterating: the string must outlive the loop.
  const std::string wanted(name);
  for (const auto child : node_.children(wanted.c_str())) nodes.emplace_back(child, source_);
  return nodes;
}

std::optional<XmlNode> XmlNode::child(std::string_view name) const {
  auto nodes = children(name);
  if (nodes.empty()) return std::nullopt;
  if (nodes.size() > 1) nodes[1].fail("<" + std::string(name) + "> may appear only once here");
  return nodes.front();
}

XmlNode XmlNode::required_child(std::string_view name) const {
  auto node = child(name);
  if (!node) fail("<" + std::string(this->name()) + "> needs a <" + std::string(name) + "> element");
  return *node;
}

std::string XmlNode::text() const { return trim(node_.text().get()); }

std::vector<std::pair<std::string, std::string>> XmlNode::attributes() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto attr : node_.attributes()) out.emplace_back(attr.name(), attr.value());
  return out;
}

void XmlNode::allow_only(std::initializer_list<std::string_view> attributes,
                         std::initializer_list<std::string_view> elements) const {
  for (const auto attr : node_.attributes())
    if (!contains(attributes, attr.name()))
      fail("unknown attribute '" + std::string(attr.name()) + "' on <" + std::string(name()) +
           "> (known: " + join(attributes) + ")");
  for (const auto& child : children())
    if (!contains(elements, child.name()))
      child.fail("unknown element <" + std::string(child.name()) + "> in <" + std::string(name()) +
                 "> (known: " + join(elements) + ")");
}

XmlFile XmlFile::parse(std::string_view text, const std::string& name) {
  XmlFile file;
  auto source = std::make_shared<SourceFile>();
  source->name = name;
  source->path = name;
  source->text = std::string(text);
  source->line_starts.push_back(0);
  for (std::size_t i = 0; i < source->text.size(); ++i)
    if (source->text[i] == '\n') source->line_starts.push_back(i + 1);
  const auto result = source->document.load_buffer(source->text.data(), source->text.size());
  if (!result)
    throw HarnessError(name + ":" + std::to_string(source->line_of(result.offset)) +
                       ": malformed XML: " + result.description());
  file.source_ = std::move(source);
  return file;
}

XmlFile XmlFile::load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw HarnessError(path.string() + ": cannot open file");
  std::ostringstream text;
  text << in.rdbuf();
  return parse(text.str(), path.string());
}

XmlNode XmlFile::root(std::string_view expected_name) const {
  const auto element = source_->document.document_element();
  XmlNode node(element, source_);
  if (!element) throw HarnessError(source_->name + ": no root element");
  if (node.name() != expected_name)
    node.fail("expected <" + std::string(expected_name) + "> as the root element, found <" +
              std::string(node.name()) + ">");
  return node;
}

std::string XmlFile::root_name() const { return source_->document.document_element().name(); }

const std::filesystem::path& XmlFile::path() const { return source_->path; }

}  // namespace ihe::xml
