#!/usr/bin/python3
"""A real SMTP server for the tests (aiosmtpd): every message it accepts goes into
a Maildir. A file named `mode` in the folder injects faults, read per message:
  accept    take it (the default)
  tempfail  451 at DATA (try later)
  reject    550 at RCPT (a permanent refusal)
  hang      take the message, then wait 60 s before answering
  drop      take the message, then close the connection without answering
AUTH PLAIN/LOGIN is offered when --login and --password are given (no TLS on
loopback). Usage: smtp_sink.py --port P --dir D [--login L --password W]"""
import argparse, asyncio, mailbox, os, time
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

def mode(folder):
    try:
        with open(os.path.join(folder, "mode")) as f:
            return f.read().strip()
    except FileNotFoundError:
        return "accept"

class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.box = mailbox.Maildir(os.path.join(folder, "Maildir"), create=True)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if mode(self.folder) == "reject":
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        m = mode(self.folder)
        if m == "tempfail":
            return "451 4.3.0 try again later"
        self.box.add(envelope.original_content)
        if m == "hang":
            await asyncio.sleep(60)
        if m == "drop":
            server.transport.abort()
        return "250 OK queued"

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--login")
    p.add_argument("--password")
    a = p.parse_args()
    kwargs = {}
    if a.login:
        def check(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == a.login \
                and auth_data.password.decode() == a.password
            return AuthResult(success=ok, handled=False)
        kwargs = dict(authenticator=check, auth_require_tls=False)
    c = Controller(Sink(a.dir), hostname="127.0.0.1", port=a.port, **kwargs)
    c.start()
    try:
        while True:
            time.sleep(3600)
    finally:
        c.stop()

if __name__ == "__main__":
    main()
