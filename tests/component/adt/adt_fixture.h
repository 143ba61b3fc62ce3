#pragma once

#include <mutex>
#include <vector>

#include "actors/adt/adt_actor.h"
#include "actors/common/hl7_link/hl7_receiver.h"
#include "base/xml/xml_file.h"
#include "tests/support/net_util.h"

// The ADT actor from examples/actors/adt.xml, its two <send-to> peers replaced by our own receivers on
// ephemeral loopback ports, which keep every message they acknowledge.
namespace ihe::actors::test {

class CapturingPeer {
 public:
  explicit CapturingPeer(IdFactory& ids) : receiver_({}, ids) {
    for (const char* trigger :
         {"A01", "A04", "A05", "A11", "A38", "A02", "A03", "A06", "A07", "A08", "A12", "A13", "A40"})
      receiver_.on(std::string("ADT^") + trigger, std::string(adt_transaction(trigger)),
                   [this](const hl7::Message& m) {
                     std::lock_guard lock(mutex_);
                     received_.push_back(m);
                     return Hl7Answer::accept();
                   });
    receiver_.start();
  }
  std::uint16_t port() const { return receiver_.port(); }
  std::vector<hl7::Message> received() const {
    std::lock_guard lock(mutex_);
    return received_;
  }

 private:
  Hl7Receiver receiver_;
  mutable std::mutex mutex_;
  std::vector<hl7::Message> received_;
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
