#!/usr/bin/env python3
"""A loopback SMTP sink for the drills: speaks the part of SMTP lettre uses
(EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and appends one line per accepted
message to OUTFILE: its Message-ID, then its recipients. Killing the process
is the outage. Usage: smtp_sink.py PORT OUTFILE"""

import asyncio
import sys


async def session(reader, writer, out):
    def send(line):
        writer.write((line + "\r\n").encode())

    send("220 drill-sink ESMTP")
    recipients = []
    try:
        while True:
            raw = await reader.readline()
            if not raw:
                break
            verb = raw.decode(errors="replace").strip().split(" ")[0].upper()
            if verb == "EHLO":
                send("250-drill-sink\r\n250-8BITMIME\r\n250 SMTPUTF8")
            elif verb in ("HELO", "NOOP", "MAIL"):
                send("250 OK")
            elif verb == "RSET":
                recipients = []
                send("250 OK")
            elif verb == "RCPT":
                recipients.append(raw.decode().split(":", 1)[1].strip().strip("<>"))
                send("250 OK")
            elif verb == "DATA":
                send("354 end with .")
                await writer.drain()
                message_id = "?"
                while True:
                    line = await reader.readline()
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    if line.lower().startswith(b"message-id:"):
                        message_id = line.decode().split(":", 1)[1].strip()
                with open(out, "a") as f:
                    f.write(message_id + " " + ",".join(recipients) + "\n")
                recipients = []
                send("250 OK queued")
            elif verb == "QUIT":
                send("221 bye")
                await writer.drain()
                break
            else:
                send("502 not implemented")
            await writer.drain()
    except ConnectionError:
        pass
    finally:
        writer.close()


async def main(port, out):
    server = await asyncio.start_server(
        lambda r, w: session(r, w, out), "127.0.0.1", port
    )
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), sys.argv[2]))
