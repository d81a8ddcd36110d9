#!/usr/bin/python3
"""Self-check of the calendar test servers (not part of CI): exercises Radicale
and the Google and Graph fakes started by start_calendar_servers, through the
SAMS_TEST_* variables it exports, and prints what Radicale answered. Exits 1
when a check fails. Run it as
  bash -c 'source tests/calendar-servers.sh; trap stop_calendar_servers EXIT;
           start_calendar_servers && /usr/bin/python3 tests/servers/check_calendar_fakes.py'"""
import base64, hashlib, http.client, json, os, re, secrets, socket, sys
from urllib.parse import parse_qs, quote, urlencode, urlsplit

ENV = os.environ
failures = []


def check(condition, what, detail=""):
    print(("ok    " if condition else "FAIL  ") + what + ("" if condition else "  -- %s" % (detail,)))
    if not condition:
        failures.append(what)


def call(base, method, path, body=None, headers=None, timeout=10):
    """(status or "closed"/"timeout", headers, body: JSON when JSON, else text)."""
    u = urlsplit(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    headers = dict(headers or {})
    if isinstance(body, dict) and headers.get("Content-Type") == "application/x-www-form-urlencoded":
        body = urlencode(body)
    elif isinstance(body, (dict, list)):
        body, headers["Content-Type"] = json.dumps(body), "application/json"
    try:
        conn.request(method, path, body=body, headers=headers)
        r = conn.getresponse()
        data = r.read().decode()
    except (http.client.RemoteDisconnected, ConnectionResetError, http.client.IncompleteRead):
        return "closed", {}, None
    except socket.timeout:
        return "timeout", {}, None
    finally:
        conn.close()
    if "json" in r.getheader("Content-Type", ""):
        data = json.loads(data)
    return r.status, {k.lower(): v for k, v in r.getheaders()}, data


def fault(folder, line):
    with open(os.path.join(folder, "faults"), "a") as f:
        f.write(line + "\n")


def logged(folder):
    with open(os.path.join(folder, "requests.jsonl")) as f:
        return [json.loads(line) for line in f]


def basic(user, password):
    return {"Authorization": "Basic " + base64.b64encode(("%s:%s" % (user, password)).encode()).decode()}


def trimmed(xml):
    return re.sub(r"<\?xml[^>]*\?>\s*", "", xml)


def check_radicale():
    print("== Radicale at " + ENV["SAMS_TEST_CALDAV_URL"])
    base = ENV["SAMS_TEST_CALDAV_URL"]
    alice = basic(ENV["SAMS_TEST_CALDAV_USER"], ENV["SAMS_TEST_CALDAV_PASSWORD"])
    bob = basic(ENV["SAMS_TEST_CALDAV_USER2"], ENV["SAMS_TEST_CALDAV_PASSWORD2"])
    xml = {"Content-Type": "application/xml; charset=utf-8"}
    s, _, body = call(base, "PROPFIND", "/", '<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop>'
                      '<d:current-user-principal/></d:prop></d:propfind>', dict(alice, Depth="0", **xml))
    check(s == 207 and "<href>/alice/</href>" in body, "PROPFIND / current-user-principal: 207 -> /alice/", body)
    print("      " + trimmed(body))
    s, _, body = call(base, "PROPFIND", "/alice/", '<?xml version="1.0"?><d:propfind xmlns:d="DAV:" '
                      'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><c:calendar-home-set/></d:prop></d:propfind>',
                      dict(alice, Depth="0", **xml))
    check(s == 207 and "calendar-home-set" in body, "PROPFIND /alice/ calendar-home-set: 207", body)
    print("      " + trimmed(body))
    check(call(base, "PROPFIND", "/alice/", None, dict(bob, Depth="0"))[0] == 403, "bob may not read /alice/")
    check(call(base, "PROPFIND", "/alice/", None, dict(basic("alice", "wrong"), Depth="0"))[0] == 401,
          "a wrong password: 401")

    cal = "/alice/check-%s/" % secrets.token_hex(4)
    s, h, body = call(base, "MKCALENDAR", cal, '<?xml version="1.0"?><c:mkcalendar xmlns:d="DAV:" '
                      'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop><d:displayname>Check</d:displayname>'
                      '</d:prop></d:set></c:mkcalendar>', dict(alice, **xml))
    check(s == 201, "MKCALENDAR %s: %s" % (cal, s), body)
    check(call(base, "MKCALENDAR", cal, None, alice)[0] in (405, 409), "MKCALENDAR again: refused")

    def ics(uid, summary):
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//SAMS//check//EN\r\nBEGIN:VEVENT\r\nUID:%s\r\n"
                "DTSTAMP:20240501T080000Z\r\nDTSTART:20240501T090000Z\r\nDTEND:20240501T100000Z\r\n"
                "SUMMARY:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % (uid, summary))
    cal_type = {"Content-Type": "text/calendar; charset=utf-8"}
    uid = "sams-" + secrets.token_hex(8)
    s, h, _ = call(base, "PUT", cal + "one.ics", ics(uid, "One"), dict(alice, **cal_type, **{"If-None-Match": "*"}))
    etag = h.get("etag")
    check(s == 201, "PUT a new href with If-None-Match: * -> %s, ETag header %r" % (s, etag))
    s, h, body = call(base, "PUT", cal + "one.ics", ics(uid, "One again"),
                      dict(alice, **cal_type, **{"If-None-Match": "*"}))
    check(s == 412, "PUT If-None-Match: * on an existing href -> %s" % s, body)
    s, h, body = call(base, "PUT", cal + "one.ics", ics(uid, "Stale"),
                      dict(alice, **cal_type, **{"If-Match": '"stale"'}))
    check(s == 412, "PUT with a stale If-Match -> %s" % s, body)
    s, h, body = call(base, "PUT", cal + "two.ics", ics(uid, "Same UID"),
                      dict(alice, **cal_type, **{"If-None-Match": "*"}))
    check(s in (400, 409), "PUT a new href with a UID used by another href -> %s" % s, body)
    print("      body: " + trimmed(body or "")[:300].replace("\n", " "))
    s, h, _ = call(base, "PUT", cal + "one.ics", ics(uid, "Changed"), dict(alice, **cal_type, **{"If-Match": etag}))
    check(s in (201, 204) and h.get("etag") and h.get("etag") != etag,
          "PUT with the right If-Match -> %s, new ETag %r" % (s, h.get("etag")))
    etag = h.get("etag")
    s, _, body = call(base, "PROPFIND", cal, None, dict(alice, Depth="1"))
    check(s == 207 and etag in body.replace("&quot;", '"'), "PROPFIND Depth 1 lists the item with that getetag", body)
    check(call(base, "DELETE", cal + "one.ics", None, dict(alice, **{"If-Match": '"stale"'}))[0] == 412,
          "DELETE with a stale If-Match -> 412")
    s = call(base, "DELETE", cal + "one.ics", None, dict(alice, **{"If-Match": etag}))[0]
    check(s in (200, 204), "DELETE with the right If-Match -> %s" % s)
    check(call(base, "GET", cal + "one.ics", None, alice)[0] == 404, "GET after DELETE -> 404")
    check(call(base, "DELETE", cal, None, alice)[0] in (200, 204), "DELETE the calendar")


def pkce():
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    return verifier, challenge


def dance(base, auth_path, token_path, scope):
    """Plays the browser: /authorize, follow nothing, take the code from the redirect; then /token.
    Returns the token answer."""
    verifier, challenge = pkce()
    redirect, state = "http://127.0.0.1:1/callback", secrets.token_urlsafe(8)
    query = urlencode({"response_type": "code", "client_id": ENV["SAMS_TEST_OAUTH_CLIENT"], "redirect_uri": redirect,
                       "state": state, "scope": scope, "code_challenge": challenge, "code_challenge_method": "S256"})
    s, h, _ = call(base, "GET", auth_path + "?" + query)
    location = urlsplit(h.get("location", ""))
    back = {k: v[0] for k, v in parse_qs(location.query).items()}
    check(s == 302 and location.path == "/callback" and back.get("state") == state and back.get("code"),
          "authorize redirects back with a code and the state", h)
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    grant = {"grant_type": "authorization_code", "client_id": ENV["SAMS_TEST_OAUTH_CLIENT"], "code": back.get("code"),
             "redirect_uri": redirect}
    s, _, body = call(base, "POST", token_path, dict(grant, code_verifier=pkce()[0]), form)
    check(s == 400 and body["error"] == "invalid_grant", "token with a wrong code_verifier: 400 invalid_grant", body)
    # The code was spent by the wrong try: get another one.
    s, h, _ = call(base, "GET", auth_path + "?" + query)
    grant["code"] = parse_qs(urlsplit(h["location"]).query)["code"][0]
    s, _, body = call(base, "POST", token_path,
                      dict(grant, redirect_uri="http://127.0.0.1:2/x", code_verifier=verifier), form)
    check(s == 400 and body["error"] == "invalid_grant", "token with another redirect_uri: 400", body)
    s, h, _ = call(base, "GET", auth_path + "?" + query)
    grant["code"] = parse_qs(urlsplit(h["location"]).query)["code"][0]
    s, _, body = call(base, "POST", token_path, dict(grant, code_verifier=verifier), form)
    check(s == 200 and body.get("access_token") and body.get("token_type") == "Bearer" and body.get("expires_in"),
          "token with the right verifier: 200", body)
    s, _, again = call(base, "POST", token_path, dict(grant, code_verifier=verifier), form)
    check(s == 400, "a code is good once", again)
    s, h, _ = call(base, "GET", auth_path + "?" + query.replace("S256", "plain"))
    check(s == 302 and "error=invalid_request" in h.get("location", ""), "authorize without S256: error redirect", h)
    return body


def refresh(base, token_path, token):
    form = {"grant_type": "refresh_token", "client_id": ENV["SAMS_TEST_OAUTH_CLIENT"], "refresh_token": token}
    return call(base, "POST", token_path, form, {"Content-Type": "application/x-www-form-urlencoded"})


def check_faults(base, folder, probe, names):
    """probe(): a harmless request of that service, answering (status, headers, body)."""
    for name, status, retry in names:
        fault(folder, "* * " + name)
        s, h, body = probe()
        check(s == status and (h.get("retry-after") == "2") == retry, "fault %s: %s%s" %
              (name, s, ", Retry-After 2" if retry else ""), (s, h, body))
    fault(folder, "GET /nowhere 500")  # does not match: left in the file
    fault(folder, "* * nonsense")
    s, h, body = probe()
    check(s == 200 and "text/html" in h.get("content-type", ""), "fault nonsense: 200 HTML", (s, h))
    fault(folder, "* * drop")
    check(probe()[0] == "closed", "fault drop: closed unanswered")
    with open(os.path.join(folder, "faults")) as f:
        check(f.read() == "GET /nowhere 500\n", "faults file keeps the line no request matched")
    os.remove(os.path.join(folder, "faults"))
    faults = [r["fault"] for r in logged(folder) if r["fault"]]
    check({"nonsense", "drop"} <= set(faults), "requests.jsonl names the faults", faults)


def check_google():
    base, folder = ENV["SAMS_TEST_GOOGLE_URL"], ENV["SAMS_TEST_GOOGLE_DIR"]
    print("== Google fake at " + base)
    tokens = dance(base, "/o/oauth2/auth", "/token", "https://www.googleapis.com/auth/calendar")
    check(tokens.get("refresh_token"), "the code answers a refresh_token")
    s, _, body = refresh(base, "/token", tokens["refresh_token"])
    check(s == 200 and body.get("access_token") and "refresh_token" not in body, "refresh: an access_token only", body)
    auth = {"Authorization": "Bearer " + body["access_token"]}
    api = "/calendar/v3"
    check(call(base, "GET", api + "/users/me/calendarList")[0] == 401, "no token: 401")
    s, _, body = call(base, "GET", api + "/users/me/calendarList", None, auth)
    check(s == 200 and any(c.get("primary") for c in body["items"]), "calendarList has a primary calendar", body)
    s, _, cal = call(base, "POST", api + "/calendars", {"summary": "SAMS check", "timeZone": "America/Chicago"}, auth)
    check(s == 200 and cal["id"].endswith("@group.calendar.google.com"), "calendar created", cal)
    events = api + "/calendars/%s/events" % quote(cal["id"])
    eid = "sams" + secrets.token_hex(8)
    event = {"id": eid, "summary": "Check",
             "start": {"dateTime": "2024-05-01T09:00:00", "timeZone": "America/Chicago"},
             "end": {"dateTime": "2024-05-01T10:00:00", "timeZone": "America/Chicago"},
             "extendedProperties": {"private": {"samsKey": eid, "other": "x"}}}
    s, _, created = call(base, "POST", events + "?sendUpdates=none", event, auth)
    check(s == 200 and created["etag"].startswith('"') and created["iCalUID"] == eid + "@google.com"
          and created["status"] == "confirmed", "event inserted with the client's id", created)
    s, _, body = call(base, "POST", events, event, auth)
    check(s == 409 and body["error"]["errors"][0]["reason"] == "duplicate", "same id: 409 duplicate", body)
    check(call(base, "POST", events, dict(event, id="Bad_id"), auth)[0] == 400, "an id outside base32hex: 400")
    check(call(base, "POST", events, dict(event, id="samsw1234"), auth)[0] == 400, "an id with w: 400")
    naive = dict(event, id="sams" + secrets.token_hex(8), start={"dateTime": "2024-05-01T09:00:00"},
                 extendedProperties={"private": {"samsKey": "another"}})
    check(call(base, "POST", events, naive, auth)[0] == 400, "a local dateTime without timeZone: 400")
    check(call(base, "POST", events, dict(naive, start={"dateTime": "2024-05-01T09:00:00-05:00"}), auth)[0] == 200,
          "a dateTime with an offset needs no timeZone")
    s, _, body = call(base, "PATCH", events + "/" + eid, {"summary": "Changed"}, dict(auth, **{"If-Match": '"1"'}))
    check(s == 412, "PATCH with a stale If-Match: 412", body)
    s, _, body = call(base, "PATCH", events + "/" + eid,
                      {"summary": "Changed", "extendedProperties": {"private": {"other": "y"}}},
                      dict(auth, **{"If-Match": created["etag"]}))
    check(s == 200 and body["etag"] != created["etag"] and body["summary"] == "Changed"
          and body["extendedProperties"]["private"] == {"samsKey": eid, "other": "y"}, "PATCH merges, new etag", body)
    q = {"privateExtendedProperty": "samsKey=" + eid}
    s, _, body = call(base, "GET", events + "?" + urlencode(q), None, auth)
    check(s == 200 and [e["id"] for e in body["items"]] == [eid], "list by privateExtendedProperty", body)
    check(call(base, "DELETE", events + "/" + eid, None, auth)[0] == 204, "DELETE: 204")
    check(call(base, "DELETE", events + "/" + eid, None, auth)[0] == 410, "DELETE again: 410")
    check(call(base, "PATCH", events + "/" + eid, {"summary": "x"}, auth)[0] == 410, "PATCH a deleted event: 410")
    check(call(base, "GET", events + "/" + eid, None, auth)[2]["status"] == "cancelled",
          "GET a deleted one: cancelled")
    check(call(base, "GET", events + "/nosuchevent", None, auth)[0] == 404, "GET unknown: 404")
    check(call(base, "POST", events, event, auth)[0] == 409, "a deleted event's id stays taken: 409")
    check(call(base, "GET", events + "?" + urlencode(q), None, auth)[2]["items"] == [], "deleted ones hidden")
    check(len(call(base, "GET", events + "?" + urlencode(dict(q, showDeleted="true")), None, auth)[2]["items"]) == 1,
          "deleted ones shown with showDeleted=true")

    other = dict(event, id="sams" + secrets.token_hex(8))
    call(base, "POST", events, other, auth)
    s, _, body = call(base, "POST", "/_fake/user-edit?" + urlencode({"calendar": cal["id"], "id": other["id"]}),
                      {"summary": "Edited by the user"})
    _, _, body = call(base, "GET", events + "/" + other["id"], None, auth)
    check(s == 200 and body["summary"] == "Edited by the user", "user-edit changes the event", body)
    call(base, "POST", "/_fake/user-delete?" + urlencode({"calendar": cal["id"], "id": other["id"]}))
    s, _, body = call(base, "GET", events + "/" + other["id"], None, auth)
    check(body["status"] == "cancelled", "user-delete cancels it", body)
    listed = call(base, "GET", "/_fake/events")[2]["calendars"][cal["id"]]
    check(sum(1 for e in listed if e.get("deleted")) == 2, "/_fake/events flags the deleted ones", listed)

    call(base, "POST", "/_fake/expire")
    s, h, body = call(base, "GET", api + "/users/me/calendarList", None, auth)
    check(s == 401 and body["error"]["status"] == "UNAUTHENTICATED", "after /_fake/expire: 401", body)
    s, _, body = refresh(base, "/token", tokens["refresh_token"])
    check(s == 200, "refresh after expiry", body)
    call(base, "POST", "/_fake/revoke")
    s, _, body = refresh(base, "/token", tokens["refresh_token"])
    check(s == 400 and body == {"error": "invalid_grant", "error_description": "Token has been expired or revoked."},
          "refresh after /_fake/revoke: 400 invalid_grant", body)
    fixed = {"Authorization": "Bearer google-test-token"}
    check(call(base, "GET", api + "/users/me/calendarList", None, fixed)[0] == 401, "fixed token revoked too")
    call(base, "POST", "/_fake/reset")
    check(call(base, "GET", api + "/users/me/calendarList", None, fixed)[0] == 200, "/_fake/reset: fixed token valid")
    check(refresh(base, "/token", "google-test-refresh")[0] == 200, "fixed refresh token valid")

    probe = lambda: call(base, "GET", api + "/users/me/calendarList", None, fixed)
    check_faults(base, folder, probe, [("429", 429, True), ("403-quota", 403, True),
                                       ("403-quota-exceeded", 403, True), ("403-forbidden", 403, False),
                                       ("500", 500, False), ("503", 503, False)])
    fault(folder, "POST /token invalid_grant")
    s, _, body = refresh(base, "/token", "google-test-refresh")
    check(s == 400 and body.get("error") == "invalid_grant", "fault invalid_grant on /token", body)
    third = dict(event, id="sams" + secrets.token_hex(8))
    fault(folder, "POST /events drop")
    check(call(base, "POST", events, third, fixed)[0] == "closed", "fault drop on insert: closed")
    check(call(base, "GET", events + "/" + third["id"], None, fixed)[0] == 404, "... and nothing inserted")
    fault(folder, "POST /events drop-after-commit")
    check(call(base, "POST", events, third, fixed)[0] == "closed", "fault drop-after-commit on insert: closed")
    check(call(base, "POST", events, third, fixed)[0] == 409, "... the retry gets 409: it was inserted")
    fourth = dict(event, id="sams" + secrets.token_hex(8))
    fault(folder, "POST %s hang" % quote(cal["id"]))
    check(call(base, "POST", events, fourth, fixed, timeout=1.5)[0] == "timeout", "fault hang: no answer in time")
    check(call(base, "GET", events + "/" + fourth["id"], None, fixed)[0] == 200, "... but inserted at once")
    inserts = [r for r in logged(folder) if r["method"] == "POST" and r["path"].endswith("/events")]
    check([(r["status"], r["fault"]) for r in inserts[-4:]] ==
          [(None, "drop"), (200, "drop-after-commit"), (409, None), (200, "hang")],
          "requests.jsonl logs each insert with its status and fault",
          [(r["status"], r["fault"]) for r in inserts[-4:]])
    check(call(base, "DELETE", api + "/calendars/" + quote(cal["id"]), None, fixed)[0] == 204, "calendar deleted")


def check_graph():
    base, folder = ENV["SAMS_TEST_GRAPH_URL"], ENV["SAMS_TEST_GRAPH_DIR"]
    print("== Graph fake at " + base)
    auth_path, token_path = "/common/oauth2/v2.0/authorize", "/common/oauth2/v2.0/token"
    tokens = dance(base, auth_path, token_path, "offline_access https://graph.microsoft.com/Calendars.ReadWrite")
    check(tokens.get("refresh_token"), "with offline_access: a refresh_token")
    s, _, body = refresh(base, token_path, tokens["refresh_token"])
    check(s == 200 and body.get("refresh_token") not in (None, tokens["refresh_token"]),
          "refresh: a new refresh_token", body)
    fault(folder, "POST /token no-refresh-token")
    s, _, body = refresh(base, token_path, body["refresh_token"])
    check(s == 200 and "refresh_token" not in body, "fault no-refresh-token: none", body)
    online = dance(base, auth_path, token_path, "https://graph.microsoft.com/Calendars.ReadWrite")
    check("refresh_token" not in online, "without offline_access: no refresh_token", online)
    auth = {"Authorization": "Bearer " + body["access_token"]}
    me = "/v1.0/me"
    check(call(base, "GET", me + "/calendars")[0] == 401, "no token: 401")
    s, _, body = call(base, "GET", me + "/calendars", None, auth)
    check(s == 200 and any(c["isDefaultCalendar"] for c in body["value"]), "calendars lists the default one", body)
    name = "SAMS check " + secrets.token_hex(4)
    s, _, cal = call(base, "POST", me + "/calendars", {"name": name}, auth)
    check(s == 201 and cal["name"] == name, "calendar created: 201", cal)
    check(call(base, "POST", me + "/calendars", {"name": name}, auth)[0] == 409, "same name: 409 ErrorFolderExists")
    events = me + "/calendars/%s/events" % quote(cal["id"], safe="")
    prop = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name SamsKey"
    key = "sams-" + secrets.token_hex(8)
    event = {"subject": "Check", "body": {"contentType": "text", "content": "x"},
             "start": {"dateTime": "2024-05-01T09:00:00", "timeZone": "Central Standard Time"},
             "end": {"dateTime": "2024-05-01T10:00:00.0000000", "timeZone": "Central Standard Time"},
             "location": {"displayName": "Room 1"}, "sensitivity": "normal", "isReminderOn": False,
             "transactionId": key, "singleValueExtendedProperties": [{"id": prop, "value": key}]}
    s, _, created = call(base, "POST", events, event, auth)
    check(s == 201 and created["id"] and created["@odata.etag"].startswith('W/"') and created["iCalUId"],
          "event created: 201", created)
    check(created["start"] == {"dateTime": "2024-05-01T14:00:00.0000000", "timeZone": "UTC"}, "times answered in UTC",
          created["start"])
    s, _, again = call(base, "POST", events, event, auth)
    check(s == 201 and again["id"] == created["id"], "same transactionId: 201 with the same event", again)
    for zone in ("America/Chicago", "W. Europe Standard Time", "Tokyo Standard Time", "UTC"):
        e = dict(event, transactionId=None, singleValueExtendedProperties=[],
                 start=dict(event["start"], timeZone=zone), end=dict(event["end"], timeZone=zone))
        check(call(base, "POST", events, e, auth)[0] == 201, "timeZone %r accepted" % zone)
    e = dict(event, transactionId=None, start=dict(event["start"], timeZone="Mars/Olympus"))
    s, _, body = call(base, "POST", events, e, auth)
    check(s == 400 and body["error"]["code"] == "TimeZoneNotSupportedException", "an unknown timeZone: 400", body)
    e = dict(event, transactionId=None, start=dict(event["start"], dateTime="2024-05-01T09:00:00Z"))
    check(call(base, "POST", events, e, auth)[0] == 400, "a dateTime with Z: 400")

    one = me + "/events/" + quote(created["id"], safe="")
    prefer = {"Prefer": 'outlook.timezone="Central Standard Time"'}
    s, _, body = call(base, "GET", one, None, dict(auth, **prefer))
    check(s == 200 and body["start"]["dateTime"] == "2024-05-01T09:00:00.0000000"
          and "singleValueExtendedProperties" not in body, "GET with Prefer: the zone asked for", body)
    expand = "singleValueExtendedProperties($filter=id eq '%s')" % prop
    wanted = "singleValueExtendedProperties/Any(ep: ep/id eq '%s' and ep/value eq '%s')"
    q = urlencode({"$filter": wanted % (prop, key), "$expand": expand})
    s, _, body = call(base, "GET", events + "?" + q, None, auth)
    check(s == 200 and [e["id"] for e in body["value"]] == [created["id"]]
          and body["value"][0]["singleValueExtendedProperties"] == [{"id": prop, "value": key}],
          "lookup by $filter", body)
    s, _, body = call(base, "GET", events + "?" + urlencode({"$filter": wanted % (prop, "nothing")}), None, auth)
    check(s == 200 and body["value"] == [], "lookup of another value: empty", body)
    check(call(base, "GET", events + "?" + urlencode({"$filter": "subject eq 'x'"}), None, auth)[0] == 400,
          "another $filter shape: 400")
    s, _, body = call(base, "PATCH", one, {"subject": "Changed"}, dict(auth, **{"If-Match": 'W/"stale"'}))
    check(s == 412, "PATCH with a stale If-Match: 412", body)
    s, _, body = call(base, "PATCH", one, {"subject": "Changed"}, dict(auth, **{"If-Match": created["@odata.etag"]}))
    check(s == 200 and body["subject"] == "Changed" and body["changeKey"] != created["changeKey"], "PATCH: 200", body)
    check(call(base, "DELETE", one, None, auth)[0] == 204, "DELETE: 204")
    check(call(base, "DELETE", one, None, auth)[0] == 404, "DELETE again: 404")
    s, _, body = call(base, "GET", one, None, auth)
    check(s == 404 and body["error"]["code"] == "ErrorItemNotFound", "GET a deleted one: 404 ErrorItemNotFound", body)
    check(call(base, "PATCH", one, {"subject": "x"}, auth)[0] == 404, "PATCH a deleted one: 404")
    s, _, body = call(base, "POST", events, event, auth)
    check(s == 201 and body["id"] != created["id"], "the transactionId of a deleted event creates anew", body)

    other = call(base, "POST", events, dict(event, transactionId=None), auth)[2]
    call(base, "POST", "/_fake/user-edit?" + urlencode({"id": other["id"]}), {"subject": "Edited by the user"})
    path = me + "/events/" + quote(other["id"], safe="")
    check(call(base, "GET", path, None, auth)[2]["subject"] == "Edited by the user", "user-edit changes the event")
    call(base, "POST", "/_fake/user-delete?" + urlencode({"id": other["id"]}))
    check(call(base, "GET", path, None, auth)[0] == 404, "user-delete: 404")
    listed = call(base, "GET", "/_fake/events")[2]["calendars"][cal["id"]]
    check(sum(1 for e in listed if e.get("deleted")) == 2, "/_fake/events flags the deleted ones", listed)
    live = sum(1 for e in listed if not e.get("deleted"))
    s, _, body = call(base, "GET", events, None, auth)
    check(len(body["value"]) == live and "@odata.nextLink" not in body, "list: all %d in one page" % live, body)
    for _ in range(12 - live):
        call(base, "POST", events, dict(event, transactionId=None), auth)
    s, _, body = call(base, "GET", events, None, auth)
    link = urlsplit(body.get("@odata.nextLink", ""))
    rest = call(base, "GET", link.path + "?" + link.query, None, auth)[2]
    check(len(body["value"]) == 10 and len(rest["value"]) == 2, "list pages by 10 with @odata.nextLink")

    call(base, "POST", "/_fake/expire")
    s, _, body = call(base, "GET", me + "/calendars", None, auth)
    check(s == 401 and body["error"]["code"] == "InvalidAuthenticationToken", "after /_fake/expire: 401", body)
    call(base, "POST", "/_fake/revoke")
    s, _, body = refresh(base, token_path, tokens["refresh_token"])
    check(s == 400 and body["error"] == "invalid_grant", "refresh after /_fake/revoke: 400 invalid_grant", body)
    call(base, "POST", "/_fake/reset")
    fixed = {"Authorization": "Bearer graph-test-token"}
    check(call(base, "GET", me + "/calendars", None, fixed)[0] == 200, "/_fake/reset: fixed token valid")

    probe = lambda: call(base, "GET", me + "/calendars", None, fixed)
    check_faults(base, folder, probe,
                 [("429", 429, True), ("500", 500, False), ("503", 503, True), ("504", 504, True)])
    fault(folder, "* /token invalid_grant")
    check(refresh(base, token_path, "graph-test-refresh")[2].get("error") == "invalid_grant", "fault invalid_grant")
    key = "sams-" + secrets.token_hex(8)
    third = dict(event, transactionId=key, singleValueExtendedProperties=[{"id": prop, "value": key}])
    fault(folder, "POST /events drop-after-commit")
    check(call(base, "POST", events, third, fixed)[0] == "closed", "fault drop-after-commit on create: closed")
    s, _, body = call(base, "POST", events, third, fixed)
    found = call(base, "GET", events + "?" + urlencode({"$filter": wanted % (prop, key)}), None, fixed)[2]["value"]
    check(s == 201 and len(found) == 1 and found[0]["id"] == body["id"],
          "... the retry with its transactionId gets the same single event", body)
    fault(folder, "POST * hang")
    s = call(base, "POST", events, dict(third, transactionId=None), fixed, timeout=1.5)[0]
    check(s == "timeout", "fault hang: no answer in time")
    s = call(base, "DELETE", me + "/calendars/" + quote(cal["id"], safe=""), None, fixed)[0]
    check(s == 204, "calendar deleted")


if __name__ == "__main__":
    check_radicale()
    check_google()
    check_graph()
    print("== %d failed" % len(failures) if failures else "== all passed")
    sys.exit(1 if failures else 0)
