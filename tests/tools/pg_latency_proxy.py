#!/usr/bin/env python3
"""A TCP proxy in front of PostgreSQL that adds network latency and counts round trips.

Why: SAMS's benchmarks need to show how an operation behaves when the central
PostgreSQL server is far away (a branch office 15 ms from the data centre), and
how many round trips each operation costs, since on a slow link round trips, not
server time, decide how long a booking takes. Loopback has neither, so this proxy
sits between the client (libpq under Qt's QPSQL driver) and a real server.

Usage:
  pg_latency_proxy.py --target-host 127.0.0.1 --target-port N
                      [--listen-port 0] [--delay-ms 15] [--control-port 0]

On start it prints one line "LISTENING <port> CONTROL <control_port>" (0 picks a
free port) and serves until SIGTERM or SIGINT, then exits with code 0.

Latency: every byte is held back delay-ms in each direction, so a round trip
costs 2 x delay. Each chunk is released at its own arrival time + delay (a
per-direction queue of timestamped chunks), so a burst is not delayed
cumulatively, order within a connection is kept, and every connection has its
own queues: 16 clients at once each see the delay, not a shared line.

Counting: the client-to-server stream is parsed as PostgreSQL protocol 3 (the
untyped SSLRequest, GSSENCRequest, CancelRequest and StartupMessage first, then
typed messages, reassembled across TCP reads). One round trip is one simple
Query ('Q') or one Sync ('S', which ends each extended-protocol exchange), so a
multi-statement Query counts once and libpq's pipeline mode would count one per
Sync. Authentication messages ('p') are counted apart, as "auth". Once the
server accepts TLS or GSS encryption on a connection, that connection is only
forwarded, no longer counted (see "other": "encrypted_connections"); tell libpq
sslmode=disable (or prefer against a server without TLS) to count everything.

Control port, a line protocol, several commands per connection allowed:
  count   -> {"round_trips": n, "queries": q, "syncs": s, "auth": a, "other": {...}}
  reset   -> the same JSON with the counts before the reset, then zeroes them
"other" holds the remaining frontend message types by their letter ('P' Parse,
'B' Bind, 'E' Execute, 'D' Describe, 'X' Terminate, ...) and the untyped
packets and connections by name. Counts cover all connections since start or
the last reset. For example:
  exec 3<>/dev/tcp/127.0.0.1/$CONTROL; echo reset >&3; read -r line <&3
"""
import argparse
import asyncio
import json
import signal
import struct
import sys

SSL_REQUEST = 80877103
GSSENC_REQUEST = 80877104
CANCEL_REQUEST = 80877102
PROTOCOL_3_MAJOR = 3  # StartupMessage code is major << 16 | minor (196608 for 3.0)
MAX_STARTUP_LENGTH = 10000  # the server's own limit; larger means we lost sync


class Counters:
    def __init__(self):
        self.reset()

    def reset(self):
        self.queries = 0
        self.syncs = 0
        self.auth = 0
        self.other = {}

    def add_other(self, name):
        self.other[name] = self.other.get(name, 0) + 1

    def snapshot(self):
        return {"round_trips": self.queries + self.syncs, "queries": self.queries,
                "syncs": self.syncs, "auth": self.auth, "other": dict(sorted(self.other.items()))}


counters = Counters()
handlers = set()  # the tasks serving connections, cancelled on shutdown


class FrontendParser:
    """Follows the client's byte stream message by message without buffering bodies."""

    def __init__(self):
        self.state = "startup"  # startup | typed | await_answer | passthrough
        self.header = b""  # a partial header (8 bytes untyped, 5 bytes typed)
        self.skip = 0  # body bytes of the current message still to pass over

    def feed(self, data):
        pos, end = 0, len(data)
        while pos < end and self.state in ("startup", "typed"):
            if self.skip:
                step = min(self.skip, end - pos)
                self.skip -= step
                pos += step
                continue
            need = (8 if self.state == "startup" else 5) - len(self.header)
            self.header += data[pos:pos + need]
            pos += min(need, end - pos)
            if len(self.header) < (8 if self.state == "startup" else 5):
                return
            if self.state == "startup":
                self.untyped(*struct.unpack("!ii", self.header))
            else:
                self.typed(chr(self.header[0]), struct.unpack("!i", self.header[1:5])[0])
            self.header = b""
        # Bytes sent while waiting for the SSL/GSS answer would be a protocol error anyway.

    def untyped(self, length, code):
        if length < 8 or length > MAX_STARTUP_LENGTH:
            counters.add_other("unparsed_connections")
            self.state = "passthrough"
        elif code == SSL_REQUEST or code == GSSENC_REQUEST:
            counters.add_other("ssl_request" if code == SSL_REQUEST else "gssenc_request")
            self.state = "await_answer"
        elif code == CANCEL_REQUEST:
            counters.add_other("cancel_request")
            self.state = "passthrough"  # the server closes the connection afterwards
        elif code >> 16 == PROTOCOL_3_MAJOR:
            counters.add_other("startup")
            self.skip = length - 8
            self.state = "typed"
        else:
            counters.add_other("unparsed_connections")
            self.state = "passthrough"

    def typed(self, kind, length):
        if length < 4:
            counters.add_other("unparsed_connections")
            self.state = "passthrough"
            return
        self.skip = length - 4
        if kind == "Q":
            counters.queries += 1
        elif kind == "S":
            counters.syncs += 1
        elif kind == "p":
            counters.auth += 1
        else:
            counters.add_other(kind)

    def server_answer(self, byte):
        """The server's one-byte answer to SSLRequest/GSSENCRequest: 'N' means go on in clear."""
        if byte == b"N":
            self.state = "startup"
        else:
            counters.add_other("encrypted_connections")
            self.state = "passthrough"


async def delayed_reader(reader, queue, loop, delay, on_data):
    """Stamps each chunk with its release time the moment it arrives."""
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            on_data(data)
            await queue.put((loop.time() + delay, data))
    except (ConnectionError, OSError):
        pass
    await queue.put((loop.time() + delay, None))


async def delayed_writer(writer, queue, loop):
    """Releases chunks in order at their stamped time; False if the peer went away."""
    try:
        while True:
            when, data = await queue.get()
            wait = when - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if data is None:
                # Pass the end of stream on, so the other side finishes what it sends.
                if writer.can_write_eof():
                    writer.write_eof()
                else:
                    writer.close()
                return True
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        return False


def connection_handler(serve):
    """Registers the handler for shutdown; it ends quietly when cancelled, because asyncio's
    stream server logs a traceback for a handler task that ends cancelled."""

    async def handler(reader, writer):
        task = asyncio.current_task()
        handlers.add(task)
        try:
            await serve(reader, writer)
        except asyncio.CancelledError:
            pass
        finally:
            handlers.discard(task)
            writer.close()

    return handler


async def handle_client(client_reader, client_writer, args):
    loop = asyncio.get_running_loop()
    try:
        server_reader, server_writer = await asyncio.open_connection(args.target_host, args.target_port)
    except OSError:
        client_writer.close()
        return
    counters.add_other("connections")
    delay = args.delay_ms / 1000.0
    parser = FrontendParser()

    def from_server(data):
        if parser.state == "await_answer":
            parser.server_answer(data[:1])

    to_server, to_client = asyncio.Queue(), asyncio.Queue()
    tasks = [asyncio.create_task(delayed_reader(client_reader, to_server, loop, delay, parser.feed)),
             asyncio.create_task(delayed_writer(server_writer, to_server, loop)),
             asyncio.create_task(delayed_reader(server_reader, to_client, loop, delay, from_server)),
             asyncio.create_task(delayed_writer(client_writer, to_client, loop))]
    try:
        # A clean end of stream lets the other direction finish; a failed peer ends both.
        pending = {tasks[1], tasks[3]}
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            if not all(not t.cancelled() and t.exception() is None and t.result() for t in done):
                break
    finally:
        for task in tasks:
            task.cancel()
        client_writer.close()
        server_writer.close()


async def handle_control(reader, writer):
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            command = line.strip().decode("ascii", "replace").lower()
            if not command:
                continue
            if command == "count":
                answer = counters.snapshot()
            elif command == "reset":
                answer = counters.snapshot()
                counters.reset()
            else:
                answer = {"error": f"unknown command {command!r}; use count or reset"}
            writer.write((json.dumps(answer) + "\n").encode())
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        writer.close()


async def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target-host", default="127.0.0.1")
    parser.add_argument("--target-port", type=int, required=True)
    parser.add_argument("--listen-host", default="127.0.0.1")
    parser.add_argument("--listen-port", type=int, default=0)
    parser.add_argument("--delay-ms", type=float, default=15.0)
    parser.add_argument("--control-port", type=int, default=0)
    args = parser.parse_args()

    proxy = await asyncio.start_server(connection_handler(lambda r, w: handle_client(r, w, args)),
                                       args.listen_host, args.listen_port)
    control = await asyncio.start_server(connection_handler(handle_control), args.listen_host,
                                         args.control_port)
    print(f"LISTENING {proxy.sockets[0].getsockname()[1]} CONTROL {control.sockets[0].getsockname()[1]}",
          flush=True)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    proxy.close()
    control.close()
    live = list(handlers)
    for task in live:
        task.cancel()
    await asyncio.gather(*live, return_exceptions=True)


if __name__ == "__main__":
    asyncio.run(main())
    sys.exit(0)
