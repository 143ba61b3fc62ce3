#include "reports/readers/statement_reader.h"

#include <algorithm>

#include "base/xml/xml_file.h"

namespace ihe::reports {

IntegrationStatement read_integration_statement(const std::filesystem::path& path,
                                                const ClaimProblemFn& problem_of) {
  const auto file = xml::XmlFile::load(path);
  const auto root = file.root("integration-statement");
  root.allow_only({"vendor", "product", "version", "date"}, {"claim"});
  IntegrationStatement statement{
      .vendor = root.required_attribute("vendor"),
      .product = root.required_attribute("product"),
      .version = root.required_attribute("version"),
      .date = root.required_attribute("date"),
      .claims = {},
  };
  for (const auto& node : root.children("claim")) {
    node.allow_only({"profile", "actor", "option"}, {});
    Claim claim{.profile = node.required_attribute("profile"),
                .actor = node.required_attribute("actor"),
                .option = node.attribute_or("option", "")};
    // A repeated row is almost always a copy-and-forget-to-edit mistake; it would also count twice.
    if (std::find(statement.claims.begin(), statement.claims.end(), claim) != statement.claims.end())
      node.fail("claim profile='" + claim.profile + "' actor='" + claim.actor + "' option='" + claim.option +
                "' appears twice");
    if (problem_of)
      if (const auto problem = problem_of(claim); !problem.empty()) node.fail(problem);
    statement.claims.push_back(std::move(claim));
  }
  // An empty statement would select no scenario: ARCHITECTURE.md makes an empty selection an error, and
  // naming the file here says why.
  if (statement.claims.empty()) root.fail("<integration-statement> needs at least one <claim>");
  return statement;
}

}  // namespace ihe::reports
