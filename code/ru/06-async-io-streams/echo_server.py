# Listing 6.1, from manuscript/ru/06-async-io-streams.md:103
import asyncio


async def handle_echo(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    peer = writer.get_extra_info("peername")
    print(f"сервер: подключение с адреса {peer[0]}")
    try:
        while line := await reader.readline():
            writer.write(line)
            await writer.drain()
        print("сервер: клиент прислал EOF, закрываю соединение")
    finally:
        writer.close()
        await writer.wait_closed()


async def echo_client(port: int, messages: list[str]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for message in messages:
            writer.write(f"{message}\n".encode())
            await writer.drain()
            reply = await reader.readline()
            print(f"клиент: отправил {message!r}, получил {reply.decode().rstrip()!r}")
        writer.write_eof()
        rest = await reader.read()
        print(f"клиент: сервер закрыл соединение, осталось байт: {len(rest)}")
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(f"сервер: слушаю порт {port}")
    async with server:
        await echo_client(port, ["hello", "asyncio", "streams"])
    print("main: сервер закрыт")


asyncio.run(main())
