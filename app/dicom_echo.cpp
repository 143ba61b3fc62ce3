#include <fmt/core.h>

#include <chrono>

#include "app/command.h"
#include "app/dicom_cli.h"

namespace ihe::app {
namespace {

constexpr std::string_view kName = "dicom echo";

int run(const std::vector<std::string>& argv) {
  const CliArgs args = CliArgs::parse(kName, argv, kDicomScuOptions);
  if (!args.positional().empty())
    throw HarnessError(std::string(kName) + ": unexpected argument '" + args.positional().front() + "'");
  auto params = dicom_association_params(std::string(kName), args);
  params.contexts = {net::contexts::verification()};
  const auto started = std::chrono::steady_clock::now();
  net::DicomAssociation association(params);
  net::DimseResult result{association.open()};
  if (result.ok()) result = association.echo();
  if (!result.ok()) {
    fmt::print(stderr, "ihe-harness: {}: {} ({})\n", kName, result.detail, result.error.message());
    return 1;
  }
  association.release();
  const auto elapsed =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  if (result.kind() != net::StatusKind::Success) {
    fmt::print(stderr, "ihe-harness: {}: {}@{}:{} answered {}\n", kName, params.called_ae, params.host,
               params.port, result.status_text());
    return 1;
  }
  fmt::print("C-ECHO {}@{}:{}: {} in {} ms\n", params.called_ae, params.host, params.port,
             result.status_text(), elapsed.count());
  return 0;
}

}  // namespace

extern const Command kDicomEcho{
    "dicom echo", "check that a DICOM peer answers (C-ECHO, PS3.4 A)",
    "usage: ihe-harness dicom echo --to AET@HOST:PORT [--from AET] [--timeout S]\n\n"
    "Opens an association to the peer with the Verification SOP Class, sends one C-ECHO and prints the\n"
    "response status and the round trip time.\n\n"
    "  --to AET@HOST:PORT  the peer: its AE title, host and port\n"
    "  --from AET          our (calling) AE title, default HARNESS\n"
    "  --timeout S         deadline in seconds for connecting, negotiating and the response, default 10\n\n"
    "exit codes: 0 the peer answered Success; 1 it refused, failed or did not answer in time;\n"
    "            2 usage error (bad --to, unknown option)\n",
    run, nullptr};

}  // namespace ihe::app
