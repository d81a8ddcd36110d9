#!/usr/bin/python3
"""Plumbing shared by google_calendar.py and graph_calendar.py, the local fakes
of two calendar services: the request log, the fault file, the OAuth 2
authorization-code flow with PKCE and the HTTP server.

Each request is appended to D/requests.jsonl as one JSON line
  {"method", "path", "query", "body", "status", "fault"}
(body: parsed JSON, a form as an object, or null; status: the answer, the one
withheld by drop-after-commit, or null after a drop). The line is written when
the operation is done, so before the wait of a `hang`.

Faults: each line of D/faults reads `METHOD PATHPART FAULT`. METHOD may be `*`;
PATHPART is a substring of the request target (path and query) or `*`. Each
request takes, and removes from the file, the first line that matches it;
requests to /_fake/... never take one. Common FAULTs:
  drop-after-commit  do the operation, then close the connection unanswered
  drop               close the connection unanswered, nothing done
  hang               do the operation, then wait 60 s before answering
  nonsense           200 with an HTML page, nothing done (a portal or proxy)
  invalid_grant      400 {"error": "invalid_grant"}, nothing done (for the
                     token endpoint)
  no-refresh-token   a token answer without a refresh_token
Each fake adds its own status faults (429, 500, 503...) with the service's
error bodies; an unknown FAULT answers 500 and is named on stderr. Lines
starting with # are skipped and left in place.

OAuth: /authorize-like endpoints approve at once and redirect to
redirect_uri?code=...&state=...; the token endpoint checks the PKCE S256
verifier, the redirect_uri and the client id. Test helpers (no fault, logged):
  POST /_fake/revoke[?token=T]  revoke every (or one) refresh and access token
  POST /_fake/expire[?token=T]  expire every (or one) access token
  POST /_fake/reset             make the fixed test tokens valid again"""
import argparse, base64, hashlib, json, os, re, secrets, socket, sys, threading, time, traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, parse_qsl, unquote, urlencode, urlsplit

# One lock for all state and both files: the server answers on many threads.
lock = threading.RLock()

COMMON_FAULTS = {"drop-after-commit", "drop", "hang", "nonsense", "invalid_grant", "no-refresh-token"}
VERIFIER = re.compile(r"[A-Za-z0-9._~-]{43,128}")  # RFC 7636 section 4.1


class Request:
    def __init__(self, method, target, headers, raw):
        split = urlsplit(target)
        self.method, self.target, self.path, self.headers = method, target, split.path, headers
        self.parts = [unquote(p) for p in split.path.split("/") if p]
        self.query = parse_qs(split.query, keep_blank_values=True)
        self.body = None
        if raw:
            text = raw.decode("utf-8", "replace")
            if "x-www-form-urlencoded" in headers.get("Content-Type", ""):
                self.body = dict(parse_qsl(text, keep_blank_values=True))
            else:
                try:
                    self.body = json.loads(text)
                except ValueError:
                    self.body = text  # the services answer 400 to anything not an object

    def arg(self, name, default=None):
        values = self.query.get(name)
        return values[-1] if values else default


def reply(status, body=None, headers=None):
    return status, body, headers or {}


def now_rfc3339():
    t = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%03dZ" % (int(t * 1000) % 1000)


def take_fault(folder, method, target):
    path = os.path.join(folder, "faults")
    with lock:
        try:
            with open(path) as f:
                lines = f.read().splitlines()
        except FileNotFoundError:
            return None
        for i, line in enumerate(lines):
            words = line.split()
            if len(words) != 3 or words[0].startswith("#"):
                continue
            m, part, fault = words
            if m in ("*", method) and (part == "*" or part in target):
                del lines[i]
                with open(path, "w") as f:
                    f.write("".join(l + "\n" for l in lines))
                return fault
    return None


class OAuth:
    """Codes and tokens of one provider. The fixed tokens let tests skip the dance."""

    def __init__(self, client_id, fixed_access, fixed_refresh, scope, prefix, revoked,
                 rotate_refresh, offline_scope=None):
        self.client_id, self.scope, self.prefix, self.revoked = client_id, scope, prefix, revoked
        self.rotate_refresh, self.offline_scope = rotate_refresh, offline_scope
        self.fixed = (fixed_access, fixed_refresh)
        self.codes = {}    # code -> (challenge, redirect_uri, scope)
        self.refresh = {}  # valid refresh token -> scope
        self.access = {}   # valid access token -> the refresh token it came from
        self.reset()

    def reset(self):
        with lock:
            self.refresh[self.fixed[1]] = self.scope
            self.access[self.fixed[0]] = self.fixed[1]

    def revoke(self, token=None):
        with lock:
            if token is None:
                self.refresh.clear()
                self.access.clear()
            else:
                self.refresh.pop(token, None)
                self.access.pop(token, None)
                for a in [a for a, r in self.access.items() if r == token]:
                    del self.access[a]

    def expire(self, token=None):
        with lock:
            if token is None:
                self.access.clear()
            else:
                self.access.pop(token, None)

    def valid(self, authorization):
        scheme, _, token = (authorization or "").partition(" ")
        with lock:
            return scheme == "Bearer" and token in self.access

    def authorize(self, req):
        """The consent page, approved at once: a redirect back with a code, as a browser would follow."""
        uri, state = req.arg("redirect_uri"), req.arg("state")
        if req.arg("client_id") != self.client_id or not uri:
            return reply(400, "<html>invalid_client or missing redirect_uri</html>")

        def back(**params):
            if state is not None:
                params["state"] = state
            return reply(302, None, {"Location": uri + ("&" if "?" in uri else "?") + urlencode(params)})

        if req.arg("response_type") != "code":
            return back(error="unsupported_response_type")
        # Stricter than the services, which allow no PKCE: the app must use S256.
        if req.arg("code_challenge_method") != "S256" or not req.arg("code_challenge") or not req.arg("scope"):
            return back(error="invalid_request", error_description="PKCE S256 and a scope are required")
        code = secrets.token_urlsafe(32)
        with lock:
            self.codes[code] = (req.arg("code_challenge"), uri, req.arg("scope"))
        return back(code=code)

    def token(self, req, fault):
        form = req.body if isinstance(req.body, dict) else {}
        grant = form.get("grant_type")
        if form.get("client_id") != self.client_id:
            return reply(401, {"error": "invalid_client", "error_description": "The OAuth client was not found."})
        with lock:
            if grant == "authorization_code":
                entry = self.codes.pop(form.get("code", ""), None)  # a code is good once
                if entry is None:
                    return self.bad("Malformed auth code.")
                challenge, uri, scope = entry
                verifier = form.get("code_verifier", "")
                digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
                if not VERIFIER.fullmatch(verifier) or digest != challenge:
                    return self.bad("Invalid code verifier.")
                if form.get("redirect_uri") != uri:
                    return self.bad("redirect_uri does not match the one of the authorization request.")
                issued = None
                if self.offline_scope is None or self.offline_scope in scope.split():
                    issued = self.prefix + "refresh-" + secrets.token_urlsafe(32)
                    self.refresh[issued] = scope
                source = issued
            elif grant == "refresh_token":
                source = form.get("refresh_token", "")
                if source not in self.refresh:
                    return self.bad(self.revoked)
                scope, issued = self.refresh[source], None
                if self.rotate_refresh:  # Microsoft sends a new one; the old one stays valid
                    issued = source = self.prefix + "refresh-" + secrets.token_urlsafe(32)
                    self.refresh[issued] = scope
            else:
                return reply(400, {"error": "unsupported_grant_type"})
            access = self.prefix + secrets.token_urlsafe(48)
            self.access[access] = source
        answer = {"access_token": access, "expires_in": 3600, "token_type": "Bearer", "scope": scope}
        if issued and fault != "no-refresh-token":
            answer["refresh_token"] = issued
        return reply(200, answer, {"Cache-Control": "no-store"})

    @staticmethod
    def bad(description):
        return reply(400, {"error": "invalid_grant", "error_description": description})

    def helper(self, req):
        """/_fake/revoke, /_fake/expire, /_fake/reset, or None for another path."""
        action = {"/_fake/revoke": self.revoke, "/_fake/expire": self.expire}.get(req.path)
        if action:
            action(req.arg("token"))
        elif req.path == "/_fake/reset":
            self.reset()
        else:
            return None
        return reply(200, {"ok": True})


def serve(make_service):
    """Parses --port --dir --client-id and answers with make_service(dir, client_id), which has
    .faults (fault name -> reply) and .route(request, fault) -> reply."""
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--client-id", required=True)
    a = p.parse_args()
    service = make_service(a.dir, a.client_id)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the real services: clients reuse connections

        def log_message(self, *args):
            pass

        def handle_request(self):
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0") or 0))
            req = Request(self.command, self.path, self.headers, raw)
            fault = None if req.path.startswith("/_fake/") else take_fault(a.dir, req.method, req.target)
            answer = None
            if fault in service.faults:
                answer = service.faults[fault]
            elif fault == "nonsense":
                answer = reply(200, "<html><body>Service temporarily unavailable</body></html>")
            elif fault == "invalid_grant":
                answer = OAuth.bad("Bad Request")
            elif fault is not None and fault not in COMMON_FAULTS:
                print("unknown fault %r" % fault, file=sys.stderr)
                answer = reply(500, {"error": "fake: unknown fault " + fault})
            elif fault != "drop":
                try:
                    answer = service.route(req, fault)
                except Exception:
                    traceback.print_exc()
                    answer = reply(500, {"error": "fake: exception, see its log"})
            with lock, open(os.path.join(a.dir, "requests.jsonl"), "a") as f:
                query = {k: v[0] if len(v) == 1 else v for k, v in req.query.items()}
                f.write(json.dumps({"method": req.method, "path": req.path, "query": query, "body": req.body,
                                    "status": answer[0] if answer else None,
                                    "fault": fault}) + "\n")
            if fault in ("drop", "drop-after-commit"):
                self.close_connection = True
                try:
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                return
            if fault == "hang":
                time.sleep(60)
            try:
                self.send(*answer)
            except OSError:
                self.close_connection = True  # the client gave up (after a hang)

        def send(self, status, body, headers):
            if body is None:
                data, kind = b"", None
            elif isinstance(body, str):
                data, kind = body.encode(), "text/html; charset=UTF-8"
            else:
                data, kind = json.dumps(body).encode(), "application/json; charset=UTF-8"
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            if kind:
                self.send_header("Content-Type", kind)
            if status != 204:
                self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = handle_request

    ThreadingHTTPServer(("127.0.0.1", a.port), Handler).serve_forever()
