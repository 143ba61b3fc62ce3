#pragma once

#include <vector>

#include "actors/common/hl7_link/hl7_receiver.h"
#include "actors/common/hl7_link/hl7_sender.h"
#include "actors/order_placer/order_placer.h"
#include "base/xml/xml_file.h"
#include "tests/component/hl7_link/link_fixture.h"
#include "tests/support/net_util.h"

// The Order Placer from examples/actors/order-placer.xml on an ephemeral port, its Order Filler replaced by
// a scripted one of ours (NW -> ORG^O20 OK with a filler number, CA -> CR), and an Hl7Sender playing the
// Order Filler's RAD-3 side.
namespace ihe::actors::test {

class ScriptedFiller : public RecordingPeer {
 public:
  explicit ScriptedFiller(IdFactory& ids) : RecordingPeer(ids) {
    on("OMG^O19", "RAD-2", [](const hl7::Message& m, std::size_t earlier) {
      const auto order = read_order(m);
      if (!order) return Hl7Answer::from(order.error());
      const RequestedProcedure& procedure = order.value().procedure;
      const bool cancel = order.value().order_control == "CA";
      Hl7Answer answer;
      answer.response = build_order_response(
          {cancel ? "CR" : "OK", procedure.placer_order_number,
           cancel ? procedure.filler_order_number : "FIL" + std::to_string(earlier + 1) + "^OF_APP"});
      return answer;
    });
    start();
  }
};

inline OrderPlacerConfig example_config() {
  const auto file = xml::XmlFile::load(ihe::test::source_dir() / "examples/actors/order-placer.xml");
  return load_order_placer_config(file.root("actor"));
}

inline OrderPlacerConfig example_config_to(std::uint16_t filler_port) {
  OrderPlacerConfig config = example_config();
  config.hl7_port = 0;
  config.order_filler->peer.port = filler_port;
  return config;
}

// A RAD-3 order as the Order Filler sends it: for PAT001, filler number `filler`.
inline OrderMessage filler_order(const std::string& control, const std::string& status,
                                 const std::string& filler, const std::string& placer = {}) {
  OrderMessage order;
  order.order_control = control;
  order.order_status = status;
  order.patient = {"PAT001", "HOSP", "SMITH^ALICE", "19800214", "F"};
  order.procedure.filler_order_number = filler;
  order.procedure.placer_order_number = placer;
  order.procedure.codes = {{"CT-HEAD", "LOCAL", "CT head"}};
  return order;
}

inline Hl7PeerSettings op_peer(std::uint16_t port,
                               std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
  Hl7PeerSettings peer;
  peer.port = port;
  peer.sending_application = "OF_APP";
  peer.sending_facility = "RADIOLOGY";
  peer.receiving_application = "OP_SIM";
  peer.receiving_facility = "WARD";
  peer.timeout = timeout;
  return peer;
}

}  // namespace ihe::actors::test
