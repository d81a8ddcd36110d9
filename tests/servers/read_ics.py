#!/usr/bin/python3
"""Parses iCalendar files with Python's icalendar, as read_mail.py parses the
invitations it finds, and prints one JSON array of their events.
Usage: read_ics.py FILE..."""
import json, sys
from email.message import Message
from read_mail import calendar_of

class Part:
    def __init__(self, data):
        self.data = data
    def get_payload(self, decode=False):
        return self.data
    def get_param(self, name):
        return None

print(json.dumps([calendar_of(Part(open(path, "rb").read())) for path in sys.argv[1:]]))
