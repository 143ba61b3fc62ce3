// A harness listener port another program holds is bad configuration: one error naming the target's line.
#include "app/harness_ports.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include "base/harness_error.h"
#include "tests/support/harness_error_text.h"
#include "tests/support/net_util.h"

namespace ihe::app {
namespace {

reports::Target target_with_harness_ports(std::uint16_t dicom, std::uint16_t hl7) {
  reports::Target target;
  target.harness_dicom = {"HARNESS", "127.0.0.1", dicom};
  target.harness_dicom_origin = "target.xml:12";
  target.harness_hl7 = {"127.0.0.1", hl7, "HARNESS", "IHE", "2.5.1"};
  target.harness_hl7_origin = "target.xml:14";
  return target;
}

std::string error_of(const reports::Target& target) {
  return test::harness_error_of([&] { require_free_harness_ports(target); });
}

TEST(HarnessPorts, FreePortsPass) {
  EXPECT_EQ(error_of(target_with_harness_ports(test::free_port(), test::free_port())), "no error");
}

TEST(HarnessPorts, APortInUseNamesTheElementAndItsLine) {
  boost::asio::io_context io;
  boost::asio::ip::tcp::acceptor held(io, {boost::asio::ip::make_address("0.0.0.0"), 0});
  const auto port = held.local_endpoint().port();
  const auto error = error_of(target_with_harness_ports(test::free_port(), port));
  EXPECT_NE(error.find("target.xml:14: <harness><hl7> port " + std::to_string(port)), std::string::npos)
      << error;
  EXPECT_NE(error.find("cannot listen"), std::string::npos) << error;
}

TEST(HarnessPorts, TwoListenersOnOnePortAreRejected) {
  const auto port = test::free_port();
  const auto error = error_of(target_with_harness_ports(port, port));
  EXPECT_NE(error.find("target.xml:14: <harness><hl7> port " + std::to_string(port) +
                       " is also the port of <harness><dicom>"),
            std::string::npos)
      << error;
}

TEST(HarnessPorts, UnconfiguredListenersAreNotChecked) {
  EXPECT_EQ(error_of(reports::Target{}), "no error");
}

}  // namespace
}  // namespace ihe::app
