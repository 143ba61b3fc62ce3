#include "actors/net/dicom/scp/dimse_messages.h"

#include <dcmtk/ofstd/ofstd.h>

#include <cstring>

namespace ihe::net {
namespace {

template <std::size_t N>
void copy_uid(char (&to)[N], const char* from) {
  OFStandard::strlcpy(to, from, N);
}

}  // namespace

std::optional<DimseCommand> dimse_command_of(T_DIMSE_Command field) {
  switch (field) {
    case DIMSE_C_ECHO_RQ: return DimseCommand::CEcho;
    case DIMSE_C_STORE_RQ: return DimseCommand::CStore;
    case DIMSE_C_FIND_RQ: return DimseCommand::CFind;
    case DIMSE_C_MOVE_RQ: return DimseCommand::CMove;
    case DIMSE_N_CREATE_RQ: return DimseCommand::NCreate;
    case DIMSE_N_SET_RQ: return DimseCommand::NSet;
    case DIMSE_N_ACTION_RQ: return DimseCommand::NAction;
    case DIMSE_N_EVENT_REPORT_RQ: return DimseCommand::NEventReport;
    default: return std::nullopt;
  }
}

std::string sop_class_of(const T_DIMSE_Message& m) {
  switch (m.CommandField) {
    case DIMSE_C_ECHO_RQ: return m.msg.CEchoRQ.AffectedSOPClassUID;
    case DIMSE_C_STORE_RQ: return m.msg.CStoreRQ.AffectedSOPClassUID;
    case DIMSE_C_FIND_RQ: return m.msg.CFindRQ.AffectedSOPClassUID;
    case DIMSE_C_GET_RQ: return m.msg.CGetRQ.AffectedSOPClassUID;
    case DIMSE_C_MOVE_RQ: return m.msg.CMoveRQ.AffectedSOPClassUID;
    case DIMSE_N_CREATE_RQ: return m.msg.NCreateRQ.AffectedSOPClassUID;
    case DIMSE_N_SET_RQ: return m.msg.NSetRQ.RequestedSOPClassUID;
    case DIMSE_N_ACTION_RQ: return m.msg.NActionRQ.RequestedSOPClassUID;
    case DIMSE_N_EVENT_REPORT_RQ: return m.msg.NEventReportRQ.AffectedSOPClassUID;
    case DIMSE_N_GET_RQ: return m.msg.NGetRQ.RequestedSOPClassUID;
    case DIMSE_N_DELETE_RQ: return m.msg.NDeleteRQ.RequestedSOPClassUID;
    default: return {};
  }
}

std::string sop_instance_of(const T_DIMSE_Message& m) {
  switch (m.CommandField) {
    case DIMSE_C_STORE_RQ: return m.msg.CStoreRQ.AffectedSOPInstanceUID;
    case DIMSE_N_CREATE_RQ: return m.msg.NCreateRQ.AffectedSOPInstanceUID;
    case DIMSE_N_SET_RQ: return m.msg.NSetRQ.RequestedSOPInstanceUID;
    case DIMSE_N_ACTION_RQ: return m.msg.NActionRQ.RequestedSOPInstanceUID;
    case DIMSE_N_EVENT_REPORT_RQ: return m.msg.NEventReportRQ.AffectedSOPInstanceUID;
    case DIMSE_N_GET_RQ: return m.msg.NGetRQ.RequestedSOPInstanceUID;
    case DIMSE_N_DELETE_RQ: return m.msg.NDeleteRQ.RequestedSOPInstanceUID;
    default: return {};
  }
}

bool has_dataset(const T_DIMSE_Message& m) {
  switch (m.CommandField) {
    case DIMSE_C_ECHO_RQ: return m.msg.CEchoRQ.DataSetType != DIMSE_DATASET_NULL;
    case DIMSE_C_STORE_RQ: return m.msg.CStoreRQ.DataSetType != DIMSE_DATASET_NULL;
    case DIMSE_C_FIND_RQ: return m.msg.CFindRQ.DataSetType != DIMSE_DATASET_NULL;
    case DIMSE_C_GET_RQ: return m.msg.CGetRQ.DataSetType != DIMSE_DATASET_NULL;
    case DIMSE_C_MOVE_RQ: return m.msg.CMoveRQ.DataSetType != DIMSE_DATASET_NULL;
    case DIMSE_N_CREATE_RQ: return m.msg.NCreateRQ.DataSetType != DIMSE_DATASET_NULL;
    case DIMSE_N_SET_RQ: return m.msg.NSetRQ.DataSetType != DIMSE_DATASET_NULL;
    case DIMSE_N_ACTION_RQ: return m.msg.NActionRQ.DataSetType != DIMSE_DATASET_NULL;
    case DIMSE_N_EVENT_REPORT_RQ: return m.msg.NEventReportRQ.DataSetType != DIMSE_DATASET_NULL;
    case DIMSE_N_GET_RQ: return m.msg.NGetRQ.DataSetType != DIMSE_DATASET_NULL;
    case DIMSE_N_DELETE_RQ: return m.msg.NDeleteRQ.DataSetType != DIMSE_DATASET_NULL;
    default: return false;
  }
}

std::optional<T_DIMSE_Message> make_response(const T_DIMSE_Message& q, Uint16 status) {
  T_DIMSE_Message r;
  std::memset(&r, 0, sizeof r);
  switch (q.CommandField) {
    case DIMSE_C_ECHO_RQ: {
      auto& p = r.msg.CEchoRSP;
      r.CommandField = DIMSE_C_ECHO_RSP;
      p.MessageIDBeingRespondedTo = q.msg.CEchoRQ.MessageID;
      copy_uid(p.AffectedSOPClassUID, q.msg.CEchoRQ.AffectedSOPClassUID);
      p.DimseStatus = status;
      p.opts = O_ECHO_AFFECTEDSOPCLASSUID;
      break;
    }
    case DIMSE_C_STORE_RQ: {
      auto& p = r.msg.CStoreRSP;
      r.CommandField = DIMSE_C_STORE_RSP;
      p.MessageIDBeingRespondedTo = q.msg.CStoreRQ.MessageID;
      copy_uid(p.AffectedSOPClassUID, q.msg.CStoreRQ.AffectedSOPClassUID);
      copy_uid(p.AffectedSOPInstanceUID, q.msg.CStoreRQ.AffectedSOPInstanceUID);
      p.DimseStatus = status;
      p.opts = O_STORE_AFFECTEDSOPCLASSUID | O_STORE_AFFECTEDSOPINSTANCEUID;
      break;
    }
    case DIMSE_C_FIND_RQ: {
      auto& p = r.msg.CFindRSP;
      r.CommandField = DIMSE_C_FIND_RSP;
      p.MessageIDBeingRespondedTo = q.msg.CFindRQ.MessageID;
      copy_uid(p.AffectedSOPClassUID, q.msg.CFindRQ.AffectedSOPClassUID);
      p.DimseStatus = status;
      p.opts = O_FIND_AFFECTEDSOPCLASSUID;
      break;
    }
    case DIMSE_C_GET_RQ: {
      auto& p = r.msg.CGetRSP;
      r.CommandField = DIMSE_C_GET_RSP;
      p.MessageIDBeingRespondedTo = q.msg.CGetRQ.MessageID;
      copy_uid(p.AffectedSOPClassUID, q.msg.CGetRQ.AffectedSOPClassUID);
      p.DimseStatus = status;
      p.opts = O_GET_AFFECTEDSOPCLASSUID;
      break;
    }
    case DIMSE_C_MOVE_RQ: {
      auto& p = r.msg.CMoveRSP;
      r.CommandField = DIMSE_C_MOVE_RSP;
      p.MessageIDBeingRespondedTo = q.msg.CMoveRQ.MessageID;
      copy_uid(p.AffectedSOPClassUID, q.msg.CMoveRQ.AffectedSOPClassUID);
      p.DimseStatus = status;
      p.opts = O_MOVE_AFFECTEDSOPCLASSUID;
      break;
    }
    case DIMSE_N_EVENT_REPORT_RQ: {
      auto& p = r.msg.NEventReportRSP;
      r.CommandField = DIMSE_N_EVENT_REPORT_RSP;
      p.MessageIDBeingRespondedTo = q.msg.NEventReportRQ.MessageID;
      copy_uid(p.AffectedSOPClassUID, q.msg.NEventReportRQ.AffectedSOPClassUID);
      copy_uid(p.AffectedSOPInstanceUID, q.msg.NEventReportRQ.AffectedSOPInstanceUID);
      p.EventTypeID = q.msg.NEventReportRQ.EventTypeID;
      p.DimseStatus = status;
      p.opts = O_NEVENTREPORT_AFFECTEDSOPCLASSUID | O_NEVENTREPORT_AFFECTEDSOPINSTANCEUID | O_NEVENTREPORT_EVENTTYPEID;
      break;
    }
    case DIMSE_N_GET_RQ: {
      auto& p = r.msg.NGetRSP;
      r.CommandField = DIMSE_N_GET_RSP;
      p.MessageIDBeingRespondedTo = q.msg.NGetRQ.MessageID;
      copy_uid(p.AffectedSOPClassUID, q.msg.NGetRQ.RequestedSOPClassUID);
      copy_uid(p.AffectedSOPInstanceUID, q.msg.NGetRQ.RequestedSOPInstanceUID);
      p.DimseStatus = status;
      p.opts = O_NGET_AFFECTEDSOPCLASSUID | O_NGET_AFFECTEDSOPINSTANCEUID;
      break;
    }
    case DIMSE_N_SET_RQ: {
      auto& p = r.msg.NSetRSP;
      r.CommandField = DIMSE_N_SET_RSP;
      p.MessageIDBeingRespondedTo = q.msg.NSetRQ.MessageID;
      copy_uid(p.AffectedSOPClassUID, q.msg.NSetRQ.RequestedSOPClassUID);
      copy_uid(p.AffectedSOPInstanceUID, q.msg.NSetRQ.RequestedSOPInstanceUID);
      p.DimseStatus = status;
      p.opts = O_NSET_AFFECTEDSOPCLASSUID | O_NSET_AFFECTEDSOPINSTANCEUID;
      break;
    }
    case DIMSE_N_ACTION_RQ: {
      auto& p = r.msg.NActionRSP;
      r.CommandField = DIMSE_N_ACTION_RSP;
      p.MessageIDBeingRespondedTo = q.msg.NActionRQ.MessageID;
      copy_uid(p.AffectedSOPClassUID, q.msg.NActionRQ.RequestedSOPClassUID);
      copy_uid(p.AffectedSOPInstanceUID, q.msg.NActionRQ.RequestedSOPInstanceUID);
      p.ActionTypeID = q.msg.NActionRQ.ActionTypeID;
      p.DimseStatus = status;
      p.opts = O_NACTION_AFFECTEDSOPCLASSUID | O_NACTION_AFFECTEDSOPINSTANCEUID | O_NACTION_ACTIONTYPEID;
      break;
    }
    case DIMSE_N_CREATE_RQ: {
      auto& p = r.msg.NCreateRSP;
      r.CommandField = DIMSE_N_CREATE_RSP;
      p.MessageIDBeingRespondedTo = q.msg.NCreateRQ.MessageID;
      copy_uid(p.AffectedSOPClassUID, q.msg.NCreateRQ.AffectedSOPClassUID);
      p.DimseStatus = status;
      p.opts = O_NCREATE_AFFECTEDSOPCLASSUID;
      if (q.msg.NCreateRQ.opts & O_NCREATE_AFFECTEDSOPINSTANCEUID) {
        copy_uid(p.AffectedSOPInstanceUID, q.msg.NCreateRQ.AffectedSOPInstanceUID);
        p.opts |= O_NCREATE_AFFECTEDSOPINSTANCEUID;
      }
      break;
    }
    case DIMSE_N_DELETE_RQ: {
      auto& p = r.msg.NDeleteRSP;
      r.CommandField = DIMSE_N_DELETE_RSP;
      p.MessageIDBeingRespondedTo = q.msg.NDeleteRQ.MessageID;
      copy_uid(p.AffectedSOPClassUID, q.msg.NDeleteRQ.RequestedSOPClassUID);
      copy_uid(p.AffectedSOPInstanceUID, q.msg.NDeleteRQ.RequestedSOPInstanceUID);
      p.DimseStatus = status;
      p.opts = O_NDELETE_AFFECTEDSOPCLASSUID | O_NDELETE_AFFECTEDSOPINSTANCEUID;
      break;
    }
    default: return std::nullopt;
  }
  set_dataset_present(r, false);
  return r;
}

void set_dataset_present(T_DIMSE_Message& r, bool present) {
  const auto type = present ? DIMSE_DATASET_PRESENT : DIMSE_DATASET_NULL;
  switch (r.CommandField) {
    case DIMSE_C_ECHO_RSP: r.msg.CEchoRSP.DataSetType = type; break;
    case DIMSE_C_STORE_RSP: r.msg.CStoreRSP.DataSetType = type; break;
    case DIMSE_C_FIND_RSP: r.msg.CFindRSP.DataSetType = type; break;
    case DIMSE_C_GET_RSP: r.msg.CGetRSP.DataSetType = type; break;
    case DIMSE_C_MOVE_RSP: r.msg.CMoveRSP.DataSetType = type; break;
    case DIMSE_N_EVENT_REPORT_RSP: r.msg.NEventReportRSP.DataSetType = type; break;
    case DIMSE_N_GET_RSP: r.msg.NGetRSP.DataSetType = type; break;
    case DIMSE_N_SET_RSP: r.msg.NSetRSP.DataSetType = type; break;
    case DIMSE_N_ACTION_RSP: r.msg.NActionRSP.DataSetType = type; break;
    case DIMSE_N_CREATE_RSP: r.msg.NCreateRSP.DataSetType = type; break;
    case DIMSE_N_DELETE_RSP: r.msg.NDeleteRSP.DataSetType = type; break;
    default: break;
  }
}

}  // namespace ihe::net
