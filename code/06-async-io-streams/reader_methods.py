# Listing 6.2, from manuscript/en/06-async-io-streams.md:261
import asyncio
import struct

PAYLOAD = (
    struct.pack("!H", 5) + b"HELLO"
    + b"first line\nsecond line\n"
    + b"name=ada;lang=python;"
    + b"trailing bytes"
)


async def send_payload(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    writer.write(PAYLOAD)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(send_payload, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        (size,) = struct.unpack("!H", await reader.readexactly(2))
        print("readexactly:", size, await reader.readexactly(size))
        print("readline:   ", await reader.readline())
        print("readline:   ", await reader.readline())
        print("readuntil:  ", await reader.readuntil(b";"))
        print("readuntil:  ", await reader.readuntil(b";"))
        print("read(4):    ", await reader.read(4))
        try:
            await reader.readexactly(100)
        except asyncio.IncompleteReadError as exc:
            print("incomplete: ", exc.partial, "expected", exc.expected)
        print("read(100):  ", await reader.read(100))
        print("at_eof:     ", reader.at_eof())
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
