#include "actors/image_display/archive_link.h"

namespace ihe::actors {

net::AssociationParams ArchiveLink::association(net::PresentationContext context) const {
  return {.calling_ae = calling_ae,
          .called_ae = archive.ae_title,
          .host = archive.host,
          .port = archive.port,
          .contexts = {std::move(context)},
          .timeouts = {
              .connect = timeouts.association, .acse = timeouts.association, .dimse = timeouts.response}};
}

}  // namespace ihe::actors
