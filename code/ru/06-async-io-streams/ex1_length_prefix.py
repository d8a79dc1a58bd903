# Listing 6.13, from manuscript/ru/06-async-io-streams.md:1427
import asyncio
import struct

HEADER = struct.Struct("!I")  # 4-байтовая беззнаковая длина, сетевой порядок байтов
MAX_MESSAGE = 1024 * 1024  # никогда не буферизовать больше 1 МиБ на сообщение


async def send_message(writer: asyncio.StreamWriter, payload: bytes) -> None:
    writer.write(HEADER.pack(len(payload)) + payload)
    await writer.drain()


async def recv_message(reader: asyncio.StreamReader) -> bytes | None:
    """Следующее сообщение или None, если собеседник закрыл соединение между ними."""
    try:
        header = await reader.readexactly(HEADER.size)
    except asyncio.IncompleteReadError as exc:
        if exc.partial:
            raise  # EOF посреди заголовка: собеседник неисправен
        return None
    (length,) = HEADER.unpack(header)
    if length > MAX_MESSAGE:  # readexactly() буферизует столько, сколько попросим
        raise ValueError(f"собеседник объявил {length} байт, предел — {MAX_MESSAGE}")
    return await reader.readexactly(length)


async def reverse_server(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        while (message := await recv_message(reader)) is not None:
            await send_message(writer, message[::-1])
    except ValueError as exc:
        print("сервер: разрываю соединение:", exc)
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
        print("после EOF:", await recv_message(reader))
        writer.close()
        await writer.wait_closed()

        # Собеседника, объявившего сообщение в 4 ГиБ, отключают, а не буферизуют.
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(HEADER.pack(2**32 - 1))
        await writer.drain()
        print("после слишком большого заголовка:", await recv_message(reader))
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
