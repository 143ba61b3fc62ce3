#pragma once

#include <vector>

#include "actors/adt/adt_actor.h"
#include "actors/common/hl7_link/hl7_receiver.h"
#include "base/xml/xml_file.h"
#include "tests/component/hl7_link/link_fixture.h"
#include "tests/support/net_util.h"

// The ADT actor from examples/actors/adt.xml, its two <send-to> peers replaced by our own receivers on
// ephemeral loopback ports, which keep every message they acknowledge.
namespace ihe::actors::test {

// Acknowledges every RAD-1/RAD-12 event with AA.
class CapturingPeer : public RecordingPeer {
 public:
  explicit CapturingPeer(IdFactory& ids) : RecordingPeer(ids) {
    for (const char* trigger :
         {"A01", "A04", "A05", "A11", "A38", "A02", "A03", "A06", "A07", "A08", "A12", "A13", "A40"})
      on(std::string("ADT^") + trigger, std::string(adt_transaction(trigger)),
         [](const hl7::Message&, std::size_t) { return Hl7Answer::accept(); });
    start();
  }
};

inline AdtConfig example_config() {
  const auto file = xml::XmlFile::load(ihe::test::source_dir() / "examples/actors/adt.xml");
  return load_adt_config(file.root("actor"));
}

// The example with its destinations pointed at `ports`, in order.
inline AdtConfig example_config_to(const std::vector<std::uint16_t>& ports) {
  AdtConfig config = example_config();
  for (std::size_t i = 0; i < config.destinations.size() && i < ports.size(); ++i)
    config.destinations[i].peer.port = ports[i];
  return config;
}

}  // namespace ihe::actors::test
