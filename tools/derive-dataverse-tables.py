#!/usr/bin/env python3
"""Derives the project's Dataverse table facts from the shared Microsoft table reference.

Usage: tools/derive-dataverse-tables.py ../shared/reference/dataverse-tables.json
Writes dataverse-model/src/main/resources/org/atomic2dynamics/dataverse/model/tables.json, which is
committed: the build never needs the shared folder. Re-run it when the reference is refreshed.

What changes on the way: provenance fields are dropped, `writable` becomes explicit validForCreate /
validForUpdate flags, and the tables the reference does not carry (opportunityclose, connection,
connectionrole, and the platform tables the emulator serves: organization, publisher, solution,
sdkmessage, sdkmessagefilter) are added from tools/supplement-tables.json, written by hand from the same
Microsoft table reference pages.
"""
import json
import pathlib
import sys

KEEP = ["schemaName", "type", "requiredLevel", "maxLength", "format", "minValue", "maxValue",
        "precision", "dateTimeBehavior", "options", "states", "targets", "defaultValue", "maxSizeInKB"]
TABLE_KEEP = ["logicalName", "schemaName", "displayName", "entitySetName", "primaryId", "primaryName",
              "tableType", "ownershipType", "messages"]


def column(name, raw):
    out = {k: raw[k] for k in KEEP if k in raw}
    writable = raw.get("writable", False)
    out["validForCreate"] = bool(writable and raw.get("validForCreate", True))
    out["validForUpdate"] = bool(writable and raw.get("validForUpdate", True))
    if name == "overriddencreatedon":
        # Create-only on every table (run-data-import.md); the reference marks it on appointment alone.
        out["validForUpdate"] = False
    return out


def table(raw):
    out = {k: raw.get(k) for k in TABLE_KEEP}
    out["columns"] = {name: column(name, c) for name, c in sorted(raw["columns"].items())}
    return out


def main(source):
    here = pathlib.Path(__file__).resolve().parent
    ref = json.loads(pathlib.Path(source).read_text())
    tables = {name: table(t) for name, t in ref["tables"].items()}
    for name, t in json.loads((here / "supplement-tables.json").read_text()).items():
        tables[name] = table(t)
    doc = {"derivedFrom": ref.get("generatedBy", ""), "tables": tables}
    target = here.parent / "dataverse-model/src/main/resources/org/atomic2dynamics/dataverse/model/tables.json"
    target.write_text(json.dumps(doc, indent=1, sort_keys=False) + "\n")
    print(f"wrote {target} ({len(tables)} tables)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/dataverse-tables.json")
