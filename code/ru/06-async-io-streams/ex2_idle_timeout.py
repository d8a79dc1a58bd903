# Listing 6.14, from manuscript/ru/06-async-io-streams.md:1519
import asyncio

IDLE_LIMIT = 0.2


async def handle_echo(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        while True:
            try:
                async with asyncio.timeout(IDLE_LIMIT):
                    line = await reader.readline()
            except TimeoutError:
                print(f"сервер: клиент молчит {IDLE_LIMIT} с, закрываю соединение")
                break
            if not line:
                break
            writer.write(line)
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"hi\n")
        await writer.drain()
        print("клиент: получил", await reader.readline())
        # Теперь клиент замолкает и просто ждёт.
        print("клиент: следующее чтение вернуло", await reader.readline())
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
