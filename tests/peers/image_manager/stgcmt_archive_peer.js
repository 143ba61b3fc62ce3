// dcmjs-dimse 0.3.3 as an independent archive: stores, accepts storage commitment requests and reports on a
// new association the way plain dcmjs-dimse does, without SCP/SCU Role Selection (its Client ignores roles,
// targets.md pitfall 13). A real third-party report sender for SWF-IM-012's role check (PS3.7 D.3.3.4).
//   node stgcmt_archive_peer.js PORT AET REPORT_PORT     (listens on 127.0.0.1 only)
// The report goes to 127.0.0.1:REPORT_PORT, called AE = the N-ACTION's calling AE, calling AE = AET; it
// commits the instances stored here and fails the rest with 0x0112 (PS3.4 J.3.3.1.2).
'use strict';
const net = require('net');
const dimse = require('dcmjs-dimse');
const { Client, Dataset, Scp } = dimse;
dimse.log.setLevel('error');
const { NEventReportRequest } = dimse.requests;
const { CEchoResponse, CStoreResponse, NActionResponse } = dimse.responses;
const { Status, PresentationContextResult } = dimse.constants;

const VERIFICATION = '1.2.840.10008.1.1';
const STGCMT = '1.2.840.10008.1.20.1';
const STGCMT_INSTANCE = '1.2.840.10008.1.20.1.1';
const STORAGE_PREFIX = '1.2.840.10008.5.1.4.1.1.';
const NO_SUCH_OBJECT = 0x0112;

const [port, aet, reportPort] = process.argv.slice(2);
const stored = new Set();

function report(modalityAe, request) {
  const refs = request.ReferencedSOPSequence || [];
  const committed = refs.filter((r) => stored.has(r.ReferencedSOPInstanceUID));
  const failed = refs.filter((r) => !stored.has(r.ReferencedSOPInstanceUID))
    .map((r) => ({ ...r, FailureReason: NO_SUCH_OBJECT }));
  const event = new NEventReportRequest(STGCMT, STGCMT_INSTANCE, failed.length ? 2 : 1);
  const dataset = { TransactionUID: request.TransactionUID, ReferencedSOPSequence: committed };
  if (failed.length) dataset.FailedSOPSequence = failed;
  event.setDataset(new Dataset(dataset));
  const client = new Client();
  client.addRequest(event);
  client.on('networkError', (e) => console.error(String(e)));
  client.send('127.0.0.1', Number(reportPort), aet, modalityAe);
}

class ArchivePeer extends Scp {
  associationRequested(association) {
    this.callingAe = association.getCallingAeTitle();
    for (const c of association.getPresentationContexts()) {
      const context = association.getPresentationContext(c.id);
      const uid = context.getAbstractSyntaxUid();
      if (uid === VERIFICATION || uid === STGCMT || uid.startsWith(STORAGE_PREFIX)) {
        context.setResult(PresentationContextResult.Accept, context.getTransferSyntaxUids()[0]);
      } else {
        context.setResult(PresentationContextResult.RejectAbstractSyntaxNotSupported);
      }
    }
    this.sendAssociationAccept();
  }
  cEchoRequest(request, callback) {
    const response = CEchoResponse.fromRequest(request);
    response.setStatus(Status.Success);
    callback(response);
  }
  cStoreRequest(request, callback) {
    stored.add(request.getAffectedSopInstanceUid());
    const response = CStoreResponse.fromRequest(request);
    response.setStatus(Status.Success);
    callback(response);
  }
  nActionRequest(request, callback) {
    const response = NActionResponse.fromRequest(request);
    response.setStatus(Status.Success);
    callback(response);
    const elements = request.getDataset().getElements();
    const modalityAe = this.callingAe;
    setTimeout(() => report(modalityAe, elements), 200);
  }
  associationReleaseRequested() {
    this.sendAssociationReleaseResponse();
  }
}

const server = net.createServer((socket) => {
  const scp = new ArchivePeer(socket, {});
  scp.connected = true;
});
server.listen(Number(port), '127.0.0.1', () => console.error('listening'));
process.on('SIGTERM', () => process.exit(0));
