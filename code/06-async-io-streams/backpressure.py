# Listing 6.4, from manuscript/en/06-async-io-streams.md:587
import asyncio
import socket

CHUNK = b"x" * 65536
CHUNKS = 192  # 12 MiB in total
KERNEL_BUFFER = 65536  # fixed, small kernel socket buffers (see the text)


async def slow_consumer(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        while await reader.read(65536):
            await asyncio.sleep(0.001)  # pretend each chunk takes work
    finally:
        writer.close()
        await writer.wait_closed()


async def send_all(port: int, use_drain: bool) -> int:
    """Send CHUNKS chunks and return the peak size of the write buffer."""
    _, writer = await asyncio.open_connection("127.0.0.1", port)
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, KERNEL_BUFFER)
    peak = 0
    for _ in range(CHUNKS):
        writer.write(CHUNK)
        peak = max(peak, writer.transport.get_write_buffer_size())
        if use_drain:
            await writer.drain()
    await writer.drain()  # let everything go out before closing
    writer.close()
    await writer.wait_closed()
    return peak


async def main() -> None:
    server = await asyncio.start_server(slow_consumer, "127.0.0.1", 0)
    listener = server.sockets[0]  # accepted connections inherit its buffer size
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, KERNEL_BUFFER)
    port = listener.getsockname()[1]
    async with server:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        limits = writer.transport.get_write_buffer_limits()
        print("limits (low, high):", limits)
        writer.close()
        await writer.wait_closed()

        peak = await send_all(port, use_drain=False)
        print(f"without drain: peak buffer {peak / 2**20:.1f} MiB")
        print("without drain, over 10 MiB buffered:", peak > 10 * 2**20)
        peak = await send_all(port, use_drain=True)
        print(f"with drain: peak buffer {peak / 2**10:.0f} KiB")
        print("with drain, at most 128 KiB buffered:", peak <= 128 * 2**10)


asyncio.run(main())
