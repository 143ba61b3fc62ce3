#include "actors/net/dicom/conversion/dcmtk_logging.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/oflog/oflog.h>

namespace ihe::net {

void quiet_dcmtk_data_logger() {
  static const bool done = [] {
    OFLog::getLogger("dcmtk.dcmdata").setLogLevel(OFLogger::ERROR_LOG_LEVEL);
    return true;
  }();
  (void)done;
}

}  // namespace ihe::net
