# Listing 6.13, from manuscript/en/06-async-io-streams.md:1376
import asyncio
import struct

HEADER = struct.Struct("!I")  # 4-byte unsigned length, network byte order
MAX_MESSAGE = 1024 * 1024  # never buffer more than 1 MiB for one message


async def send_message(writer: asyncio.StreamWriter, payload: bytes) -> None:
    writer.write(HEADER.pack(len(payload)) + payload)
    await writer.drain()


async def recv_message(reader: asyncio.StreamReader) -> bytes | None:
    """Return the next message, or None if the peer closed between messages."""
    try:
        header = await reader.readexactly(HEADER.size)
    except asyncio.IncompleteReadError as exc:
        if exc.partial:
            raise  # EOF in the middle of a header: a broken peer
        return None
    (length,) = HEADER.unpack(header)
    if length > MAX_MESSAGE:  # readexactly() would buffer whatever we ask for
        raise ValueError(f"peer announced {length} bytes, limit is {MAX_MESSAGE}")
    return await reader.readexactly(length)


async def reverse_server(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        while (message := await recv_message(reader)) is not None:
            await send_message(writer, message[::-1])
    except ValueError as exc:
        print("server: hanging up:", exc)
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(reverse_server, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for message in (b"hello", b"two\nlines", b"", b"x" * 100_000):
            await send_message(writer, message)
            reply = await recv_message(reader)
            assert reply is not None
            print(len(reply), reply[:12])
        writer.write_eof()
        print("after EOF:", await recv_message(reader))
        writer.close()
        await writer.wait_closed()

        # A peer that announces a 4 GiB message is cut off, not buffered.
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(HEADER.pack(2**32 - 1))
        await writer.drain()
        print("after the oversized header:", await recv_message(reader))
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
