# Listing 10.8, from manuscript/en/10-performance.md:784
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
        for label in ("one write per line", "one joined write"):
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            start = time.perf_counter()
            if label == "one write per line":
                for line in LINES:
                    writer.write(line)  # each call: one send() system call
            else:
                writer.write(b"".join(LINES))  # one call for everything
            await writer.drain()
            timings[label] = time.perf_counter() - start
            writer.close()
            await writer.wait_closed()
            print(f"{label:18} {timings[label] * 1000:7.2f} ms, server got {await received.get()} bytes")
    print("joined write faster:", timings["one joined write"] < timings["one write per line"])


asyncio.run(main())
