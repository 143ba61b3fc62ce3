#pragma once

#include "scenarios/engine/exchange_registry.h"

namespace ihe::scenarios {

// The DICOM exchanges the harness runs against an Image Manager/Image Archive SUT, playing the Acquisition
// Modality (send RAD-6, RAD-7, RAD-8, RAD-10; await RAD-10) and the Image Display (query RAD-14, send
// RAD-16), and against an Acquisition Modality SUT, serving it as Order Filler and Image Manager (send
// RAD-5; await RAD-5, RAD-6, RAD-7, RAD-8, RAD-10). One file per transaction; each adds itself here.
ExchangeRegistry dicom_exchanges();

void add_rad8_store(ExchangeRegistry& registry);
void add_rad6_rad7_mpps(ExchangeRegistry& registry);
void add_rad10_commitment(ExchangeRegistry& registry);
void add_rad49_availability(ExchangeRegistry& registry);
void add_rad14_query(ExchangeRegistry& registry);
void add_rad16_retrieve(ExchangeRegistry& registry);
// Against an Acquisition Modality SUT (the harness serves as Order Filler and Image Manager).
void add_rad5_worklist(ExchangeRegistry& registry);
void add_modality_awaits(ExchangeRegistry& registry);

}  // namespace ihe::scenarios
