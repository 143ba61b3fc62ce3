// RAD-8 Modality Images Stored: the Storage SCP (PS3.4 B.2.3).
#include <filesystem>

#include "actors/image_manager/context.h"
#include "actors/image_manager/faults.h"
#include "actors/net/dicom/conversion/dicom_file.h"
#include "actors/net/dicom/sop_classes.h"

namespace ihe::actors::image_manager {
namespace {

constexpr std::uint16_t kOutOfResources = 0xA700;  // PS3.4 B.2.3 Table B.2-1
constexpr std::uint16_t kCannotUnderstand = 0xC000;
constexpr dicom::Tag kRequestAttributes{0x0040, 0x0275};

// Fault archive-drops-request-attributes: the received file loses every Request Attributes item but the
// first, so a grouped procedure's image (PS3.17 J.4.1) is kept as if it served one requested procedure.
std::error_code drop_request_attributes(const std::filesystem::path& file) {
  auto read = net::read_dicom_file(file);
  if (!read) return read.error;
  auto* items = read.dataset.mutable_items(kRequestAttributes);
  if (!items || items->size() < 2) return {};
  items->resize(1);
  return net::write_dicom_file(file, read.dataset);
}

std::uint16_t on_store(Context& context, const net::StoreRequest& request) {
  const std::string summary = "C-STORE " + request.sop_class_uid + " " + request.sop_instance_uid;
  std::error_code ignored;
  if (context.faults.on(fault::kStoreRefuse)) {
    std::filesystem::remove(request.file, ignored);
    context.publish("RAD-8", request.association, summary, "0xA700 refused (fault store-refuse)");
    return kOutOfResources;
  }
  std::error_code error;
  if (context.faults.on(fault::kArchiveDropsRequestAttributes)) error = drop_request_attributes(request.file);
  if (!error) error = context.archive.archive(request.file);
  if (error) {
    std::filesystem::remove(request.file, ignored);
    context.publish("RAD-8", request.association, summary, "0xC000 not archived: " + error.message());
    return kCannotUnderstand;
  }
  // Storage succeeded whatever reconciliation then makes of the instance; a failure to apply it is logged.
  const auto late = context.reconciliation.instance_stored(request.sop_instance_uid);
  context.publish("RAD-8", request.association, summary,
                  !late                ? "0x0000 stored; not reconciled: " + late.reason
                  : late.instances > 0 ? "0x0000 stored; " + late.reason
                                       : "0x0000 stored");
  context.notifier.instance_stored(context.archive);
  return 0x0000;
}

}  // namespace

void register_storage(net::HandlerRegistry& registry, Context& context) {
  for (std::string_view sop_class : net::sop_class::kStorage)
    registry.on_store(
        std::string(sop_class),
        [&context](const net::StoreRequest& request) { return on_store(context, request); },
        net::StoreDelivery::File);
}

}  // namespace ihe::actors::image_manager
