// dcmjs-dimse 0.3.3 as an independent MPPS SCP (PS3.4 F) for the modality's RAD-6/7: accepts only the
// MPPS SOP class, keeps instance state, and prints one JSON line per request it parsed:
//   {"command":"N-CREATE","instance":"2.25...","status":0,"elements":{"PerformedProcedureStepStatus":...}}
//   node mpps_scp.js PORT     (listens on 127.0.0.1 only, targets.md pitfall 12)
// Answers 0x0111 for a duplicate N-CREATE, 0x0112 for an N-SET of an unknown instance and 0x0110 for an
// N-SET after COMPLETED/DISCONTINUED (PS3.4 F.7.2.2.3).
'use strict';
const net = require('net');
const dimse = require('dcmjs-dimse');
const { Scp } = dimse;
dimse.log.setLevel('error'); // stdout carries only the JSON lines
const { NCreateResponse, NSetResponse } = dimse.responses;
const { Status, PresentationContextResult } = dimse.constants;

const MPPS = '1.2.840.10008.3.1.2.3.3';
const steps = new Map(); // instance UID -> PPS status

const print = (command, instance, status, request) => {
  const elements = request.getDataset() ? request.getDataset().getElements() : {};
  console.log(JSON.stringify({ command, instance, status, elements }));
};

class MppsScp extends Scp {
  associationRequested(association) {
    for (const c of association.getPresentationContexts()) {
      const context = association.getPresentationContext(c.id);
      if (context.getAbstractSyntaxUid() === MPPS) {
        context.setResult(PresentationContextResult.Accept, context.getTransferSyntaxUids()[0]);
      } else {
        context.setResult(PresentationContextResult.RejectAbstractSyntaxNotSupported);
      }
    }
    this.sendAssociationAccept();
  }
  nCreateRequest(request, callback) {
    const instance = request.getAffectedSopInstanceUid();
    const elements = request.getDataset() ? request.getDataset().getElements() : {};
    const status = steps.has(instance) ? Status.DuplicateSOPInstance : Status.Success;
    if (status === Status.Success) steps.set(instance, elements.PerformedProcedureStepStatus);
    print('N-CREATE', instance, status, request);
    const response = NCreateResponse.fromRequest(request);
    response.setStatus(status);
    callback(response);
  }
  nSetRequest(request, callback) {
    const instance = request.getRequestedSopInstanceUid();
    const elements = request.getDataset() ? request.getDataset().getElements() : {};
    let status = Status.Success;
    if (!steps.has(instance)) status = Status.NoSuchObjectInstance;
    else if (steps.get(instance) !== 'IN PROGRESS') status = Status.ProcessingFailure;
    else if (elements.PerformedProcedureStepStatus) steps.set(instance, elements.PerformedProcedureStepStatus);
    print('N-SET', instance, status, request);
    const response = NSetResponse.fromRequest(request);
    response.setStatus(status);
    callback(response);
  }
  associationReleaseRequested() {
    this.sendAssociationReleaseResponse();
  }
}

const server = net.createServer((socket) => {
  const scp = new MppsScp(socket, {});
  scp.connected = true;
});
server.listen(Number(process.argv[2]), '127.0.0.1', () => console.error('listening'));
process.on('SIGTERM', () => process.exit(0));
