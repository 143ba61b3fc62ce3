#include <charconv>

#include "actors/dicom/dicom_dataset.h"

namespace ihe::dicom {
namespace {

struct PathStep {
  Tag tag;
  std::optional<std::size_t> item;
};

// "ScheduledProcedureStepSequence[0]", "(0040,0100)[2]", "Modality"
std::optional<PathStep> parse_step(std::string_view text) {
  PathStep step;
  if (!text.empty() && text.back() == ']') {
    auto open = text.rfind('[');
    if (open == std::string_view::npos) return std::nullopt;
    auto digits = text.substr(open + 1, text.size() - open - 2);
    std::size_t index = 0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    step.item = index;
    text = text.substr(0, open);
  }
  auto tag = Tag::parse(text);
  if (!tag) return std::nullopt;
  step.tag = *tag;
  return step;
}

}  // namespace

const Element* DicomDataset::find_path(std::string_view path) const {
  const DicomDataset* current = this;
  for (;;) {
    auto slash = path.find('/');
    auto step = parse_step(path.substr(0, slash));
    if (!step) return nullptr;
    const Element* element = current->find(step->tag);
    if (slash == std::string_view::npos) return step->item ? nullptr : element;
    // Every step but the last names one item of a sequence.
    if (!element || !step->item || *step->item >= element->items.size()) return nullptr;
    current = &element->items[*step->item];
    path.remove_prefix(slash + 1);
  }
}

}  // namespace ihe::dicom
