#include "tests/component/acquisition_modality/scripted_departments.h"

#include "actors/acquisition_modality/modality_tags.h"
#include "actors/net/dicom/scu/presentation_context.h"

namespace ihe::test {
namespace {

namespace t = actors::tags;
constexpr const char* kCtImage = "1.2.840.10008.5.1.4.1.1.2";
constexpr const char* kMrImage = "1.2.840.10008.5.1.4.1.1.4";

std::unique_ptr<net::DicomServer> start(const std::string& ae_title, net::HandlerRegistry registry) {
  net::ServerConfig config;
  config.ae_titles = {ae_title};
  config.port = 0;
  auto server = std::make_unique<net::DicomServer>(std::move(config), std::move(registry));
  server->start();
  return server;
}

}  // namespace

ScriptedDepartments::ScriptedDepartments(std::vector<dicom::DicomDataset> worklist, CommitmentReply reply)
    : worklist_(std::move(worklist)), reply_(reply) {
  net::HandlerRegistry filler;
  filler.on_find(net::sop_class::kModalityWorklistFind, [this](const net::FindRequest& request) {
    const std::lock_guard lock(mutex_);
    seen_.queries.push_back(request.identifier);
    return net::FindResponse{worklist_, net::dimse_status::success};
  });
  for (const auto command : {net::DimseCommand::NCreate, net::DimseCommand::NSet})
    filler.on_n(command, net::sop_class::kMpps, [this](const net::NRequest& request) {
      const std::lock_guard lock(mutex_);
      seen_.mpps.push_back(request);
      return net::NResponse{};
    });
  order_filler_ = start("OF", std::move(filler));

  net::HandlerRegistry manager;
  for (const auto* sop_class : {kCtImage, kMrImage})
    manager.on_store(sop_class, [this](const net::StoreRequest& request) {
      const std::lock_guard lock(mutex_);
      seen_.images.push_back(request.dataset);
      return net::dimse_status::success;
    });
  manager.on_n(net::DimseCommand::NAction, net::sop_class::kStorageCommitmentPushModel,
               [this](const net::NRequest& request) { return commit(request); });
  image_manager_ = start("IM", std::move(manager));
}

ScriptedDepartments::~ScriptedDepartments() {
  image_manager_->stop();
  order_filler_->stop();
}

net::NResponse ScriptedDepartments::commit(const net::NRequest& request) {
  const std::lock_guard lock(mutex_);
  seen_.commitments.push_back(request);
  net::NResponse response;
  if (reply_ == CommitmentReply::Never) return response;
  // Everything it was asked for is committed: event type 1, PS3.4 J.3.3.1.1.
  dicom::DicomDataset result;
  result.set(t::TransactionUid, request.dataset.string(t::TransactionUid).value_or(""));
  result.set_sequence(t::ReferencedSopSequence, request.dataset.items(t::ReferencedSopSequence));
  response.report_after = net::EventReport{net::sop_class::kStorageCommitmentPushModel,
                                           net::sop_class::kStorageCommitmentPushModelInstance, 1, result};
  if (reply_ == CommitmentReply::NewAssociation)
    response.report_destination = net::RemoteAe{request.association.calling_ae, "127.0.0.1", report_port_};
  return response;
}

actors::ModalityConfig ScriptedDepartments::modality_config() const {
  actors::ModalityConfig config;
  config.port = 0;
  config.order_filler = actors::Endpoint{"OF", "127.0.0.1", order_filler_->port()};
  config.image_manager = actors::Endpoint{"IM", "127.0.0.1", image_manager_->port()};
  config.commitment_deadline = std::chrono::seconds(10);
  return config;
}

ScriptedDepartments::Seen ScriptedDepartments::seen() {
  const std::lock_guard lock(mutex_);
  return seen_;
}

}  // namespace ihe::test
