# Listing 10.8, from manuscript/ru/10-performance.md:716
import asyncio
import time

LINES = [f"reading {i:05d}\n".encode() for i in range(20_000)]


async def main() -> None:
    received: asyncio.Queue[int] = asyncio.Queue()

    async def count_bytes(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        total = 0
        while chunk := await reader.read(64 * 1024):
            total += len(chunk)
        await received.put(total)
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(count_bytes, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    timings: dict[str, float] = {}
    async with server:
        for label in ("запись на строку", "одна общая запись"):
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            start = time.perf_counter()
            if label == "запись на строку":
                for line in LINES:
                    writer.write(line)  # каждый вызов — один системный вызов send()
            else:
                writer.write(b"".join(LINES))  # один вызов на всё
            await writer.drain()
            timings[label] = time.perf_counter() - start
            writer.close()
            await writer.wait_closed()
            print(f"{label:18} {timings[label] * 1000:7.2f} мс, сервер получил {await received.get()} байт")
    print("общая запись быстрее:", timings["одна общая запись"] < timings["запись на строку"])


asyncio.run(main())
