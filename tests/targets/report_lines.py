#!/usr/bin/python3
"""Prints what the real-target tests assert from a report.json, one fact a line:

  scenario ID VERDICT STEPS      one per scenario
  finding ID STEP [EVIDENCE...]  one per finding (the evidence ids it names, maybe none)
  claim PROFILE:ACTOR[:OPTION] VERDICT
  evidence ID SUMMARY            one per evidence record (its one-line summary)

usage: report_lines.py REPORT_JSON. Exit 2 when the file cannot be read.
"""
import json
import sys


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        report = json.load(f)
    for s in report["scenarios"]:
        print("scenario", s["id"], s["verdict"], len(s["steps"]))
        for step in s["steps"]:
            for finding in step.get("findings", []):
                print("finding", s["id"], step["id"], *finding.get("evidence_ids", []))
    for c in report["claims"]:
        claim = ":".join(p for p in (c["profile"], c["actor"], c["option"]) if p)
        print("claim", claim, c["verdict"])
    for e in report["evidence"]:
        print("evidence", e["id"], " ".join(e["summary"].split()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
