"""Reads a .vcf file with python-vobject, as a Python address book would, and prints its cards as JSON.

The file is opened in text mode (universal newlines), so a bare CR ends a line here as it does in most readers.
Usage: python3 read-vcard.py FILE
"""
import json
import sys

import vobject


def values(card, name):
    return [child.value for child in card.getChildren() if child.name == name]


def texts(card, name):
    out = []
    for value in values(card, name):
        out.extend(value if isinstance(value, list) else [value])
    return out


def name_fields(card):
    n = values(card, "N")
    if not n:
        return None
    n = n[0]
    join = lambda part: " ".join(part) if isinstance(part, list) else part
    return [join(n.family), join(n.given), join(n.additional), join(n.prefix), join(n.suffix)]


with open(sys.argv[1], encoding="utf-8") as f:
    text = f.read()
cards = []
for card in vobject.readComponents(text):
    cards.append({
        "properties": [child.name for child in card.getChildren()],
        "uid": texts(card, "UID"),
        "fn": texts(card, "FN"),
        "n": name_fields(card),
        "org": [list(v) if isinstance(v, list) else [v] for v in values(card, "ORG")],
        "title": texts(card, "TITLE"),
        "email": texts(card, "EMAIL"),
        "tel": texts(card, "TEL"),
        "url": texts(card, "URL"),
        "categories": texts(card, "CATEGORIES"),
        "bday": texts(card, "BDAY"),
        "note": texts(card, "NOTE"),
    })
json.dump(cards, sys.stdout, ensure_ascii=False)
