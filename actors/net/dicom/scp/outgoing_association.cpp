#include "actors/net/dicom/scp/outgoing_association.h"

#include <dcmtk/dcmdata/dcuid.h>

#include "actors/net/dicom/transport/condition.h"

namespace ihe::net {

std::list<std::string> default_transfer_syntaxes() {
  return {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax};
}

OutgoingAssociation::OutgoingAssociation(const std::string& calling_ae, const RemoteAe& peer,
                                         std::chrono::seconds timeout) {
  const auto seconds = static_cast<Uint32>(timeout.count());
  scu_.setAETitle(calling_ae.c_str());
  scu_.setPeerAETitle(peer.ae_title.c_str());
  scu_.setPeerHostName(peer.host.c_str());
  scu_.setPeerPort(peer.port);
  scu_.setConnectionTimeout(static_cast<Sint32>(seconds));
  scu_.setACSETimeout(seconds);
  scu_.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
  scu_.setDIMSETimeout(seconds);
}

OutgoingAssociation::~OutgoingAssociation() {
  if (scu_.isConnected()) scu_.releaseAssociation();
}

void OutgoingAssociation::propose(const std::string& sop_class_uid, std::list<std::string> transfer_syntaxes,
                                  T_ASC_SC_ROLE role) {
  OFList<OFString> syntaxes;
  for (const auto& ts : transfer_syntaxes) syntaxes.push_back(ts.c_str());
  scu_.addPresentationContext(sop_class_uid.c_str(), syntaxes, role);
}

std::error_code OutgoingAssociation::open() {
  OFCondition c = scu_.initNetwork();
  if (c.good()) c = scu_.useSecureConnection(&transport_);
  if (c.good()) c = scu_.negotiateAssociation();
  return to_error_code(c);
}

}  // namespace ihe::net
