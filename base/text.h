#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ihe {

// The non-empty pieces of `text` between `separator`s: "a,,b" gives {"a", "b"}. For lists users write
// (comma-separated flags, space-separated attribute values in data files).
std::vector<std::string> split_nonempty(std::string_view text, char separator);

}  // namespace ihe
