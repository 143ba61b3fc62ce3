#include "actors/common/local_date_time.h"

#include <ctime>

namespace ihe::actors {

LocalDateTime LocalDateTime::now() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char date[9];
  char time[7];
  std::strftime(date, sizeof date, "%Y%m%d", &local);
  std::strftime(time, sizeof time, "%H%M%S", &local);
  return {date, time};
}

}  // namespace ihe::actors
