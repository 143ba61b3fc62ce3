// RAD-16 Retrieve Images (RAD TF-2 4.16): the Image Display's C-MOVE to the Image Archive, with the display's
// own Storage SCP as Move Destination.
#include "actors/image_display/rad_016_retrieve.h"

#include <fmt/core.h>

#include "base/harness_error.h"

namespace ihe::actors {
namespace {

void require(bool present, const RetrieveRequest& request, std::string_view what) {
  if (!present)
    throw HarnessError("RAD-16 " + std::string(to_string(request.level)) + " retrieve needs " +
                       std::string(what) +
                       " (PS3.4 C.4.2.2.1: unique keys of the level and the levels above)");
}

std::string join(const std::vector<std::string>& uids) {
  std::string text;
  for (const auto& uid : uids) text += (text.empty() ? "" : "\\") + uid;
  return text;
}

net::DicomOutcome open_and_move(const ArchiveLink& link, const dicom::DicomDataset& identifier,
                                const std::string& destination_ae, RetrieveResult& result) {
  net::DicomAssociation association(link.association(net::contexts::study_root_move()));
  if (net::DicomOutcome opened = association.open(); !opened.ok()) return opened;
  const net::MoveResult moved = association.move(net::sop_class::kStudyRootMove, destination_ae, identifier);
  if (!moved.ok()) return moved;
  result.status = moved.status;
  if (!moved.responses.empty()) result.counts = moved.responses.back();
  return {};
}

}  // namespace

std::string RetrieveResult::status_text() const {
  return net::describe_status(status);
}

dicom::DicomDataset rad16_identifier(const RetrieveRequest& request) {
  require(request.level != QueryLevel::Patient, request, "STUDY, SERIES or IMAGE level (Study Root)");
  require(!request.study_uid.empty(), request, "a Study Instance UID");
  dicom::DicomDataset identifier;
  identifier.set({0x0008, 0x0052}, to_string(request.level));
  identifier.set({0x0020, 0x000D}, request.study_uid);
  if (request.level == QueryLevel::Study) return identifier;
  require(!request.series_uid.empty(), request, "a Series Instance UID");
  identifier.set({0x0020, 0x000E}, request.series_uid);
  if (request.level == QueryLevel::Series) return identifier;
  require(!request.sop_instance_uids.empty(), request, "SOP Instance UIDs");
  identifier.set({0x0008, 0x0018}, join(request.sop_instance_uids));
  return identifier;
}

RetrieveResult retrieve_images(const ArchiveLink& link, const RetrieveRequest& request,
                               const ImageStorageScp& destination, TransactionLog& log) {
  const dicom::DicomDataset identifier = rad16_identifier(request);
  const std::size_t first = destination.received_count();
  RetrieveResult result;
  static_cast<net::DicomOutcome&>(result) =
      open_and_move(link, identifier, destination.config().ae_title, result);
  const bool answered = result.ok();
  if (answered) {
    // PS3.4 C.4.2.3.1: completed and warning sub-operations are instances the destination stored.
    const std::size_t expected = first + result.counts.completed + result.counts.warning;
    const std::size_t arrived = destination.wait_for_count(expected, link.timeouts.sub_operations);
    if (arrived < expected) {
      result.error = net::DicomError::timeout;
      result.detail = fmt::format(
          "{}: the archive reported {} sub-operations completed, {} arrived within {} s",
          link.archive.to_string(), expected - first, arrived - first, link.timeouts.sub_operations.count());
    }
  }
  for (const auto& instance : destination.received_since(first))
    result.received_sop_instance_uids.push_back(instance.sop_instance_uid);
  log.publish(
      {.transaction = "RAD-16",
       .peer = link.archive.to_string(),
       .summary = fmt::format("C-MOVE Study Root {} {} to {}", to_string(request.level), request.study_uid,
                              destination.config().ae_title),
       .outcome = answered ? fmt::format("{}; completed {} failed {} warning {}; {} received{}",
                                         result.status_text(), result.counts.completed, result.counts.failed,
                                         result.counts.warning, result.received_sop_instance_uids.size(),
                                         result.ok() ? "" : "; " + result.detail)
                           : result.detail});
  return result;
}

}  // namespace ihe::actors
