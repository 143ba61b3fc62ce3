// dcmjs-dimse 0.3.3 as an independent DIMSE-N SCU against the harness's SCP.
//   node dimse_n_scu.js mpps-stgcmt HOST PORT CALLING CALLED
//     N-CREATE + N-SET (MPPS, RAD-6/7) and N-ACTION (storage commitment, RAD-10) on one association.
//   node dimse_n_scu.js event-report HOST PORT CALLING CALLED
//     N-EVENT-REPORT (storage commitment result, event type 1) to our SCP acting as storage commitment SCU,
//     on an association without role selection (targets.md pitfall 13).
//   node dimse_n_scu.js stgcmt-new HOST PORT CALLING CALLED LISTEN_PORT
//     N-ACTION, then waits on 127.0.0.1:LISTEN_PORT for the N-EVENT-REPORT on a new association.
// Prints one JSON object with what the SCU saw; exits 0 when it completed, 1 on a network error/timeout.
'use strict';
const net = require('net');
const dimse = require('dcmjs-dimse');
const { Client, Dataset, Scp } = dimse;
dimse.log.setLevel('error'); // stdout carries only the JSON result
const { NCreateRequest, NSetRequest, NActionRequest, NEventReportRequest } = dimse.requests;
const { NEventReportResponse } = dimse.responses;
const { Status, PresentationContextResult } = dimse.constants;

const MPPS = '1.2.840.10008.3.1.2.3.3';
const STGCMT = '1.2.840.10008.1.20.1';
const STGCMT_INSTANCE = '1.2.840.10008.1.20.1.1'; // well-known instance (PS3.4 J.3.1)
const MPPS_INSTANCE = '1.2.826.0.1.3680043.9.7156.3.1';
const TRANSACTION = '1.2.826.0.1.3680043.9.7156.3.2';
const SC_CLASS = '1.2.840.10008.5.1.4.1.1.7';
const SC_INSTANCE = '1.2.826.0.1.3680043.9.7156.3.3';

const [mode, host, port, calling, called, listenPort] = process.argv.slice(2);
const result = {};
const finish = (code) => {
  console.log(JSON.stringify(result));
  process.exit(code);
};
setTimeout(() => {
  result.error = 'timeout';
  finish(1);
}, 15000);

function actionRequest() {
  const request = new NActionRequest(STGCMT, STGCMT_INSTANCE, 1);
  request.setDataset(new Dataset({
    TransactionUID: TRANSACTION,
    ReferencedSOPSequence: [{ ReferencedSOPClassUID: SC_CLASS, ReferencedSOPInstanceUID: SC_INSTANCE }],
  }));
  request.on('response', (r) => { result.naction = r.getStatus(); });
  return request;
}

// Receives the report on a new association (PS3.4 J.3.3.1.2); bound to loopback (targets.md pitfall 12).
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
    result.committed = (elements.ReferencedSOPSequence || []).map((i) => i.ReferencedSOPInstanceUID);
    const response = NEventReportResponse.fromRequest(request);
    response.setStatus(Status.Success);
    callback(response);
  }
  associationReleaseRequested() {
    this.sendAssociationReleaseResponse();
    setTimeout(() => finish(0), 100);
  }
}

const client = new Client();
client.on('networkError', (e) => {
  result.error = String(e);
  finish(1);
});

if (mode === 'mpps-stgcmt') {
  const create = new NCreateRequest(MPPS, MPPS_INSTANCE);
  create.setDataset(new Dataset({ PerformedProcedureStepStatus: 'IN PROGRESS', Modality: 'CT', PatientID: 'PAT001' }));
  create.on('response', (r) => { result.ncreate = r.getStatus(); });
  const set = new NSetRequest(MPPS, MPPS_INSTANCE);
  set.setDataset(new Dataset({ PerformedProcedureStepStatus: 'COMPLETED' }));
  set.on('response', (r) => { result.nset = r.getStatus(); });
  client.addRequest(create);
  client.addRequest(set);
  client.addRequest(actionRequest());
  client.on('closed', () => finish(0));
  client.send(host, Number(port), calling, called);
} else if (mode === 'event-report') {
  const report = new NEventReportRequest(STGCMT, STGCMT_INSTANCE, 1);
  report.setDataset(new Dataset({
    TransactionUID: TRANSACTION,
    ReferencedSOPSequence: [{ ReferencedSOPClassUID: SC_CLASS, ReferencedSOPInstanceUID: SC_INSTANCE }],
  }));
  report.on('response', (r) => { result.neventreport = r.getStatus(); });
  client.addRequest(report);
  client.on('closed', () => finish(0));
  client.send(host, Number(port), calling, called);
} else if (mode === 'stgcmt-new') {
  const server = net.createServer((socket) => {
    const scp = new ReportScp(socket, {});
    scp.connected = true;
  });
  server.listen(Number(listenPort), '127.0.0.1', () => {
    client.addRequest(actionRequest());
    client.send(host, Number(port), calling, called);
  });
} else {
  result.error = 'unknown mode ' + mode;
  finish(2);
}
