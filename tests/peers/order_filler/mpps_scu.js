// dcmjs-dimse 0.3.3 as an independent modality sending MPPS to the harness's Order Filler (RAD-6/7):
//   node mpps_scu.js HOST PORT CALLING CALLED MPPS_UID SPS_ID ACCESSION STUDY_UID FINAL_STATUS
// N-CREATE "IN PROGRESS" with one Scheduled Step Attributes Sequence item on a first association, then
// N-SET to FINAL_STATUS (COMPLETED or DISCONTINUED) with end date/time and one performed series on a
// second one (PS3.4 F.7.2: the two may come on different associations).
// Prints one JSON object {"ncreate":status,"nset":status}; exits 0 when both answers came, 1 otherwise.
'use strict';
const dimse = require('dcmjs-dimse');
const { Client, Dataset } = dimse;
dimse.log.setLevel('error'); // stdout carries only the JSON result
const { NCreateRequest, NSetRequest } = dimse.requests;

const MPPS = '1.2.840.10008.3.1.2.3.3';
const [host, port, calling, called, mppsUid, spsId, accession, studyUid, finalStatus] = process.argv.slice(2);
const result = {};
const finish = (code) => {
  console.log(JSON.stringify(result));
  process.exit(code);
};
setTimeout(() => {
  result.error = 'timeout';
  finish(1);
}, 15000);

function send(request, next) {
  const client = new Client();
  client.on('networkError', (e) => {
    result.error = String(e);
    finish(1);
  });
  client.on('closed', next);
  client.addRequest(request);
  client.send(host, Number(port), calling, called);
}

const create = new NCreateRequest(MPPS, mppsUid);
create.setDataset(new Dataset({
  SpecificCharacterSet: 'ISO_IR 100',
  ScheduledStepAttributesSequence: [{
    StudyInstanceUID: studyUid,
    ReferencedStudySequence: [],
    AccessionNumber: accession,
    RequestedProcedureID: '',
    RequestedProcedureDescription: '',
    ScheduledProcedureStepID: spsId,
    ScheduledProcedureStepDescription: '',
    ScheduledProtocolCodeSequence: [],
  }],
  PatientName: 'DOE^JOHN',
  PatientID: 'PAT001',
  PatientBirthDate: '19700101',
  PatientSex: 'M',
  ReferencedPatientSequence: [],
  PerformedProcedureStepID: 'PPS-' + spsId,
  PerformedStationAETitle: calling,
  PerformedStationName: '',
  PerformedLocation: '',
  PerformedProcedureStepStartDate: '20261128',
  PerformedProcedureStepStartTime: '090500',
  PerformedProcedureStepStatus: 'IN PROGRESS',
  PerformedProcedureStepDescription: '',
  PerformedProcedureTypeDescription: '',
  ProcedureCodeSequence: [],
  PerformedProcedureStepEndDate: '',
  PerformedProcedureStepEndTime: '',
  Modality: 'CT',
  StudyID: '',
  PerformedProtocolCodeSequence: [],
  PerformedSeriesSequence: [],
}));
create.on('response', (r) => { result.ncreate = r.getStatus(); });

const set = new NSetRequest(MPPS, mppsUid);
set.setDataset(new Dataset({
  PerformedProcedureStepStatus: finalStatus,
  PerformedProcedureStepEndDate: '20261128',
  PerformedProcedureStepEndTime: '093000',
  PerformedSeriesSequence: [{
    PerformingPhysicianName: '',
    ProtocolName: 'CT HEAD',
    OperatorsName: '',
    SeriesInstanceUID: studyUid + '.1',
    SeriesDescription: '',
    RetrieveAETitle: '',
    ReferencedImageSequence: [],
    ReferencedNonImageCompositeSOPInstanceSequence: [],
  }],
}));
set.on('response', (r) => { result.nset = r.getStatus(); });

send(create, () => send(set, () => finish(result.ncreate === undefined || result.nset === undefined ? 1 : 0)));
