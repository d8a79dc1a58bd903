# Listing 6.5, from manuscript/ru/06-async-io-streams.md:709
import asyncio


async def slow_server(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        while line := await reader.readline():
            await asyncio.sleep(0.4)  # медленный бэкенд
            writer.write(b"answer to " + line)
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(slow_server, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"question 1\n")
        await writer.drain()
        try:
            async with asyncio.timeout(0.1):
                reply = await reader.readline()
        except TimeoutError:
            print("за 0.1 с ответа нет")
        # Строка всё ещё в пути; с более долгим сроком мы её получим.
        async with asyncio.timeout(2):
            reply = await reader.readline()
        print("в итоге:", reply)

        # Один срок на весь обмен, сколько бы чтений он ни занял.
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout_at(loop.time() + 0.7):
                for n in (2, 3):
                    writer.write(f"question {n}\n".encode())
                    await writer.drain()
                    print("получено:", await reader.readline())
        except TimeoutError:
            print("весь обмен занял больше 0.7 с")
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
