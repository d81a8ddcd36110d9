#!/usr/bin/python3
"""Reads every message of a Maildir (the SMTP sink's) and prints them as one JSON
array, oldest first, with their invitations parsed by Python's icalendar:
  [{"message_id", "to", "subject", "text", "html",
    "calendar": {"method", "uid", "sequence", "status", "tzid",
                 "start_local", "start_utc", "end_local", "vtimezone"} | null}]
start_local is the wall time in the event's own zone ("2027-03-15T10:00:00"),
start_utc the instant it names ("2027-03-15T15:00:00Z").
Usage: read_mail.py MAILDIR"""
import email, email.policy, json, mailbox, os, sys
from datetime import timezone
from icalendar import Calendar

def calendar_of(part):
    cal = Calendar.from_ical(part.get_payload(decode=True))
    event = next(c for c in cal.walk() if c.name == "VEVENT")
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    tzid = event["DTSTART"].params.get("TZID")
    zones = [str(c.get("TZID")) for c in cal.walk() if c.name == "VTIMEZONE"]
    return {
        "method": str(cal.get("METHOD")),
        "uid": str(event.get("UID")),
        "sequence": int(event.get("SEQUENCE", 0)),
        "status": str(event.get("STATUS")),
        "tzid": tzid,
        "start_local": start.replace(tzinfo=None).isoformat(),
        "start_utc": start.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end_local": end.replace(tzinfo=None).isoformat(),
        "vtimezone": zones,
        "part_method": part.get_param("method"),
    }

def main():
    box = mailbox.Maildir(sys.argv[1], create=False)
    rows = []
    for key in box.keys():
        path = os.path.join(sys.argv[1], box._lookup(key))
        with open(path, "rb") as f:
            m = email.message_from_binary_file(f, policy=email.policy.default)
        row = {"message_id": m["Message-ID"], "to": m["To"], "subject": str(m["Subject"]),
               "text": "", "html": "", "calendar": None, "mtime": os.path.getmtime(path)}
        for part in m.walk():
            kind = part.get_content_type()
            if kind == "text/plain":
                row["text"] = part.get_content()
            elif kind == "text/html":
                row["html"] = part.get_content()
            elif kind == "text/calendar":
                row["calendar"] = calendar_of(part)
        rows.append(row)
    rows.sort(key=lambda r: r["mtime"])
    print(json.dumps(rows))

if __name__ == "__main__":
    main()
