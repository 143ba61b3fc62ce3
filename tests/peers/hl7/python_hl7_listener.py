#!/usr/bin/python3
"""An MLLP listener that is not ours: python3-hl7's hl7.mllp.start_hl7_server, bound to 127.0.0.1.

Every message is answered with the library's message.create_ack(). Usage: /usr/bin/python3 python_hl7_listener.py PORT
(Debian's python3-hl7 is installed for /usr/bin/python3 only).
"""
import asyncio
import sys

from hl7.mllp import start_hl7_server


async def answer(reader, writer):
    try:
        while not writer.is_closing():
            message = await reader.readmessage()
            print("received", message.segment("MSH")(10), flush=True)
            writer.writemessage(message.create_ack())
            await writer.drain()
    except asyncio.IncompleteReadError:
        pass  # the client closed the connection
    finally:
        writer.close()


async def main(port):
    async with await start_hl7_server(answer, "127.0.0.1", port) as server:
        print("listening on 127.0.0.1:%d" % port, flush=True)
        await server.serve_forever()


asyncio.run(main(int(sys.argv[1])))
