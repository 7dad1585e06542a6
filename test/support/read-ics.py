"""Reads an .ics file with python-icalendar, as a Python calendar would, and prints its events as JSON.

Usage: python3 read-ics.py FILE
"""
import json
import sys

import icalendar

with open(sys.argv[1], "rb") as f:
    calendar = icalendar.Calendar.from_ical(f.read())
events = []
for event in calendar.walk("VEVENT"):
    events.append({
        "properties": [name for name, _ in event.property_items(recursive=False)][1:-1],
        "uid": str(event.get("UID")),
        "summary": str(event.get("SUMMARY")),
        "description": str(event["DESCRIPTION"]) if "DESCRIPTION" in event else None,
    })
json.dump(events, sys.stdout, ensure_ascii=False)
