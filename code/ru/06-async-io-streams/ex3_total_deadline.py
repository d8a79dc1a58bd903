# Listing 6.15, from manuscript/ru/06-async-io-streams.md:1575
import asyncio
import contextlib


async def trickle_server(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        for n in range(8):
            writer.write(f"line {n}\n".encode())
            await writer.drain()
            await asyncio.sleep(0.05)
    except ConnectionError:
        pass  # клиент махнул на нас рукой
    finally:
        writer.close()
        with contextlib.suppress(ConnectionError):
            await writer.wait_closed()  # снова выбрасывает сброс, если он был


async def read_all(port: int, per_line: float, total: float | None) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    count = 0
    try:
        async with asyncio.timeout(total):  # None — без общего крайнего срока
            while True:
                async with asyncio.timeout(per_line):
                    line = await reader.readline()
                if not line:
                    break
                count += 1
    except TimeoutError:
        print("крайний срок истёк")
    finally:
        writer.close()
        await writer.wait_closed()
    return count


async def main() -> None:
    server = await asyncio.start_server(trickle_server, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        count = await read_all(port, per_line=0.2, total=None)
        print("только тайм-аут на строку, прочитано строк:", count)
        count = await read_all(port, per_line=0.2, total=0.25)
        print("с общим сроком 0.25 с прочитаны все строки:", count == 8)


asyncio.run(main())
