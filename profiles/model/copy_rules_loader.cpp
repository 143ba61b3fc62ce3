#include <array>

#include "profiles/model/copy_rules.h"

namespace ihe::profiles {

bool is_message_kind(std::string_view kind) {
  static constexpr std::array<std::string_view, 10> kKinds{
      "order", "rad-4",          "mwl",           "mpps-create", "mpps-set",
      "image", "stgcmt-request", "stgcmt-report", "query",       "ian"};
  for (const auto k : kKinds)
    if (k == kind) return true;
  return false;
}

namespace {

std::string kind_attribute(const xml::XmlNode& node, std::string_view name) {
  std::string kind = node.required_attribute(name);
  if (!is_message_kind(kind)) node.fail("unknown message kind '" + kind + "'");
  return kind;
}

}  // namespace

CopyRules load_copy_rules(const std::filesystem::path& file) {
  const auto doc = xml::XmlFile::load(file);
  const auto root = doc.root("copy-rules");
  root.allow_only({"profile"}, {"cite", "link", "copy"});
  const Citations cites = Citations::read(root);
  CopyRules rules{root.required_attribute("profile"), {}, {}};
  for (const auto& node : root.children("link")) {
    node.allow_only({"kind", "study", "accession", "placer"}, {});
    ProcedureLink link{kind_attribute(node, "kind"), {}};
    for (const char* key : {"study", "accession", "placer"})
      if (const auto path = node.attribute(key)) link.keys[key] = *path;
    if (link.keys.empty()) node.fail("a link needs at least one of study, accession, placer");
    rules.links.push_back(std::move(link));
  }
  for (const auto& node : root.children("copy")) {
    node.allow_only({"from", "source", "to", "target", "spec", "strength", "verified"}, {});
    rules.rules.push_back({kind_attribute(node, "from"), node.required_attribute("source"),
                           kind_attribute(node, "to"), node.required_attribute("target"),
                           cites.meta_of(node)});
  }
  return rules;
}

}  // namespace ihe::profiles
