#pragma once

#include <string>

namespace ihe::actors::image_manager {

// A fresh "2.25." UID (PS3.5 B.2) for instances we create: an MPPS the SCU left unnamed, an IAN.
std::string new_uid();

}  // namespace ihe::actors::image_manager
