#pragma once

#include <string>

#include "actors/dicom/dicom_dataset.h"
#include "actors/net/dicom/scu/dicom_association.h"
#include "scenarios/engine/exchange_registry.h"

namespace ihe::scenarios {

// Records one DIMSE message as evidence (kind DicomDimse): the summary line, and the data set dump as
// content. `to_sut` says the direction: harness -> SUT, or SUT -> harness.
std::string record_dimse(ExchangeContext& context, bool to_sut, const std::string& summary,
                         const dicom::DicomDataset& dataset);

// Records a transport outcome that kept the SUT from answering (refused, not listening, silent) and
// returns the line for StepOutcome::unreachable.
std::string record_no_answer(ExchangeContext& context, const net::DicomOutcome& outcome);

// "0x0000 Success" or the transport detail.
std::string answer_text(const net::DimseResult& result);

// A step parameter, or `fallback` when the step does not set it (or sets it empty).
std::string param_or(const Step& step, const std::string& name, std::string fallback);
int int_param(const Step& step, const std::string& name, int fallback);

}  // namespace ihe::scenarios
