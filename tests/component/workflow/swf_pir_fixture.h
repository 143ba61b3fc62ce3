#pragma once

// Our six simulated actors wired for SWF.b and PIR over loopback, in process, on free ports: the ADT sends
// RAD-1/RAD-12 to the Order Placer and the Order Filler; the Order Placer sends RAD-2 to the Order Filler,
// which answers the Placer with RAD-3 and tells the Image Manager RAD-4, RAD-13 and forwarded RAD-12; the
// Acquisition Modality queries the Filler's worklist and reports its MPPS to the Filler and, through a
// second instance of itself with the same AE title, to the Image Manager (the Filler does not forward MPPS);
// the Image Display queries the Image Manager. Every HL7 message exchanged is kept for validation.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "actors/acquisition_modality/acquisition_modality.h"
#include "actors/adt/adt_actor.h"
#include "actors/image_display/image_display.h"
#include "actors/image_manager/image_manager.h"
#include "actors/order_filler/order_filler.h"
#include "actors/order_placer/order_placer.h"
#include "tests/support/net_util.h"

namespace ihe::actors::test {

class SwfPirWorkflow : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // RAD-1/RAD-12 to the Order Placer and the Order Filler; every answer must be AA.
  void adt(const std::string& trigger, const Patient& patient, const std::string& prior_id = "");
  // RAD-2 NW for one CT procedure; the Order Filler must answer ORG^O20 OK.
  void place_order(const Patient& patient, const std::string& placer_number);
  // Until the Order Filler sent everything its changes implied (RAD-3, RAD-4, RAD-13, RAD-12).
  void wait_for_filler();
  // What the Order Filler sent since the last call, as "TRANSACTION ORC-1/ORC-5" or "RAD-12 A08".
  std::vector<std::string> filler_sent_since_last();

  net::FindResult worklist(const std::string& patient_id);                                    // RAD-5
  net::FindResult studies(const std::string& patient_id, const std::string& study_uid = "");  // RAD-14
  // RAD-6 to the Order Filler and the Image Manager, images, RAD-8, RAD-7 COMPLETED to both, RAD-10.
  // Returns the Study Instance UID the images went to.
  std::string perform(const PerformedProcedureStep& step, int images = 2);

  ihe::test::TempDir dir_;
  TransactionLog log_;
  std::unique_ptr<image_manager::ImageManager> image_manager_;
  std::unique_ptr<OrderFiller> order_filler_;
  std::unique_ptr<OrderPlacer> order_placer_;
  std::unique_ptr<AdtActor> adt_;
  std::unique_ptr<AcquisitionModality> modality_;
  std::unique_ptr<AcquisitionModality> modality_to_archive_;  // its MPPS copy to the Image Manager
  std::unique_ptr<ImageDisplay> display_;
  std::vector<Hl7Exchange> exchanged_;  // by the ADT and the Order Placer; the Filler's are in its outbox
  std::size_t filler_seen_ = 0;
};

}  // namespace ihe::actors::test
