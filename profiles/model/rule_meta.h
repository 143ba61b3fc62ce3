#pragma once

#include <map>
#include <string>

#include "base/xml/xml_file.h"
#include "reports/model/finding.h"

namespace ihe::profiles {

// What every rule of the data carries: the requirement it enforces and whether that requirement has been
// checked against its source. The digest (/work/shared/spec/ihe-rad-swf-pir.md) marks rules it could not
// confirm "(unverified)"; such rules keep verified=false in the data until someone confirms them.
struct RuleMeta {
  reports::SpecRef spec;
  bool verified = true;
};

// A broken verified SHALL is an Error; a broken SHOULD, or any rule not yet verified, at most a Warning:
// a wrong rule must not fail a conformant product.
reports::Severity severity_when_broken(const RuleMeta& meta);

// The citations a rule file declares once (<cite id="K.6-1" document="PS3.4" section="Table K.6-1"
// [strength="SHOULD"] [verified="false"]/>) and its rules name (spec="K.6-1").
class Citations {
 public:
  // Reads and removes nothing: the <cite> children of `root`. Duplicate ids fail with FILE:LINE.
  static Citations read(const xml::XmlNode& root);
  // The meta of a rule element: its `spec` citation, optionally narrowed by its own `strength` and
  // `verified="false"` (a rule is verified only when both it and its citation are). Unknown citation ids
  // fail with FILE:LINE.
  RuleMeta meta_of(const xml::XmlNode& rule) const;

 private:
  std::map<std::string, RuleMeta, std::less<>> cites_;
};

}  // namespace ihe::profiles
