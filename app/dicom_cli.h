#pragma once

// What `dicom echo` and `dicom store` share: --to AET@HOST:PORT, --from AET, --timeout S.
#include <chrono>
#include <string>

#include "actors/common/endpoint.h"
#include "actors/net/dicom/scu/dicom_association.h"
#include "app/cli_args.h"
#include "base/harness_error.h"

namespace ihe::app {

inline const OptionSpec kDicomScuOptions{.with_value = {"to", "from", "timeout"}, .switches = {}};

// Association parameters from the command line; bad values throw HarnessError prefixed with the command.
inline net::AssociationParams dicom_association_params(const std::string& command, const CliArgs& args) {
  net::AssociationParams params;
  try {
    const auto peer = actors::Endpoint::parse_dicom(args.require("to"));
    params.called_ae = peer.ae_title;
    params.host = peer.host;
    params.port = peer.port;
    params.calling_ae = args.get_or("from", "HARNESS");
    if (const auto problem = actors::ae_title_problem(params.calling_ae); !problem.empty())
      throw HarnessError("--from: " + problem);
  } catch (const HarnessError& e) {
    if (std::string(e.what()).starts_with(command)) throw;
    throw HarnessError(command + ": " + e.what());
  }
  // One deadline for every wait: connect, association negotiation and each DIMSE response.
  const std::chrono::seconds timeout{args.get_int("timeout", 10, 1, 3600)};
  params.timeouts = {timeout, timeout, timeout};
  return params;
}

}  // namespace ihe::app
