"""Independent reader for python_hl7_cross_check_test.cpp: python-hl7 (Debian's python3-hl7, run with
/usr/bin/python3) reads an HL7 v2 message and reports the decoded value at each of our paths, so that our
parser is not the judge of itself.

usage: python_hl7_fields.py MESSAGE_FILE PATHS_FILE OUTPUT_FILE
  MESSAGE_FILE  ER7 text, segments ending with CR
  PATHS_FILE    one path per line in our notation, SEG[s]-F[r].C.S (indexes 1-based, all but F optional)
  OUTPUT_FILE   one line per path: the path, a TAB, the value's UTF-8 bytes in hex (so any byte survives)
"""
import re
import sys

import hl7

PATH = re.compile(r"^([A-Z][A-Z0-9]{2})(?:\[(\d+)\])?-(\d+)(?:\[(\d+)\])?(?:\.(\d+)(?:\.(\d+))?)?$")


def value_at(message, path):
    match = PATH.match(path)
    if not match:
        raise SystemExit("not a path: " + path)
    segment, occurrence, field, repetition, component, subcomponent = match.groups()
    # python-hl7 counts segments, fields, repetitions, components and subcomponents from 1 like HL7, and
    # numbers MSH fields so that MSH.1 is the field separator, as we do.
    accessor = hl7.Accessor(segment, int(occurrence or 1), int(field), int(repetition or 1),
                            int(component or 1), int(subcomponent or 1))
    try:
        return message.extract_field(*accessor)
    except (IndexError, KeyError):
        # python-hl7 raises where a path runs past the parse tree or names a missing segment; our get()
        # reads both as absent, i.e. empty.
        return ""


def main(message_file, paths_file, output_file):
    with open(message_file, encoding="utf-8", newline="") as f:
        message = hl7.parse(f.read())
    with open(paths_file, encoding="utf-8") as f:
        paths = [line.strip() for line in f if line.strip()]
    with open(output_file, "w", encoding="utf-8") as out:
        for path in paths:
            out.write("%s\t%s\n" % (path, value_at(message, path).encode("utf-8").hex()))


if __name__ == "__main__":
    main(*sys.argv[1:4])
