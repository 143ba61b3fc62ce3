#include "tests/component/workflow/swf_pir_fixture.h"

#include <chrono>

#include "actors/acquisition_modality/rad_005_worklist_query.h"
#include "actors/common/hl7_messages/adt_messages.h"
#include "actors/common/hl7_messages/order_messages.h"

namespace ihe::actors::test {
namespace {

using dicom::DicomDataset;
using dicom::Tag;

constexpr auto kHl7Wait = std::chrono::seconds(10);

Endpoint local(const std::string& ae, std::uint16_t port) {
  return {ae, "127.0.0.1", port};
}

Hl7PeerSettings peer(std::uint16_t port, const std::string& us, const std::string& them) {
  Hl7PeerSettings settings;
  settings.port = port;
  settings.sending_application = us;
  settings.sending_facility = "HOSPITAL";
  settings.receiving_application = them;
  settings.receiving_facility = "HARNESS";
  settings.timeout = std::chrono::seconds(5);
  return settings;
}

// What one message the Order Filler sent was, as a test reads it.
std::string describe(const Hl7Exchange& exchange) {
  const auto& message = exchange.sent;
  const std::string type = message.get("MSH-9.1");
  if (type == "ADT") return "RAD-12 " + message.get("MSH-9.2");
  const std::string transaction = message.get("ORC-1") == "SN" || message.get("ORC-1") == "SC" ? "RAD-3"
                                  : type == "OMI" && message.get("ORC-1") == "NW"              ? "RAD-4"
                                                                                               : "RAD-13";
  return transaction + " " + message.get("ORC-1") + "/" + message.get("ORC-5");
}

}  // namespace

void SwfPirWorkflow::SetUp() {
  const auto im_dicom = ihe::test::free_port();
  const auto im_hl7 = ihe::test::free_port();
  const auto of_dicom = ihe::test::free_port();
  const auto of_hl7 = ihe::test::free_port();
  const auto op_hl7 = ihe::test::free_port();
  const auto modality_port = ihe::test::free_port();
  const auto display_port = ihe::test::free_port();

  image_manager::ImageManagerConfig im;
  im.port = im_dicom;
  im.storage_folder = dir_ / "archive";
  im.peers = {{"MODALITY1", local("MODALITY1", modality_port)}};
  im.hl7 = image_manager::Hl7ListenerConfig{};
  im.hl7->port = im_hl7;
  im.hl7->address = "127.0.0.1";
  image_manager_ = std::make_unique<image_manager::ImageManager>(im, FaultSwitches{}, log_);

  OrderFillerConfig of;
  of.dicom_port = of_dicom;
  of.hl7 = OrderFillerHl7Config{};
  of.hl7->port = of_hl7;
  of.hl7->address = "127.0.0.1";
  of.hl7->order_placer = peer(op_hl7, "", "OP_SIM");
  of.hl7->image_manager = peer(im_hl7, "", "IMAGE_MANAGER");
  order_filler_ = std::make_unique<OrderFiller>(of, FaultSwitches{}, log_);

  OrderPlacerConfig op;
  op.hl7_port = op_hl7;
  op.hl7_address = "127.0.0.1";
  op.order_filler = Hl7Destination{"order-filler", peer(of_hl7, "OP_SIM", "ORDER_FILLER")};
  order_placer_ = std::make_unique<OrderPlacer>(op, FaultSwitches{}, log_);

  AdtConfig adt;
  adt.destinations = {{"order-placer", peer(op_hl7, "ADT_SIM", "OP_SIM")},
                      {"order-filler", peer(of_hl7, "ADT_SIM", "ORDER_FILLER")}};
  adt_ = std::make_unique<AdtActor>(adt, FaultSwitches{}, log_);

  ModalityConfig modality;
  modality.port = modality_port;
  modality.order_filler = local(of.ae_title, of_dicom);
  modality.image_manager = local(im.ae_title, im_dicom);
  modality_ = std::make_unique<AcquisitionModality>(modality, log_);
  modality.mpps = local(im.ae_title, im_dicom);
  modality.port = 0;  // never started: it only sends
  modality_to_archive_ = std::make_unique<AcquisitionModality>(modality, log_);

  ImageDisplayConfig display;
  display.port = display_port;
  display.image_archive = local(im.ae_title, im_dicom);
  display_ = std::make_unique<ImageDisplay>(display, FaultSwitches{}, log_);

  image_manager_->start();
  order_filler_->start();
  order_placer_->start();
  adt_->start();
  modality_->start();
  display_->start();
}

void SwfPirWorkflow::TearDown() {
  display_->stop();
  modality_->stop();
  adt_->stop();
  order_placer_->stop();
  order_filler_->stop();
  image_manager_->stop();
}

void SwfPirWorkflow::adt(const std::string& trigger, const Patient& patient, const std::string& prior_id) {
  AdtEvent event;
  event.trigger = trigger;
  event.patient = patient;
  event.prior = {prior_id, prior_id.empty() ? "" : patient.issuer};
  for (auto& exchange : adt_->send(event)) {
    EXPECT_EQ(exchange.ack_code, "AA") << trigger << ": " << exchange.problems << "\n"
                                       << exchange.response_text;
    exchanged_.push_back(std::move(exchange));
  }
}

void SwfPirWorkflow::place_order(const Patient& patient, const std::string& placer_number) {
  OrderMessage order;
  order.patient = patient;
  order.procedure.patient_id = patient.id;
  order.procedure.placer_order_number = placer_number;
  order.procedure.codes = {{"P1-20001", "99HARNESS", "CT CHEST"}};
  order.procedure.description = "CT CHEST";
  order.procedure.requesting_physician = "REQUESTING^DOC";  // OBR-16, R in RAD-4
  auto placed = order_placer_->place_order(order);
  EXPECT_TRUE(placed.ok()) << placed.exchange.problems << "\n" << placed.exchange.response_text;
  if (placed.response) {
    EXPECT_EQ(placed.response->order_control, "OK");
    EXPECT_FALSE(placed.response->filler_order_number.empty());
  }
  exchanged_.push_back(std::move(placed.exchange));
}

void SwfPirWorkflow::wait_for_filler() {
  ASSERT_TRUE(order_filler_->outbox().wait_idle(kHl7Wait));
}

std::vector<std::string> SwfPirWorkflow::filler_sent_since_last() {
  wait_for_filler();
  const auto all = order_filler_->outbox().exchanges();
  std::vector<std::string> out;
  for (; filler_seen_ < all.size(); ++filler_seen_) {
    const auto& exchange = all[filler_seen_];
    EXPECT_TRUE(exchange.accepted()) << describe(exchange) << ": " << exchange.problems;
    out.push_back(describe(exchange));
  }
  return out;
}

net::FindResult SwfPirWorkflow::worklist(const std::string& patient_id) {
  return modality_->query_worklist(worklist_identifier(PatientWorklistQuery{patient_id}));
}

net::FindResult SwfPirWorkflow::studies(const std::string& patient_id, const std::string& study_uid) {
  DicomDataset keys;
  keys.set(Tag{0x0010, 0x0020}, patient_id)
      .set(Tag{0x0020, 0x000D}, study_uid)
      .set(Tag{0x0010, 0x0010}, "")
      .set(Tag{0x0008, 0x0050}, "");
  return display_->query_images({.level = QueryLevel::Study, .keys = keys});
}

std::string SwfPirWorkflow::perform(const PerformedProcedureStep& step, int images) {
  for (auto* reporter : {modality_.get(), modality_to_archive_.get()}) {
    const auto created = reporter->report_in_progress(step);
    EXPECT_TRUE(created.ok()) << created.detail;
    EXPECT_EQ(created.status, 0x0000) << created.detail;
  }
  std::vector<DicomDataset> generated;
  const auto series = modality_->acquire(step, 1, images, generated);
  const auto stored = modality_->store(generated);
  EXPECT_TRUE(stored.all_stored());
  for (auto* reporter : {modality_.get(), modality_to_archive_.get()}) {
    const auto completed = reporter->report_final(step, PpsFinalStatus::Completed, {series});
    EXPECT_EQ(completed.status, 0x0000) << completed.detail;
  }
  const auto commitment = modality_->commit(series.images);
  EXPECT_TRUE(commitment.ok());
  if (commitment.report) {
    EXPECT_EQ(commitment.report->committed.size(), static_cast<std::size_t>(images));
    EXPECT_TRUE(commitment.report->failed.empty());
  }
  return step.study_uid;
}

}  // namespace ihe::actors::test
