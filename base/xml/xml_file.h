#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ihe::xml {

struct SourceFile;

// One element of a user's XML file (configuration, integration statement, target, scenario, rule data).
// Every accessor that finds the file wrong throws ihe::HarnessError with "FILE:LINE: ..." so the user
// sees one line naming where to look. Cheap to copy.
class XmlNode {
 public:
  XmlNode(pugi::xml_node node, std::shared_ptr<const SourceFile> source);

  std::string_view name() const { return node_.name(); }
  // "FILE:LINE" of this element's start tag.
  std::string where() const;
  std::size_t line() const;
  // The file this element was read from (relative paths written in it are relative to its folder).
  const std::filesystem::path& file_path() const;

  std::optional<std::string> attribute(std::string_view name) const;
  std::string attribute_or(std::string_view name, std::string fallback) const;
  // Every attribute's name and value in document order (for files whose allowed attributes depend on
  // other data, such as a scenario step's parameters).
  std::vector<std::pair<std::string, std::string>> attributes() const;
  // Throws "FILE:LINE: <elem> needs attribute 'NAME'" when absent or empty.
  std::string required_attribute(std::string_view name) const;
  long int_attribute(std::string_view name, long fallback, long min, long max) const;
  // true/false, yes/no, 1/0; anything else throws naming the value.
  bool bool_attribute(std::string_view name, bool fallback) const;

  std::vector<XmlNode> children() const;
  std::vector<XmlNode> children(std::string_view name) const;
  // The only child of that name, nullopt when absent; throws when it appears more than once.
  std::optional<XmlNode> child(std::string_view name) const;
  XmlNode required_child(std::string_view name) const;
  // The element's text content, leading and trailing white space removed.
  std::string text() const;

  // Rejects any attribute or child element not named here (typos must not be silently ignored):
  // "FILE:LINE: unknown attribute 'prot' on <dicom> (known: aet, host, port)".
  void allow_only(std::initializer_list<std::string_view> attributes,
                  std::initializer_list<std::string_view> elements) const;

  [[noreturn]] void fail(const std::string& message) const;

 private:
  pugi::xml_node node_;
  std::shared_ptr<const SourceFile> source_;
};

// A parsed XML file. load() throws ihe::HarnessError "FILE: cannot open" or "FILE:LINE: malformed XML: ...".
class XmlFile {
 public:
  static XmlFile load(const std::filesystem::path& path);
  static XmlFile parse(std::string_view text, const std::string& name);

  // The document element; throws "FILE:LINE: expected <NAME> as the root element, found <X>".
  XmlNode root(std::string_view expected_name) const;
  // The document element's name, empty when there is none (to tell kinds of files apart).
  std::string root_name() const;
  const std::filesystem::path& path() const;

 private:
  std::shared_ptr<SourceFile> source_;
};

}  // namespace ihe::xml
