#pragma once

#include <string>

#include "actors/dicom/dicom_dataset.h"
#include "actors/net/dicom/scu/dicom_association.h"
#include "scenarios/engine/exchange_registry.h"
#include "scenarios/engine/step_outcome.h"

namespace ihe::scenarios {

// Records one DIMSE message as evidence (kind DicomDimse): the summary line, and the data set dump as
// content. `to_sut` says the direction: harness -> SUT, or SUT -> harness.
std::string record_dimse(ExchangeContext& context, bool to_sut, const std::string& summary,
                         const dicom::DicomDataset& dataset);

// Records a transport outcome that kept the SUT from answering (refused, not listening, silent) and
// returns the line for StepOutcome::unreachable.
std::string record_no_answer(ExchangeContext& context, const net::DicomOutcome& outcome);

// A C-FIND as a query step's outcome: records the request (`what`: "Study Root STUDY") and every match as
// evidence, each match to be validated as `dataset_id` of the step's transaction; values status and count,
// data sets request and matches; `unreachable` when the SUT did not answer.
StepOutcome find_outcome(ExchangeContext& context, const std::string& what,
                         const dicom::DicomDataset& identifier, const net::FindResult& result,
                         const std::string& dataset_id);

// "0x0000 Success" or the transport detail.
std::string answer_text(const net::DimseResult& result);

// A step parameter, or `fallback` when the step does not set it (or sets it empty).
std::string param_or(const Step& step, const std::string& name, std::string fallback);
int int_param(const Step& step, const std::string& name, int fallback);

}  // namespace ihe::scenarios
