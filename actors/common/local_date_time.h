#pragma once

#include <string>

namespace ihe::actors {

// The local date (DA, YYYYMMDD) and time (TM, HHMMSS) an actor stamps what it creates with: an order's
// start (Order Filler), an MPPS's start and end and an image's dates (Acquisition Modality). DICOM DA/TM
// carry no zone (PS3.5 6.2): local time, as modalities and RIS do.
struct LocalDateTime {
  std::string date;
  std::string time;
  static LocalDateTime now();
};

inline LocalDateTime local_now() {
  return LocalDateTime::now();
}

}  // namespace ihe::actors
