#pragma once

#include <chrono>
#include <string>

#include "actors/common/endpoint.h"
#include "actors/net/dicom/scu/dicom_association.h"

namespace ihe::actors {

// Deadlines of the display's client calls. DCMTK counts them in whole seconds.
struct DisplayTimeouts {
  std::chrono::seconds association{5};  // TCP connect, and again A-ASSOCIATE-AC/RJ
  std::chrono::seconds response{10};    // each C-FIND / C-MOVE response, separately
  // RAD-16: after the final C-MOVE response, how long the instances the archive counted as sent may take to
  // be indexed by our Storage SCP (an archive may answer before its sub-operation association is done).
  std::chrono::seconds sub_operations{10};
};

// How the Image Display reaches the Image Archive: our calling AE title, the archive, the deadlines.
struct ArchiveLink {
  std::string calling_ae;
  Endpoint archive;
  DisplayTimeouts timeouts{};

  net::AssociationParams association(net::PresentationContext context) const;
};

}  // namespace ihe::actors
