#!/usr/bin/python3
"""A local fake of the Google Calendar API v3 subset the app uses, with Google's
OAuth 2 endpoints, keeping everything in memory. Request log, fault file and
the OAuth test helpers: see calendar_fake.py.

OAuth: GET /o/oauth2/auth (or /o/oauth2/v2/auth) approves at once; POST /token
(authorization_code with PKCE, refresh_token: no new refresh_token, as Google);
POST /revoke?token=T. Fixed tokens "google-test-token" / "google-test-refresh"
are valid until revoked. Every /calendar/v3 call needs a valid Bearer token.

API: calendarList; calendars insert/get/delete; events insert (client id:
base32hex a-v0-9, 5..1024 chars; ids of deleted events stay taken: 409), get
(deleted: status "cancelled"), patch (objects merged, null deletes, If-Match),
update (PUT), delete (410 when already deleted), list (privateExtendedProperty
/ sharedExtendedProperty "key=value", repeatable; showDeleted; iCalUID;
maxResults/pageToken). "primary" names sams.tester@gmail.com.

Faults beyond the common ones: 429, 403-quota (rateLimitExceeded),
403-quota-exceeded (quotaExceeded), 403-forbidden (no Retry-After: not
retryable), 500, 503.

Test helpers: GET /_fake/events -> {"calendars": {id: [events, deleted ones
with "deleted": true]}}; POST /_fake/user-delete?calendar=C&id=E and
POST /_fake/user-edit?calendar=C&id=E (JSON patch body) act as the user in
Google's web page (new etag).
Usage: google_calendar.py --port P --dir D --client-id ID"""
import copy, datetime, itertools, re, secrets, time, zoneinfo
from calendar_fake import OAuth, lock, now_rfc3339, reply, serve

PRIMARY = "sams.tester@gmail.com"
EVENT_ID = re.compile(r"[a-v0-9]{5,1024}")
DATE = re.compile(r"\d{4}-\d\d-\d\d")
DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?", re.I)
READ_ONLY = {"kind", "etag", "id", "htmlLink", "created", "updated", "creator", "iCalUID"}
etags = itertools.count(int(time.time() * 1000000))


def error(code, message, reason, domain="global", headers=None, status=None):
    body = {"error": {"code": code, "message": message,
                      "errors": [{"domain": domain, "reason": reason, "message": message}]}}
    if status:
        body["error"]["status"] = status
    return reply(code, body, headers)


def new_etag():
    return '"%d"' % next(etags)


def merge(target, patch):
    """Google's patch semantics: objects merge, anything else (arrays too) replaces, null deletes."""
    for k, v in patch.items():
        if v is None:
            target.pop(k, None)
        elif isinstance(v, dict) and isinstance(target.get(k), dict):
            merge(target[k], v)
        else:
            target[k] = copy.deepcopy(v)


def instant(t, which):
    """(comparable start/end, None) or (None, error reply), after Google's checks."""
    bad = lambda what: (None, error(400, "%s %s time." % (what, which), "invalid" if what == "Invalid" else "required"))
    if not isinstance(t, dict) or not (t.get("date") or t.get("dateTime")):
        return bad("Missing")
    if t.get("date") and t.get("dateTime"):
        return bad("Invalid")
    if t.get("date"):
        if not DATE.fullmatch(str(t["date"])):
            return bad("Invalid")
        return ("date", t["date"]), None
    value, zone = str(t["dateTime"]), t.get("timeZone")
    if not DATE_TIME.fullmatch(value):
        return bad("Invalid")
    if zone is not None:
        try:
            zone = zoneinfo.ZoneInfo(zone)
        except (ValueError, zoneinfo.ZoneInfoNotFoundError):
            return None, error(400, "Invalid time zone definition for %s time." % which, "invalid")
    moment = datetime.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    if moment.tzinfo is None:
        if zone is None:  # a local time means nothing without its zone
            return None, error(400, "Missing time zone definition for %s time." % which, "required")
        moment = moment.replace(tzinfo=zone)
    return ("dateTime", moment), None


def check_times(event):
    start, err = instant(event.get("start"), "start")
    if err:
        return err
    end, err = instant(event.get("end"), "end")
    if err:
        return err
    if start[0] != end[0]:
        return error(400, "Invalid end time.", "invalid")
    if end[1] < start[1] or (start[0] == "date" and end[1] == start[1]):
        return error(400, "The specified time range is empty.", "timeRangeEmpty")
    return None


class Google:
    def __init__(self, folder, client_id):
        self.oauth = OAuth(client_id, "google-test-token", "google-test-refresh",
                           "https://www.googleapis.com/auth/calendar", "ya29.",
                           "Token has been expired or revoked.", rotate_refresh=False)
        self.calendars = {}  # id -> calendar resource
        self.events = {}     # calendar id -> {event id -> event}; deleted ones have status "cancelled"
        self.add_calendar(PRIMARY, PRIMARY, "UTC")
        retry = {"Retry-After": "2"}
        self.faults = {
            "429": error(429, "Rate Limit Exceeded", "rateLimitExceeded", "usageLimits", retry),
            "403-quota": error(403, "Rate Limit Exceeded", "rateLimitExceeded", "usageLimits", retry),
            "403-quota-exceeded": error(403, "Calendar usage limits exceeded.", "quotaExceeded", "usageLimits", retry),
            "403-forbidden": error(403, "Forbidden", "forbidden"),
            "500": error(500, "Backend Error", "backendError"),
            "503": error(503, "The service is currently unavailable.", "backendError"),
        }

    def add_calendar(self, cid, summary, zone):
        self.calendars[cid] = {"kind": "calendar#calendar", "etag": new_etag(), "id": cid,
                               "summary": summary, "timeZone": zone}
        self.events[cid] = {}
        return self.calendars[cid]

    def calendar(self, cid):
        return PRIMARY if cid == "primary" else cid

    def route(self, req, fault):
        p = req.parts
        if req.path in ("/o/oauth2/auth", "/o/oauth2/v2/auth") and req.method == "GET":
            return self.oauth.authorize(req)
        if req.path == "/token" and req.method == "POST":
            return self.oauth.token(req, fault)
        if req.path == "/revoke" and req.method == "POST":
            return self.revoke(req)
        if p[:1] == ["_fake"]:
            return self.oauth.helper(req) or self.helper(req)
        if p[:2] != ["calendar", "v3"]:
            return reply(404, "<html>Not Found</html>")
        if not self.oauth.valid(req.headers.get("Authorization")):
            return error(401, "Request had invalid authentication credentials. Expected OAuth 2 access token, "
                         "login cookie or other valid authentication credential.", "authError",
                         headers={"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", '
                                                      'error="invalid_token"'}, status="UNAUTHENTICATED")
        p = p[2:]
        if req.method in ("POST", "PATCH", "PUT") and not isinstance(req.body, dict):
            return error(400, "Parse Error", "parseError")
        with lock:
            if p == ["users", "me", "calendarList"] and req.method == "GET":
                items = [dict(c, kind="calendar#calendarListEntry", accessRole="owner") for c in self.calendars.values()]
                for item in items:
                    if item["id"] == PRIMARY:
                        item["primary"] = True
                return reply(200, {"kind": "calendar#calendarList", "items": items})
            if p == ["calendars"] and req.method == "POST":
                if not req.body.get("summary"):
                    return error(400, "Missing title.", "required")
                cid = secrets.token_hex(32) + "@group.calendar.google.com"
                return reply(200, self.add_calendar(cid, req.body["summary"], req.body.get("timeZone", "UTC")))
            if len(p) < 2 or p[0] != "calendars" or self.calendar(p[1]) not in self.calendars:
                return error(404, "Not Found", "notFound")
            cid = self.calendar(p[1])
            if len(p) == 2:
                if req.method == "GET":
                    return reply(200, self.calendars[cid])
                if req.method == "DELETE":
                    if cid == PRIMARY:
                        return error(400, "Cannot delete the primary calendar.", "cannotDeletePrimaryCalendar")
                    del self.calendars[cid], self.events[cid]
                    return reply(204)
            if len(p) == 3 and p[2] == "events":
                if req.method == "POST":
                    return self.insert(cid, req.body)
                if req.method == "GET":
                    return self.list(cid, req)
            if len(p) == 4 and p[2] == "events":
                return self.one(cid, p[3], req)
            return error(404, "Not Found", "notFound")

    def revoke(self, req):
        """Google's revocation endpoint: an access token takes its refresh token (the grant) along."""
        token = req.arg("token") or (req.body.get("token") if isinstance(req.body, dict) else None)
        with lock:
            if token not in self.oauth.refresh and token not in self.oauth.access:
                return reply(400, {"error": "invalid_token", "error_description": "Bad Request"})
            self.oauth.revoke(self.oauth.access.get(token) or token)
            self.oauth.revoke(token)
        return reply(200, {})

    def insert(self, cid, body):
        eid = body.get("id") or secrets.token_hex(13)
        if not isinstance(eid, str) or not EVENT_ID.fullmatch(eid):
            return error(400, "Invalid resource id value.", "invalid")
        if eid in self.events[cid]:  # deleted events keep their id reserved
            return error(409, "The requested identifier already exists.", "duplicate")
        err = check_times(body)
        if err:
            return err
        now = now_rfc3339()
        event = {k: copy.deepcopy(v) for k, v in body.items() if k not in READ_ONLY}
        event.update(kind="calendar#event", etag=new_etag(), id=eid,
                     status=body.get("status") if body.get("status") == "tentative" else "confirmed",
                     htmlLink="https://www.google.com/calendar/event?eid=" + eid, created=now, updated=now,
                     creator={"email": PRIMARY, "self": True}, organizer={"email": cid, "self": True},
                     iCalUID=eid + "@google.com", sequence=body.get("sequence", 0))
        event.setdefault("reminders", {"useDefault": True})
        event.setdefault("eventType", "default")
        self.events[cid][eid] = event
        return reply(200, event)

    def list(self, cid, req):
        wanted = [("private", c) for c in req.query.get("privateExtendedProperty", [])] + \
                 [("shared", c) for c in req.query.get("sharedExtendedProperty", [])]
        items = []
        for e in self.events[cid].values():
            if e["status"] == "cancelled" and req.arg("showDeleted") != "true":
                continue
            if req.arg("iCalUID") and e["iCalUID"] != req.arg("iCalUID"):
                continue
            props = e.get("extendedProperties") or {}
            if all("=" in c and (props.get(kind) or {}).get(c.split("=", 1)[0]) == c.split("=", 1)[1]
                   for kind, c in wanted):
                items.append(e)
        first, size = int(req.arg("pageToken", "0")), int(req.arg("maxResults", "250"))
        answer = {"kind": "calendar#events", "summary": self.calendars[cid]["summary"],
                  "timeZone": self.calendars[cid]["timeZone"], "updated": now_rfc3339(),
                  "items": items[first:first + size]}
        if first + size < len(items):
            answer["nextPageToken"] = str(first + size)
        return reply(200, answer)

    def one(self, cid, eid, req):
        event = self.events[cid].get(eid)
        if event is None:
            return error(404, "Not Found", "notFound")
        if req.method == "GET":
            return reply(200, event)
        if event["status"] == "cancelled":
            return error(410, "Resource has been deleted", "deleted")
        match = req.headers.get("If-Match")
        if match and match != "*" and match != event["etag"]:
            return error(412, "Precondition Failed", "conditionNotMet")
        if req.method == "DELETE":
            event.update(status="cancelled", etag=new_etag(), updated=now_rfc3339())
            return reply(204)
        if req.method in ("PATCH", "PUT"):
            return self.change(event, req.body, replace=req.method == "PUT")
        return error(404, "Not Found", "notFound")

    def change(self, event, body, replace=False):
        changed = copy.deepcopy(event)
        if replace:
            for k in list(changed):
                if k not in READ_ONLY and k not in ("status", "organizer", "sequence", "eventType"):
                    del changed[k]
        merge(changed, {k: v for k, v in body.items() if k not in READ_ONLY})
        err = check_times(changed)
        if err:
            return err
        changed.update(etag=new_etag(), updated=now_rfc3339())
        event.clear()
        event.update(changed)
        return reply(200, event)

    def helper(self, req):
        with lock:
            if req.path == "/_fake/events":
                return reply(200, {"calendars": {c: [dict(e, deleted=True) if e["status"] == "cancelled" else e
                                                     for e in events.values()]
                                                 for c, events in self.events.items()}})
            event = self.events.get(self.calendar(req.arg("calendar", "")), {}).get(req.arg("id"))
            if event is None:
                return reply(404, {"error": "no such event"})
            if req.path == "/_fake/user-delete":
                event.update(status="cancelled", etag=new_etag(), updated=now_rfc3339())
                return reply(200, event)
            if req.path == "/_fake/user-edit":
                if event["status"] == "cancelled":
                    return reply(410, {"error": "deleted"})
                return self.change(event, req.body if isinstance(req.body, dict) else {})
        return reply(404, {"error": "no such helper"})


if __name__ == "__main__":
    serve(Google)
