#include "validation/dciodvfy.h"

#include <sstream>

#include "base/bounded_command.h"

namespace ihe::validation {

DciodvfyReport run_dciodvfy(const std::filesystem::path& file, std::chrono::milliseconds deadline) {
  // dciodvfy prints the IOD's name on standard output and its findings on standard error.
  const auto result = run_bounded({{"dciodvfy", file.string()}, {}, deadline, true});
  DciodvfyReport report;
  report.output = result.output;
  switch (result.end) {
    case CommandResult::End::NotStarted:
      report.failure = result.output;
      return report;
    case CommandResult::End::TimedOut:
      report.failure = "dciodvfy gave no verdict within " + std::to_string(deadline.count() / 1000) + " s";
      return report;
    case CommandResult::End::Signalled:
      report.failure = "dciodvfy was killed by a signal";
      return report;
    case CommandResult::End::Exited:
      break;
  }
  report.ran = true;
  report.exit_status = result.exit_status;
  std::istringstream lines(result.output);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("Error - ", 0) == 0)
      report.errors.push_back(line);
    else if (line.rfind("Warning - ", 0) == 0)
      report.warnings.push_back(line);
    else if (report.iod.empty() && !line.empty())
      report.iod = line;
  }
  return report;
}

}  // namespace ihe::validation
