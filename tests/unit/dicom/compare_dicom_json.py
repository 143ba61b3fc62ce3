#!/usr/bin/python3
"""Compares two DICOM JSON documents (PS3.18 Annex F) for semantic equality: ours and DCMTK's dcm2json.

Usage: compare_dicom_json.py OURS.json THEIRS.json   (exit 0 equal, 1 different, 2 usage or bad JSON)

Only these documented differences between the two writers are normalised away, nothing else:
  - group 0002 (File Meta Information): dcm2json leaves it out unless --write-meta, ours never has it;
  - Specific Character Set (0008,0005): dcm2json converts every string to UTF-8 and rewrites it to
    "ISO_IR 192", while our to_json() keeps the data set's own value;
  - FL numbers: dcm2json prints 9 significant digits (0.1f as 0.100000001), ours the shortest text that
    reads back as the same float (0.1); both are compared as IEEE binary32 values;
  - PN component groups: DCMTK drops trailing empty components ("DOE^JANE^^^" -> "DOE^JANE"), which
    PS3.5 6.2.1 makes equivalent.
"""
import json
import struct
import sys


def as_float32(value):
    return struct.unpack("<f", struct.pack("<f", value))[0]


def normalise_element(element):
    element = dict(element)
    vr = element.get("vr")
    values = element.get("Value")
    if values is None:
        return element
    if vr == "FL":
        element["Value"] = [None if v is None else as_float32(v) for v in values]
    elif vr == "PN":
        element["Value"] = [None if v is None else {k: s.rstrip("^") for k, s in v.items()} for v in values]
    elif vr == "SQ":
        element["Value"] = [normalise_dataset(item) for item in values]
    return element


def normalise_dataset(dataset, top_level=False):
    result = {}
    for tag, element in dataset.items():
        if top_level and (tag.startswith("0002") or tag == "00080005"):
            continue
        result[tag.upper()] = normalise_element(element)
    return result


def differences(ours, theirs, path=""):
    if isinstance(ours, dict) and isinstance(theirs, dict):
        for key in sorted(set(ours) | set(theirs)):
            if key not in ours:
                yield f"{path}/{key}: only in dcm2json: {json.dumps(theirs[key])[:200]}"
            elif key not in theirs:
                yield f"{path}/{key}: only in ours: {json.dumps(ours[key])[:200]}"
            else:
                yield from differences(ours[key], theirs[key], f"{path}/{key}")
    elif isinstance(ours, list) and isinstance(theirs, list) and len(ours) == len(theirs):
        for index, (a, b) in enumerate(zip(ours, theirs)):
            yield from differences(a, b, f"{path}[{index}]")
    elif ours != theirs:
        yield f"{path}: ours {json.dumps(ours)} != dcm2json {json.dumps(theirs)}"


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as ours_file, open(argv[2], encoding="utf-8") as theirs_file:
            ours, theirs = json.load(ours_file), json.load(theirs_file)
    except (OSError, ValueError) as error:
        print(f"compare_dicom_json: {error}", file=sys.stderr)
        return 2
    found = list(differences(normalise_dataset(ours, True), normalise_dataset(theirs, True)))
    for line in found:
        print(line)
    print("equal" if not found else f"{len(found)} difference(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
