#include "actors/acquisition_modality/commitment_listener.h"

#include <fmt/core.h>

#include "actors/net/dicom/scu/presentation_context.h"

namespace ihe::actors {

CommitmentListener::CommitmentListener(std::string ae_title, std::uint16_t port, TransactionLog* log,
                                       bool refuse_reports)
    : ae_title_(std::move(ae_title)), log_(log) {
  net::ServerConfig config;
  config.ae_titles = {ae_title_};
  config.port = port;
  net::HandlerRegistry registry;
  registry.on_n(
      net::DimseCommand::NEventReport, net::sop_class::kStorageCommitmentPushModel,
      [this, refuse_reports](const net::NRequest& request) {
        auto report = CommitmentReport::from_event(request.type_id, request.dataset);
        report.calling_ae = request.association.calling_ae;
        report.scp_role_proposed =
            request.association.scp_role_proposed.contains(net::sop_class::kStorageCommitmentPushModel);
        if (log_ != nullptr)
          log_->publish(
              {"RAD-10", request.association.calling_ae + "@" + request.association.peer_address,
               fmt::format("N-EVENT-REPORT type {} transaction {} (new association, {})", report.event_type,
                           report.transaction_uid,
                           report.scp_role_proposed ? "SCP role proposed" : "no SCP role proposed"),
               fmt::format("{} committed, {} failed", report.committed.size(), report.failed.size())});
        inbox_.deliver(std::move(report));
        net::NResponse response;
        if (refuse_reports) response.status = 0x0110;  // PS3.7 C.4.1.1.2 processing failure
        return response;
      });
  registry.on_n(
      net::DimseCommand::NCreate, net::sop_class::kInstanceAvailabilityNotification,
      [this](const net::NRequest& request) {
        if (log_ != nullptr)
          log_->publish({"RAD-49", request.association.calling_ae + "@" + request.association.peer_address,
                         "N-CREATE Instance Availability Notification for study " +
                             request.dataset.string({0x0020, 0x000D}).value_or(""),
                         "0x0000 accepted"});
        ian_inbox_.deliver({request.association.calling_ae, request.dataset});
        return net::NResponse{};
      });
  server_ = std::make_unique<net::DicomServer>(std::move(config), std::move(registry));
}

CommitmentListener::~CommitmentListener() {
  stop();
}

void CommitmentListener::start() {
  server_->start();
}
void CommitmentListener::stop() {
  server_->stop();
}
std::uint16_t CommitmentListener::port() const {
  return server_->port();
}

}  // namespace ihe::actors
