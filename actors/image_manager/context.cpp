#include "actors/image_manager/context.h"

namespace ihe::actors::image_manager {

std::string hex_status(std::uint16_t status) {
  static const char* digits = "0123456789ABCDEF";
  std::string text = "0x";
  for (int shift = 12; shift >= 0; shift -= 4) text += digits[(status >> shift) & 0xF];
  return text;
}

}  // namespace ihe::actors::image_manager
