#include <algorithm>
#include <sstream>

#include "profiles/model/catalog.h"

namespace ihe::profiles {

const Transaction* Profile::find_transaction(std::string_view transaction_id) const {
  const auto found = std::find_if(transactions.begin(), transactions.end(),
                                  [&](const auto& t) { return t.id == transaction_id; });
  return found == transactions.end() ? nullptr : &*found;
}

namespace {

std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

void require_actor(const Profile& profile, const xml::XmlNode& node, const std::string& actor) {
  const bool known =
      std::any_of(profile.actors.begin(), profile.actors.end(), [&](auto& a) { return a.id == actor; });
  if (!known) node.fail("unknown actor '" + actor + "' (declare it with <actor id=\"" + actor + "\">)");
}

Transaction read_transaction(const Profile& profile, const Citations& cites, const xml::XmlNode& node) {
  node.allow_only(
      {"id", "name", "initiators", "responders", "protocol", "binding", "spec", "strength", "verified"}, {});
  Transaction t{node.required_attribute("id"),
                node.required_attribute("name"),
                words(node.required_attribute("initiators")),
                words(node.required_attribute("responders")),
                Protocol::Hl7,
                node.required_attribute("binding"),
                cites.meta_of(node)};
  const std::string protocol = node.required_attribute("protocol");
  if (protocol == "dicom")
    t.protocol = Protocol::Dicom;
  else if (protocol != "hl7")
    node.fail("protocol must be hl7 or dicom, not '" + protocol + "'");
  for (const auto& actor : t.initiators) require_actor(profile, node, actor);
  for (const auto& actor : t.responders) require_actor(profile, node, actor);
  return t;
}

Requirement read_requirement(const Profile& profile, const Citations& cites, const xml::XmlNode& node) {
  node.allow_only({"actor", "transaction", "role", "option", "usage", "spec", "strength", "verified"}, {});
  Requirement r{node.required_attribute("actor"), node.required_attribute("transaction"),
                node.required_attribute("role"),  node.attribute_or("option", ""),
                node.attribute_or("usage", "R"),  cites.meta_of(node)};
  require_actor(profile, node, r.actor);
  if (profile.find_transaction(r.transaction) == nullptr)
    node.fail("unknown transaction '" + r.transaction + "'");
  if (r.role != "initiator" && r.role != "responder") node.fail("role must be initiator or responder");
  if (r.usage != "R" && r.usage != "O") node.fail("usage must be R or O");
  const bool option_known = r.option.empty() || std::any_of(profile.options.begin(), profile.options.end(),
                                                            [&](auto& o) { return o.id == r.option; });
  if (!option_known) node.fail("unknown option '" + r.option + "'");
  return r;
}

}  // namespace

Profile load_profile(const std::filesystem::path& file) {
  const auto doc = xml::XmlFile::load(file);
  const auto root = doc.root("profile");
  root.allow_only({"id", "title", "hl7-version"}, {"cite", "actor", "option", "transaction", "requirement"});
  const Citations cites = Citations::read(root);
  Profile profile{root.required_attribute("id"),
                  root.required_attribute("title"),
                  root.required_attribute("hl7-version"),
                  {},
                  {},
                  {},
                  {}};
  for (const auto& node : root.children("actor")) {
    node.allow_only({"id", "title"}, {});
    profile.actors.push_back({node.required_attribute("id"), node.required_attribute("title")});
  }
  for (const auto& node : root.children("option")) {
    node.allow_only({"id", "title", "actors", "spec", "strength", "verified"}, {});
    ProfileOption option{node.required_attribute("id"), node.required_attribute("title"),
                         words(node.required_attribute("actors")), cites.meta_of(node)};
    for (const auto& actor : option.actors) require_actor(profile, node, actor);
    profile.options.push_back(std::move(option));
  }
  for (const auto& node : root.children("transaction")) {
    if (profile.find_transaction(node.required_attribute("id")) != nullptr)
      node.fail("duplicate transaction");
    profile.transactions.push_back(read_transaction(profile, cites, node));
  }
  for (const auto& node : root.children("requirement"))
    profile.requirements.push_back(read_requirement(profile, cites, node));
  return profile;
}

}  // namespace ihe::profiles
