#!/usr/bin/env python3
"""A TCP proxy in front of PostgreSQL that loses one commit acknowledgement.

Usage: drop_commit_ack.py UPSTREAM_HOST UPSTREAM_PORT MARKER
Prints the port it listens on, then forwards every connection. After a client
has sent a statement containing MARKER, the next CommandComplete "COMMIT" that
the server sends back is not forwarded: both sockets are closed instead, so the
server has committed while the client sees a dropped connection. Only once.
"""
import asyncio
import sys

COMMIT_DONE = b"C\x00\x00\x00\x0bCOMMIT\x00"
host, port, marker = sys.argv[1], int(sys.argv[2]), sys.argv[3].encode()
state = {"armed": False, "fired": False}


async def pipe(reader, writer, to_server, peer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            if to_server and not state["fired"] and marker in data:
                state["armed"] = True
            if not to_server and state["armed"] and not state["fired"] and COMMIT_DONE in data:
                state["fired"] = True
                writer.close()
                peer.close()
                return
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        writer.close()


async def handle(client_reader, client_writer):
    server_reader, server_writer = await asyncio.open_connection(host, port)
    await asyncio.gather(pipe(client_reader, server_writer, True, client_writer),
                         pipe(server_reader, client_writer, False, server_writer))


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
