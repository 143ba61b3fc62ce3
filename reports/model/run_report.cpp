#include "reports/model/run_report.h"

namespace ihe::reports {
namespace {

int rank(Verdict verdict) {
  switch (verdict) {
    case Verdict::Skipped:
      return 0;
    case Verdict::Pass:
      return 1;
    case Verdict::Warning:
      return 2;
    case Verdict::Inconclusive:
      return 3;
    case Verdict::Fail:
      return 4;
    case Verdict::Error:
      return 5;
  }
  return 5;
}

}  // namespace

Verdict worst_of(Verdict a, Verdict b) {
  return rank(a) >= rank(b) ? a : b;
}

}  // namespace ihe::reports
