#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/dimse.h>

#include <optional>
#include <string>

#include "actors/net/dicom/scp/dimse_types.h"

namespace ihe::net {

// The service of a DIMSE request command field, nullopt for C-GET, N-GET, N-DELETE, C-CANCEL and
// responses (services our registry does not dispatch).
std::optional<DimseCommand> dimse_command_of(T_DIMSE_Command field);

// The Affected/Requested SOP Class UID of a request ("" when the command has none).
std::string sop_class_of(const T_DIMSE_Message& request);
std::string sop_instance_of(const T_DIMSE_Message& request);
bool has_dataset(const T_DIMSE_Message& request);

// The response to `request` carrying `status` and no data set, with the fields PS3.7 9.3 and 10.3 make
// mandatory or conditional (message ID responded to, affected SOP class/instance, action/event type).
// nullopt for C-CANCEL, which has no response (PS3.7 9.3.2.3).
std::optional<T_DIMSE_Message> make_response(const T_DIMSE_Message& request, Uint16 status);

// Marks a response as carrying a data set (or not).
void set_dataset_present(T_DIMSE_Message& response, bool present);

}  // namespace ihe::net
