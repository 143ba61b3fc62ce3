#include "scenarios/engine/scenario_loader.h"

#include <algorithm>
#include <array>
#include <set>

#include "base/harness_error.h"
#include "base/text.h"
#include "base/xml/xml_file.h"
#include "scenarios/engine/claim_catalog.h"
#include "scenarios/engine/step_loader.h"

namespace ihe::scenarios {
namespace {

constexpr std::array<std::string_view, 4> kSutRoles{"image-manager", "acquisition-modality", "order-filler",
                                                    "image-display"};

reports::SpecRef read_spec(const xml::XmlNode& node) {
  node.allow_only({"id", "document", "section", "strength"}, {});
  reports::SpecRef ref{node.required_attribute("document"), node.required_attribute("section"),
                       reports::Strength::Shall};
  const auto strength = reports::parse_strength(node.attribute_or("strength", "SHALL"));
  if (!strength) node.fail("strength must be SHALL or SHOULD");
  ref.strength = *strength;
  return ref;
}

Variable read_var(const xml::XmlNode& node) {
  node.allow_only({"name", "value", "generate"}, {});
  Variable var{node.required_attribute("name"), node.attribute_or("value", ""),
               node.attribute_or("generate", "")};
  if (!var.generate.empty() && var.generate != "uid" && var.generate != "accession" && var.generate != "id")
    node.fail("generate must be uid, accession or id, not '" + var.generate + "'");
  if (!var.generate.empty() && node.attribute("value")) node.fail("<var> takes value or generate, not both");
  return var;
}

void read_header(const xml::XmlNode& root, Scenario& s, const LoadContext& context) {
  s.id = root.required_attribute("id");
  s.title = root.required_attribute("title");
  s.sut_role = root.required_attribute("sut");
  if (!is_sut_role(s.sut_role)) root.fail("unknown sut role '" + s.sut_role + "'");
  for (auto& text : split_nonempty(root.attribute_or("follows", ""), ',')) {
    text.erase(0, text.find_first_not_of(' '));
    s.follows.push_back(text);
  }
  s.transactions = split_nonempty(root.attribute_or("transactions", ""), ' ');
  for (const auto& text : split_nonempty(root.required_attribute("claims"), ' ')) {
    const auto claim = parse_claim(text);
    if (!claim) root.fail("claim '" + text + "' is not PROFILE:ACTOR or PROFILE:ACTOR:OPTION");
    if (const auto problem = claim_problem(*claim, context.catalog); !problem.empty()) root.fail(problem);
    s.claims.push_back(*claim);
  }
}

}  // namespace

std::filesystem::path default_library_dir() {
  return IHE_SCENARIO_LIBRARY_DIR;
}

bool is_sut_role(std::string_view role) {
  return std::find(kSutRoles.begin(), kSutRoles.end(), role) != kSutRoles.end();
}

const std::vector<std::string>& builtin_variables() {
  static const std::vector<std::string> kNames{"sut-ae", "harness-ae", "harness-storage-ae"};
  return kNames;
}

Scenario load_scenario(const std::filesystem::path& file, const LoadContext& context) {
  const auto xml = xml::XmlFile::load(file);
  const auto root = xml.root("scenario");
  root.allow_only({"id", "title", "sut", "follows", "transactions", "claims"},
                  {"spec", "var", "send", "await", "query", "operator", "pause"});
  Scenario s;
  s.file = file.string();
  read_header(root, s, context);
  if (s.id != file.stem().string()) root.fail("scenario id '" + s.id + "' differs from the file name");
  std::set<std::string> bound(builtin_variables().begin(), builtin_variables().end());
  for (const auto& node : root.children("spec"))
    if (!s.specs.emplace(node.required_attribute("id"), read_spec(node)).second)
      node.fail("duplicate spec id '" + node.required_attribute("id") + "'");
  for (const auto& node : root.children("var")) {
    s.vars.push_back(read_var(node));
    if (!bound.insert(s.vars.back().name).second)
      node.fail("variable '" + s.vars.back().name + "' declared twice");
  }
  StepLoader steps(s, context, bound);
  for (const auto& node : root.children()) {
    if (node.name() == "spec" || node.name() == "var") continue;
    s.steps.push_back(steps.read(node));
  }
  if (s.steps.empty()) root.fail("scenario '" + s.id + "' has no steps");
  return s;
}

std::vector<Scenario> load_library(const std::filesystem::path& dir, const LoadContext& context) {
  if (!std::filesystem::is_directory(dir)) throw HarnessError(dir.string() + ": no scenario library folder");
  std::vector<Scenario> library;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".xml")
      library.push_back(load_scenario(entry.path(), context));
  std::sort(library.begin(), library.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  for (std::size_t i = 1; i < library.size(); ++i)
    if (library[i].id == library[i - 1].id)
      throw HarnessError(library[i].file + ": scenario id '" + library[i].id + "' is also used by " +
                         library[i - 1].file);
  return library;
}

}  // namespace ihe::scenarios
