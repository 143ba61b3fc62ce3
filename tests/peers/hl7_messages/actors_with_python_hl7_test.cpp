// Our HL7 actors against python3-hl7 (Debian, /usr/bin/python3), an implementation that is not ours: the
// ADT's sender reads python-hl7's acknowledgements, and python-hl7's mllp_send gets the Order Placer's
// ORG^O20 answer to a RAD-3 new filler order.
#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include "actors/adt/adt_actor.h"
#include "actors/common/hl7_messages/order_messages.h"
#include "actors/hl7/serialize.h"
#include "actors/order_placer/order_placer.h"
#include "base/xml/xml_file.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"

namespace ihe::actors {
namespace {

using namespace std::chrono_literals;

xml::XmlNode example(const std::string& name, std::optional<xml::XmlFile>& file) {
  file = xml::XmlFile::load(ihe::test::source_dir() / "examples/actors" / name);
  return file->root("actor");
}

TEST(Hl7ActorsWithPythonHl7, AdtEventsAreAcknowledgedByPythonHl7Listener) {
  ihe::test::TempDir dir;
  const std::uint16_t port = ihe::test::free_port();
  ihe::test::ChildProcess listener(
      {.argv = {"/usr/bin/python3",
                (ihe::test::source_dir() / "tests/peers/hl7/python_hl7_listener.py").string(),
                std::to_string(port)},
       .log_file = dir / "listener.log",
       .working_dir = dir.path(),
       .extra_env = {}});
  ASSERT_TRUE(ihe::test::wait_for_port(port, 10s)) << listener.log();
  std::optional<xml::XmlFile> file;
  AdtConfig config = load_adt_config(example("adt.xml", file));
  config.destinations.resize(1);
  config.destinations[0].peer.port = port;
  TransactionLog log;
  AdtActor actor(config, {}, log);
  for (const auto& event : config.events) {
    const auto exchanges = actor.send(event);
    ASSERT_EQ(exchanges.size(), 1u);
    EXPECT_TRUE(exchanges[0].accepted()) << exchanges[0].problems << "\n" << exchanges[0].response_text;
    EXPECT_EQ(exchanges[0].ack_code, "AA");
    // python-hl7's create_ack swaps the applications too.
    EXPECT_EQ(exchanges[0].response->get("MSH-5"), "ADT_SIM");
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (listener.log().find("received " + exchanges[0].sent.control_id()) == std::string::npos &&
           std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(20ms);
    EXPECT_NE(listener.log().find("received " + exchanges[0].sent.control_id()), std::string::npos)
        << listener.log();
  }
}

TEST(Hl7ActorsWithPythonHl7, MllpSendGetsTheOrderPlacersNaAnswer) {
  std::optional<xml::XmlFile> file;
  OrderPlacerConfig config = load_order_placer_config(example("order-placer.xml", file));
  config.hl7_port = 0;
  config.orders.clear();
  TransactionLog log;
  OrderPlacer placer(config, {}, log);
  placer.start();

  OrderMessage sn;
  sn.order_control = "SN";
  sn.patient = {"PAT001", "HOSP", "SMITH^ALICE", "19800214", "F"};
  sn.procedure.filler_order_number = "FIL5^OF_APP";
  sn.procedure.codes = {{"CT-HEAD", "LOCAL", "CT head"}};
  hl7::Message message = build_order(sn);
  message.set("MSH-3", "OF_APP");
  message.set("MSH-4", "RADIOLOGY");
  message.set("MSH-5", "OP_SIM");
  message.set("MSH-6", "WARD");
  message.set("MSH-7", "20240105100000");
  message.set("MSH-10", "PYSN0001");
  ihe::test::TempDir dir;
  std::ofstream(dir / "sn.hl7", std::ios::binary) << hl7::serialize(message);
  const int rc = ihe::test::run_command(
      {"/usr/bin/python3", "/usr/bin/mllp_send", "--loose", "-f", (dir / "sn.hl7").string(), "-p",
       std::to_string(placer.hl7_port()), "127.0.0.1"},
      dir / "mllp_send.out", 30s);
  placer.stop();
  std::ifstream out(dir / "mllp_send.out", std::ios::binary);
  const std::string printed((std::istreambuf_iterator<char>(out)), std::istreambuf_iterator<char>());
  ASSERT_EQ(rc, 0) << printed;
  EXPECT_NE(printed.find("ORG^O20^ORG_O20"), std::string::npos) << printed;
  EXPECT_NE(printed.find("MSA|AA|PYSN0001"), std::string::npos) << printed;
  EXPECT_NE(printed.find("ORC|NA|"), std::string::npos) << printed;
  EXPECT_NE(printed.find("|FIL5^OF_APP"), std::string::npos) << printed;
}

}  // namespace
}  // namespace ihe::actors
