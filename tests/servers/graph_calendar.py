#!/usr/bin/python3
"""A local fake of the Microsoft Graph calendar subset the app uses, with the
Microsoft identity platform's OAuth 2 endpoints, keeping everything in memory.
Request log, fault file and the OAuth test helpers: see calendar_fake.py.

OAuth: GET /common/oauth2/v2.0/authorize approves at once (any tenant in place
of common); POST /common/oauth2/v2.0/token: authorization_code with PKCE, and
refresh_token, which answers a new refresh_token (the old one stays valid). As
Microsoft, a refresh_token comes only when the scope held offline_access.
Fixed tokens "graph-test-token" / "graph-test-refresh" are valid until revoked.

API (under /v1.0/me, Bearer token needed): calendars list/create (201; 409
ErrorFolderExists for a name in use)/get/delete; /calendar is the default one.
Events: create in a calendar (201; a transactionId seen before in that
calendar answers 201 with the same event), list with the one $filter shape
singleValueExtendedProperties/Any(ep: ep/id eq '..' and ep/value eq '..'),
$expand=singleValueExtendedProperties($filter=id eq '..'), $top/$skip with
@odata.nextLink (10 a page, as Graph); get/patch (If-Match: 412)/delete at
/events/{id} or /calendars/{cal}/events/{id}; gone -> 404 ErrorItemNotFound.
start/end need dateTime "YYYY-MM-DDTHH:MM:SS[.fffffff]" and a Windows or IANA
timeZone (else 400 TimeZoneNotSupportedException). As Graph, answers give
start/end in UTC unless the request says Prefer: outlook.timezone="<zone>";
singleValueExtendedProperties come back only when expanded.

Faults beyond the common ones: 429 (TooManyRequests), 500, 503 and 504, all
but 500 with Retry-After: 2; `no-refresh-token` on the token endpoint.

Test helpers: GET /_fake/events -> {"calendars": {id: [stored events, deleted
ones with "deleted": true]}}; POST /_fake/user-delete?id=E and
POST /_fake/user-edit?id=E (JSON patch body) act as the user in Outlook.
Usage: graph_calendar.py --port P --dir D --client-id ID"""
import base64, copy, datetime, re, secrets, time, zoneinfo
from urllib.parse import urlencode
from calendar_fake import OAuth, lock, reply, serve

WINDOWS_ZONES = {
    "UTC": "UTC", "Central Standard Time": "America/Chicago", "Eastern Standard Time": "America/New_York",
    "Pacific Standard Time": "America/Los_Angeles", "Mountain Standard Time": "America/Denver",
    "US Mountain Standard Time": "America/Phoenix", "Alaskan Standard Time": "America/Anchorage",
    "Hawaiian Standard Time": "Pacific/Honolulu", "Atlantic Standard Time": "America/Halifax",
    "Canada Central Standard Time": "America/Regina", "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik", "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris", "Central Europe Standard Time": "Europe/Budapest",
    "FLE Standard Time": "Europe/Kiev", "India Standard Time": "Asia/Calcutta",
    "China Standard Time": "Asia/Shanghai", "Tokyo Standard Time": "Asia/Tokyo",
    "AUS Eastern Standard Time": "Australia/Sydney", "New Zealand Standard Time": "Pacific/Auckland",
}
DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,7})?")
QUOTED = r"'((?:[^']|'')*)'"
FILTER = re.compile(r"singleValueExtendedProperties/any\(\s*(\w+)\s*:\s*\1/id\s+eq\s+%s\s+and\s+\1/value\s+eq\s+%s\s*\)"
                    % (QUOTED, QUOTED), re.I)
EXPAND_ID = re.compile(r"id\s+eq\s+" + QUOTED, re.I)
PREFER_ZONE = re.compile(r'outlook\.timezone\s*=\s*"([^"]+)"', re.I)
READ_ONLY = {"id", "createdDateTime", "lastModifiedDateTime", "changeKey", "iCalUId", "webLink", "@odata.etag"}


def error(code, name, message, headers=None):
    return reply(code, {"error": {"code": name, "message": message,
                                  "innerError": {"date": now(), "request-id": secrets.token_hex(16)}}}, headers)


def not_found():
    return error(404, "ErrorItemNotFound", "The specified object was not found in the store.")


def now():
    t = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%07dZ" % (int(t * 10000000) % 10000000)


def new_id():  # Graph ids are long and carry '-', '_' and '=': clients must percent-encode them
    return "AAMkA" + base64.urlsafe_b64encode(secrets.token_bytes(92)).decode()


def new_change_key():
    return base64.b64encode(secrets.token_bytes(15)).decode()


def zone(name):
    try:
        return zoneinfo.ZoneInfo(WINDOWS_ZONES.get(name, name))
    except (ValueError, TypeError, zoneinfo.ZoneInfoNotFoundError):
        return None


def moment(t):
    """The aware datetime of a stored {dateTime, timeZone}."""
    value = t["dateTime"]
    if "." in value:
        value = value[:value.index(".") + 7]  # Python reads up to 6 digits of fraction
    return datetime.datetime.fromisoformat(value).replace(tzinfo=zone(t["timeZone"]))


def check_times(event):
    for which in ("start", "end"):
        t = event.get(which)
        if not isinstance(t, dict) or not isinstance(t.get("dateTime"), str) or not DATE_TIME.fullmatch(t["dateTime"]):
            return error(400, "UnableToDeserializePostBody", "were unable to deserialize %s" % which)
        if zone(t.get("timeZone")) is None:
            return error(400, "TimeZoneNotSupportedException", "A valid TimeZone value must be specified. "
                         "The following TimeZone value is not supported: '%s'." % t.get("timeZone"))
    start, end = moment(event["start"]), moment(event["end"])
    if end < start:
        return error(400, "ErrorCalendarEndDateIsEarlierThanStartDate", "The end date occurs before the start date.")
    if event.get("isAllDay") and not all(m.time() == datetime.time(0) for m in (start, end)):
        return error(400, "ErrorPropertyValidationFailure", "An all-day event must start and end at midnight.")
    return None


class Graph:
    def __init__(self, folder, client_id):
        self.oauth = OAuth(client_id, "graph-test-token", "graph-test-refresh",
                           "https://graph.microsoft.com/Calendars.ReadWrite offline_access", "EwB-",
                           "AADSTS70008: The provided authorization code or refresh token has expired due to "
                           "inactivity or has been revoked.", rotate_refresh=True, offline_scope="offline_access")
        self.calendars = {}  # id -> calendar resource
        self.events = {}     # calendar id -> {event id -> event}
        self.deleted = set()  # ids of events deleted (kept for /_fake/events)
        self.default = self.add_calendar("Calendar", default=True)["id"]
        retry = {"Retry-After": "2"}
        self.faults = {
            "429": error(429, "TooManyRequests", "Application is over its MailboxConcurrency limit.", retry),
            "500": error(500, "generalException", "An internal server error occurred."),
            "503": error(503, "serviceNotAvailable", "The service is temporarily unavailable.", retry),
            "504": error(504, "gatewayTimeout", "The gateway timed out.", retry),
        }

    def add_calendar(self, name, default=False):
        cid = new_id()
        self.calendars[cid] = {"id": cid, "name": name, "color": "auto", "hexColor": "", "isDefaultCalendar": default,
                               "changeKey": new_change_key(), "canShare": True, "canViewPrivateItems": True,
                               "canEdit": True, "isRemovable": not default,
                               "owner": {"name": "SAMS Tester", "address": "sams.tester@outlook.com"}}
        self.events[cid] = {}
        return self.calendars[cid]

    def find(self, eid):
        """(calendar id, event) of a live event, or (None, None)."""
        for cid, events in self.events.items():
            if eid in events and eid not in self.deleted:
                return cid, events[eid]
        return None, None

    def route(self, req, fault):
        p = req.parts
        if len(p) == 4 and p[1:3] == ["oauth2", "v2.0"]:
            if p[3] == "authorize" and req.method == "GET":
                return self.oauth.authorize(req)
            if p[3] == "token" and req.method == "POST":
                return self.oauth.token(req, fault)
        if p[:1] == ["_fake"]:
            return self.oauth.helper(req) or self.helper(req)
        if p[:2] != ["v1.0", "me"]:
            return error(400, "BadRequest", "Invalid version.")
        if not self.oauth.valid(req.headers.get("Authorization")):
            return error(401, "InvalidAuthenticationToken", "Access token has expired or is not yet valid.",
                         {"WWW-Authenticate": 'Bearer realm="", authorization_uri='
                                              '"https://login.microsoftonline.com/common/oauth2/authorize"'})
        if req.method in ("POST", "PATCH") and not isinstance(req.body, dict):
            return error(400, "UnableToDeserializePostBody", "were unable to deserialize")
        p = p[2:]
        if p[:1] == ["calendar"]:
            p = ["calendars", self.default] + p[1:]
        with lock:
            if p == ["calendars"]:
                if req.method == "GET":
                    return reply(200, {"value": list(self.calendars.values())})
                if req.method == "POST":
                    name = req.body.get("name")
                    if not name:
                        return error(400, "ErrorInvalidRequest", "The name of the calendar is missing.")
                    if any(c["name"] == name for c in self.calendars.values()):
                        return error(409, "ErrorFolderExists", "A folder with the specified name already exists.")
                    return reply(201, self.add_calendar(name))
            if p[:1] == ["calendars"] and len(p) >= 2:
                cid = p[1]
                if cid not in self.calendars:
                    return not_found()
                if len(p) == 2 and req.method == "GET":
                    return reply(200, self.calendars[cid])
                if len(p) == 2 and req.method == "DELETE":
                    if cid == self.default:
                        return error(400, "ErrorInvalidRequest", "The default calendar cannot be deleted.")
                    del self.calendars[cid], self.events[cid]
                    return reply(204)
                if p[2:] == ["events"] and req.method == "POST":
                    return self.create(cid, req)
                if p[2:] == ["events"] and req.method == "GET":
                    return self.list(cid, req)
                if len(p) == 4 and p[2] == "events":
                    found, event = self.find(p[3])
                    return self.one(event if found == cid else None, req)
            if len(p) == 2 and p[0] == "events":
                return self.one(self.find(p[1])[1], req)
        return error(400, "BadRequest", "Unsupported segment in the request URL.")

    def view(self, event, req):
        """An event as Graph answers it: times in the preferred zone (UTC by default),
        extended properties only when expanded."""
        out = {k: v for k, v in event.items() if k != "singleValueExtendedProperties"}
        out["@odata.etag"] = 'W/"%s"' % event["changeKey"]
        m = PREFER_ZONE.search(req.headers.get("Prefer", ""))
        name = m.group(1) if m and zone(m.group(1)) else "UTC"
        for which in ("start", "end"):
            t = moment(event[which]).astimezone(zone(name))
            out[which] = {"dateTime": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%07d" % (t.microsecond * 10),
                          "timeZone": name}
        expand = req.arg("$expand", "")
        if "singlevalueextendedproperties" in expand.lower():
            only = EXPAND_ID.search(expand)
            out["singleValueExtendedProperties"] = [
                dict(x) for x in event.get("singleValueExtendedProperties", [])
                if not only or x.get("id", "").lower() == only.group(1).replace("''", "'").lower()]
        return out

    def create(self, cid, req):
        body = req.body
        tid = body.get("transactionId")
        for eid, event in self.events[cid].items():  # Graph's idempotency on transactionId
            if tid and event.get("transactionId") == tid and eid not in self.deleted:
                return reply(201, self.view(event, req))
        err = check_times(body)
        if err:
            return err
        event = {k: copy.deepcopy(v) for k, v in body.items() if k not in READ_ONLY}
        for k, v in {"subject": "", "body": {"contentType": "text", "content": ""}, "location": {"displayName": ""},
                     "sensitivity": "normal", "isReminderOn": True, "reminderMinutesBeforeStart": 15,
                     "showAs": "busy", "importance": "normal", "isAllDay": False, "categories": [],
                     "attendees": [], "transactionId": None}.items():
            event.setdefault(k, v)
        eid, stamp = new_id(), now()
        event.update(id=eid, createdDateTime=stamp, lastModifiedDateTime=stamp,
                     changeKey=new_change_key(),
                     iCalUId="040000008200E00074C5B7101A82E00800000000" + secrets.token_hex(28).upper(),
                     webLink="https://outlook.office365.com/owa/?itemid=" + eid, type="singleInstance",
                     isCancelled=False, isOrganizer=True, originalStartTimeZone=body["start"]["timeZone"],
                     originalEndTimeZone=body["end"]["timeZone"])
        self.events[cid][eid] = event
        return reply(201, self.view(event, req))

    def list(self, cid, req):
        events = [e for eid, e in self.events[cid].items() if eid not in self.deleted]
        condition = req.arg("$filter")
        if condition:
            m = FILTER.fullmatch(condition.strip())
            if not m:
                return error(400, "ErrorInvalidUrlQueryFilter", "The query filter contains one or more invalid nodes.")
            pid, value = m.group(2).replace("''", "'").lower(), m.group(3).replace("''", "'")
            events = [e for e in events if any(x.get("id", "").lower() == pid and x.get("value") == value
                                               for x in e.get("singleValueExtendedProperties", []))]
        skip, top = int(req.arg("$skip", "0")), int(req.arg("$top", "10"))
        answer = {"value": [self.view(e, req) for e in events[skip:skip + top]]}
        if skip + top < len(events):
            query = {k: v[-1] for k, v in req.query.items()}
            query["$skip"] = str(skip + top)
            answer["@odata.nextLink"] = "http://%s%s?%s" % (req.headers.get("Host"), req.path, urlencode(query))
        return reply(200, answer)

    def one(self, event, req):
        if event is None:
            return not_found()
        if req.method == "GET":
            return reply(200, self.view(event, req))
        match = req.headers.get("If-Match")
        if match and match != "*" and match.replace("W/", "").strip('"') != event["changeKey"]:
            return error(412, "ErrorIrresolvableConflict", "The send or update operation could not be performed "
                         "because the change key passed in the request does not match the current change key "
                         "for the item.")
        if req.method == "DELETE":
            self.deleted.add(event["id"])
            return reply(204)
        if req.method == "PATCH":
            return self.change(event, req.body, req)
        return error(405, "ErrorInvalidRequest", "The OData request is not supported.")

    def change(self, event, body, req):
        """Graph's PATCH: top-level properties replace; extended properties are set by id."""
        changed = copy.deepcopy(event)
        for k, v in body.items():
            if k == "singleValueExtendedProperties":
                ids = {x.get("id", "").lower() for x in v}
                changed[k] = [x for x in changed.get(k, []) if x.get("id", "").lower() not in ids] + copy.deepcopy(v)
            elif k not in READ_ONLY:
                changed[k] = copy.deepcopy(v)
        err = check_times(changed)
        if err:
            return err
        changed.update(changeKey=new_change_key(), lastModifiedDateTime=now())
        event.clear()
        event.update(changed)
        return reply(200, self.view(event, req))

    def helper(self, req):
        with lock:
            if req.path == "/_fake/events":
                return reply(200, {"calendars": {c: [dict(e, deleted=True) if eid in self.deleted else e
                                                     for eid, e in events.items()]
                                                 for c, events in self.events.items()}})
            event = self.find(req.arg("id"))[1]
            if event is None:
                return reply(404, {"error": "no such event"})
            if req.path == "/_fake/user-delete":
                self.deleted.add(event["id"])
                return reply(200, event)
            if req.path == "/_fake/user-edit":
                return self.change(event, req.body if isinstance(req.body, dict) else {}, req)
        return reply(404, {"error": "no such helper"})


if __name__ == "__main__":
    serve(Graph)
