#!/usr/bin/python3
"""A local SMS gateway in the common shape (form POST of From, To, Body to
/Accounts/<account>/Messages.json, basic authentication with the account and its
token, JSON answer with a "sid"). Each text the gateway takes is appended to
messages.jsonl in the folder. A file named `mode` there injects faults:
  accept    201 with a sid (the default)
  tempfail  503 (nothing sent)
  reject    400 "Invalid 'To' Phone Number" (nothing sent)
  hang      take the text, then wait 60 s before answering
  drop      take the text, then close the connection without answering
  nonsense  take the text, answer 200 with HTML
Usage: sms_gateway.py --port P --dir D --account A --token T"""
import argparse, base64, json, os, threading, time, uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

lock = threading.Lock()

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--account", required=True)
    p.add_argument("--token", required=True)
    a = p.parse_args()

    def mode():
        try:
            with open(os.path.join(a.dir, "mode")) as f:
                return f.read().strip()
        except FileNotFoundError:
            return "accept"

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def answer(self, status, body, kind="application/json"):
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            expected = "Basic " + base64.b64encode(("%s:%s" % (a.account, a.token)).encode()).decode()
            if self.path != "/Accounts/%s/Messages.json" % a.account:
                return self.answer(404, json.dumps({"code": 20404, "message": "not found"}))
            if self.headers.get("Authorization") != expected:
                return self.answer(401, json.dumps({"code": 20003, "message": "Authenticate"}))
            m = mode()
            if m == "tempfail":
                return self.answer(503, json.dumps({"code": 20500, "message": "Service unavailable"}))
            if m == "reject":
                return self.answer(400, json.dumps({"code": 21211, "message": "Invalid 'To' Phone Number"}))
            sid = "SM" + uuid.uuid4().hex
            with lock, open(os.path.join(a.dir, "messages.jsonl"), "a") as f:
                f.write(json.dumps({"sid": sid, "from": form.get("From"), "to": form.get("To"),
                                    "body": form.get("Body")}) + "\n")
            if m == "hang":
                time.sleep(60)
            if m == "drop":
                self.close_connection = True
                self.connection.close()
                return
            if m == "nonsense":
                return self.answer(200, "<html>gateway maintenance</html>", "text/html")
            self.answer(201, json.dumps({"sid": sid, "status": "queued", "to": form.get("To")}))

    ThreadingHTTPServer(("127.0.0.1", a.port), Handler).serve_forever()

if __name__ == "__main__":
    main()
