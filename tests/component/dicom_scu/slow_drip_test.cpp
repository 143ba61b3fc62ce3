// Our SCU behind the fault front's slow drip (actors/common/transport_faults) at a rate FASTER than one
// read's timeout: every read gets bytes in time, so only a deadline per exchange (the A-ASSOCIATE request,
// each DIMSE request/response) can end it. Each call must end with DicomError::timeout within its
// exchange's deadline plus slack, never hang until the drip is done.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>

#include "actors/common/transport_faults/fault_front.h"
#include "actors/net/dicom/scp/dicom_server.h"
#include "actors/net/dicom/scu/dicom_association.h"

namespace ihe::net {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

// A real SCP (ours: C-ECHO is built in) behind a front that drips its answers.
class SlowDrip : public ::testing::Test {
 protected:
  void start(std::size_t bytes, std::chrono::milliseconds interval) {
    server_.start();
    front_ = std::make_unique<actors::FaultFront>(actors::FaultFrontConfig{
        .fault = actors::TransportFault::slow_drip,
        .upstream_port = server_.port(),
        .drip_bytes = bytes,
        .drip_interval = interval,
    });
    front_->start();
  }

  AssociationParams params(AssociationTimeouts timeouts) const {
    return {.calling_ae = "SCU",
            .called_ae = "HARNESS",
            .host = "127.0.0.1",
            .port = front_->port(),
            .contexts = {contexts::verification()},
            .timeouts = timeouts};
  }

  DicomServer server_{ServerConfig{}, HandlerRegistry{}};
  std::unique_ptr<actors::FaultFront> front_;
};

// Scheduling on a loaded 2-core machine; the calls without the exchange deadline took 20 s and more.
constexpr auto kSlack = 2s;

// `call` ends with DicomError::timeout within `deadline` + slack and leaves no association open.
template <typename Call>
void expect_timeout_within(std::chrono::seconds deadline, DicomAssociation& association, Call call) {
  const auto started = Clock::now();
  const DicomOutcome outcome = call();
  EXPECT_EQ(outcome.error, DicomError::timeout) << outcome.detail;
  EXPECT_LT(Clock::now() - started, deadline + kSlack);
  EXPECT_FALSE(association.is_open());
}

// The A-ASSOCIATE-AC (about 190 bytes) at one byte per 100 ms takes ~19 s, each byte well within the 1 s
// ACSE read timeout: the request's deadline (connect + ACSE = 2 s) ends it.
TEST_F(SlowDrip, AssociationRequestEndsAtItsDeadline) {
  start(1, 100ms);
  DicomAssociation association(params({.connect = 1s, .acse = 1s, .dimse = 1s}));
  expect_timeout_within(2s, association, [&] { return association.open(); });
}

// 8 bytes per 100 ms: the association (ACSE deadline 10 s) opens after ~2.5 s; the C-ECHO response (about
// 100 bytes) would need ~1.3 s, each read within the 1 s DIMSE read timeout: the exchange's deadline
// (DIMSE, 1 s) ends it and the association is aborted (PS3.8 9.1.6).
TEST_F(SlowDrip, EchoEndsAtItsDeadlineAfterTheAssociationOpened) {
  start(8, 100ms);
  DicomAssociation association(params({.connect = 1s, .acse = 10s, .dimse = 1s}));
  const DicomOutcome opened = association.open();
  ASSERT_FALSE(opened.error) << opened.detail;
  expect_timeout_within(1s, association, [&] { return static_cast<DicomOutcome>(association.echo()); });
}

// The same front at a rate that fits the deadlines: the exchanges succeed (the deadline is per exchange,
// not per association).
TEST_F(SlowDrip, ExchangesThatFitTheirDeadlinesSucceed) {
  start(64, 50ms);
  DicomAssociation association(params({.connect = 2s, .acse = 5s, .dimse = 5s}));
  const DicomOutcome opened = association.open();
  ASSERT_FALSE(opened.error) << opened.detail;
  for (int i = 0; i < 2; ++i) {
    const DimseResult echo = association.echo();
    EXPECT_FALSE(echo.error) << echo.detail;
    EXPECT_EQ(echo.status, 0x0000);
  }
  EXPECT_FALSE(association.release().error);
}

}  // namespace
}  // namespace ihe::net
