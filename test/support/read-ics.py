"""Reads an .ics file with python-icalendar, as a Python calendar would, and prints its events and to-dos as JSON.

Usage: python3 read-ics.py FILE
"""
import json
import sys

import icalendar

with open(sys.argv[1], "rb") as f:
    calendar = icalendar.Calendar.from_ical(f.read())


def day(component, name):
    """A DATE or DATE-TIME property as ISO text, or None."""
    if name not in component:
        return None
    return component.decoded(name).isoformat()


entries = []
for component in calendar.walk():
    if component.name not in ("VEVENT", "VTODO"):
        continue
    entries.append({
        "kind": component.name,
        "properties": [name for name, _ in component.property_items(recursive=False)][1:-1],
        "uid": str(component.get("UID")),
        "summary": str(component.get("SUMMARY")),
        "description": str(component["DESCRIPTION"]) if "DESCRIPTION" in component else None,
        "status": str(component.get("STATUS")),
        "sequence": int(component.get("SEQUENCE", 0)),
        "start": day(component, "DTSTART"),
        "due": day(component, "DUE"),
        "lastModified": day(component, "LAST-MODIFIED"),
        "completed": day(component, "COMPLETED"),
        "rrule": component["RRULE"].to_ical().decode() if "RRULE" in component else None,
    })
json.dump(entries, sys.stdout, ensure_ascii=False)
