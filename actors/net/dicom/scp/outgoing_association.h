#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scu.h>

#include <chrono>
#include <list>
#include <string>

#include "actors/net/dicom/scp/dimse_types.h"
#include "actors/net/dicom/transport/low_latency_transport.h"

namespace ihe::net {

// The SCP's own outgoing associations (C-MOVE sub-operations, storage commitment reports on a new
// association): a DcmSCU with our deadlines and the low-latency transport. Kept deliberately small; the
// harness's SCU library is actors/net/dicom/scu.
// DcmSCU keeps useSecureConnection protected; it is how a transport layer gets installed.
class TransportScu : public DcmSCU {
 public:
  using DcmSCU::useSecureConnection;
};

class OutgoingAssociation {
 public:
  OutgoingAssociation(const std::string& calling_ae, const RemoteAe& peer, std::chrono::seconds timeout);
  ~OutgoingAssociation();
  OutgoingAssociation(const OutgoingAssociation&) = delete;
  OutgoingAssociation& operator=(const OutgoingAssociation&) = delete;

  void propose(const std::string& sop_class_uid, std::list<std::string> transfer_syntaxes,
               T_ASC_SC_ROLE role = ASC_SC_ROLE_DEFAULT);
  // initNetwork + A-ASSOCIATE; empty on success.
  std::error_code open();
  TransportScu& scu() { return scu_; }

 private:
  LowLatencyTransportLayer transport_;
  TransportScu scu_;
};

// The transfer syntaxes every DICOM application supports first (PS3.5 A.1-A.2).
std::list<std::string> default_transfer_syntaxes();

}  // namespace ihe::net
