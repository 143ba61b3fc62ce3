// dcmjs-dimse 0.3.3 as an independent modality talking DIMSE-N to the harness's Image Manager.
//   node im_n_scu.js mpps HOST PORT CALLING CALLED MPPS_UID SOP_CLASS SOP_INSTANCE SERIES_UID
//     N-CREATE IN PROGRESS (RAD-6), N-SET COMPLETED listing the instance (RAD-7), then the same N-SET again
//     (PS3.4 F.7.2.2.3 wants 0x0110 for it).
//   node im_n_scu.js stgcmt-new HOST PORT CALLING CALLED LISTEN_PORT TRANSACTION SOP_CLASS UID...
//     N-ACTION (RAD-10) for the UIDs, then receives the N-EVENT-REPORT on a new association on
//     127.0.0.1:LISTEN_PORT (PS3.4 J.3.3.1.2).
// Prints one JSON object with what the SCU saw; exits 0 when it completed, 1 on a network error/timeout.
// (tests/peers/dicom_scp/dimse_n_scu.js drives a bare SCP with fixed data; this one needs conformant MPPS
// content and several references, hence its own script.)
'use strict';
const net = require('net');
const dimse = require('dcmjs-dimse');
const { Client, Dataset, Scp } = dimse;
dimse.log.setLevel('error');
const { NCreateRequest, NSetRequest, NActionRequest } = dimse.requests;
const { NEventReportResponse } = dimse.responses;
const { Status, PresentationContextResult } = dimse.constants;

const MPPS = '1.2.840.10008.3.1.2.3.3';
const STGCMT = '1.2.840.10008.1.20.1';
const STGCMT_INSTANCE = '1.2.840.10008.1.20.1.1';

const [mode, host, port, calling, called, ...rest] = process.argv.slice(2);
const result = {};
const finish = (code) => {
  console.log(JSON.stringify(result));
  process.exit(code);
};
setTimeout(() => {
  result.error = 'timeout';
  finish(1);
}, 15000);

const client = new Client();
client.on('networkError', (e) => {
  result.error = String(e);
  finish(1);
});

function mpps() {
  const [mppsUid, sopClass, sopInstance, seriesUid] = rest;
  const create = new NCreateRequest(MPPS, mppsUid);
  create.setDataset(new Dataset({
    PerformedProcedureStepStatus: 'IN PROGRESS', Modality: 'OT', PatientID: 'PAT001', PatientName: 'DOE^JOHN',
    PerformedProcedureStepID: 'PPS1', PerformedStationAETitle: calling,
    PerformedProcedureStepStartDate: '20261128', PerformedProcedureStepStartTime: '120000',
  }));
  create.on('response', (r) => { result.ncreate = r.getStatus(); });
  const completed = () => new Dataset({
    PerformedProcedureStepStatus: 'COMPLETED',
    PerformedProcedureStepEndDate: '20261128', PerformedProcedureStepEndTime: '121000',
    PerformedSeriesSequence: [{
      SeriesInstanceUID: seriesUid, ProtocolName: 'SYNTHETIC', RetrieveAETitle: '',
      ReferencedImageSequence: [{ ReferencedSOPClassUID: sopClass, ReferencedSOPInstanceUID: sopInstance }],
    }],
  });
  const set = new NSetRequest(MPPS, mppsUid);
  set.setDataset(completed());
  set.on('response', (r) => { result.nset = r.getStatus(); });
  const again = new NSetRequest(MPPS, mppsUid);
  again.setDataset(completed());
  again.on('response', (r) => { result.nsetAgain = r.getStatus(); });
  [create, set, again].forEach((r) => client.addRequest(r));
  client.on('closed', () => finish(0));
  client.send(host, Number(port), calling, called);
}

// Receives the report on a new association, bound to loopback.
class ReportScp extends Scp {
  associationRequested(association) {
    result.reportCallingAe = association.getCallingAeTitle();
    for (const c of association.getPresentationContexts()) {
      const context = association.getPresentationContext(c.id);
      if (context.getAbstractSyntaxUid() === STGCMT) {
        context.setResult(PresentationContextResult.Accept, context.getTransferSyntaxUids()[0]);
      } else {
        context.setResult(PresentationContextResult.RejectAbstractSyntaxNotSupported);
      }
    }
    this.sendAssociationAccept();
  }
  nEventReportRequest(request, callback) {
    const elements = request.getDataset() ? request.getDataset().getElements() : {};
    result.eventType = request.getEventTypeId();
    result.transactionUid = elements.TransactionUID;
    result.committed = (elements.ReferencedSOPSequence || []).map((i) => i.ReferencedSOPInstanceUID).join('\\');
    result.failed = (elements.FailedSOPSequence || []).map((i) => `${i.ReferencedSOPInstanceUID}:${i.FailureReason}`).join('\\');
    const response = NEventReportResponse.fromRequest(request);
    response.setStatus(Status.Success);
    callback(response);
  }
  associationReleaseRequested() {
    this.sendAssociationReleaseResponse();
    setTimeout(() => finish(0), 100);
  }
}

function stgcmtNew() {
  const [listenPort, transaction, sopClass, ...uids] = rest;
  const request = new NActionRequest(STGCMT, STGCMT_INSTANCE, 1);
  request.setDataset(new Dataset({
    TransactionUID: transaction,
    ReferencedSOPSequence: uids.map((uid) => ({ ReferencedSOPClassUID: sopClass, ReferencedSOPInstanceUID: uid })),
  }));
  request.on('response', (r) => { result.naction = r.getStatus(); });
  const server = net.createServer((socket) => {
    const scp = new ReportScp(socket, {});
    scp.connected = true;
  });
  server.listen(Number(listenPort), '127.0.0.1', () => {
    client.addRequest(request);
    client.send(host, Number(port), calling, called);
  });
}

if (mode === 'mpps') mpps();
else if (mode === 'stgcmt-new') stgcmtNew();
else {
  result.error = 'unknown mode ' + mode;
  finish(2);
}
