#include "actors/acquisition_modality/rad_008_store.h"

#include <fmt/core.h>

#include <algorithm>

#include "actors/acquisition_modality/modality_tags.h"

namespace ihe::actors {

bool StoreReport::all_stored() const {
  return association.ok() && std::all_of(images.begin(), images.end(), [](const StoredImage& image) {
           return image.result.ok() && (image.result.kind() == net::StatusKind::Success ||
                                        image.result.kind() == net::StatusKind::Warning);
         });
}

StoreReport rad8_store_images(const ScuContext& context, const Endpoint& image_archive,
                              const std::vector<dicom::DicomDataset>& images) {
  std::vector<net::PresentationContext> contexts;
  std::vector<std::string> classes;
  for (const auto& image : images) {
    const auto sop_class = image.string(tags::SopClassUid).value_or("");
    if (std::find(classes.begin(), classes.end(), sop_class) != classes.end()) continue;
    classes.push_back(sop_class);
    contexts.push_back(net::contexts::storage(sop_class));
  }
  StoreReport report;
  net::DicomAssociation association(context.params(image_archive, std::move(contexts)));
  report.association = association.open();
  for (const auto& image : images) {
    StoredImage stored{image.string(tags::SopInstanceUid).value_or(""), {}};
    if (!report.association.ok()) {
      stored.result.error = report.association.error;
      stored.result.detail = report.association.detail;
    } else {
      stored.result = association.store(image);
    }
    context.publish("RAD-8", image_archive,
                    fmt::format("C-STORE {} {} for {}", image.string(tags::Modality).value_or("?"),
                                stored.sop_instance_uid, image.string(tags::PatientId).value_or("")),
                    outcome_text(stored.result));
    report.images.push_back(std::move(stored));
  }
  if (association.is_open()) association.release();
  return report;
}

}  // namespace ihe::actors
