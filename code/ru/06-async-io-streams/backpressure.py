# Listing 6.4, from manuscript/ru/06-async-io-streams.md:609
import asyncio
import socket

CHUNK = b"x" * 65536
CHUNKS = 192  # всего 12 МиБ
KERNEL_BUFFER = 65536  # фиксированные маленькие буферы сокетов в ядре (см. текст)


async def slow_consumer(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        while await reader.read(65536):
            await asyncio.sleep(0.001)  # будто каждый блок требует работы
    finally:
        writer.close()
        await writer.wait_closed()


async def send_all(port: int, use_drain: bool) -> int:
    """Отправить CHUNKS блоков и вернуть пиковый размер буфера записи."""
    _, writer = await asyncio.open_connection("127.0.0.1", port)
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, KERNEL_BUFFER)
    peak = 0
    for _ in range(CHUNKS):
        writer.write(CHUNK)
        peak = max(peak, writer.transport.get_write_buffer_size())
        if use_drain:
            await writer.drain()
    await writer.drain()  # дать всему уйти до закрытия
    writer.close()
    await writer.wait_closed()
    return peak


async def main() -> None:
    server = await asyncio.start_server(slow_consumer, "127.0.0.1", 0)
    listener = server.sockets[0]  # принятые соединения наследуют размер его буфера
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, KERNEL_BUFFER)
    port = listener.getsockname()[1]
    async with server:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        limits = writer.transport.get_write_buffer_limits()
        print("границы (нижняя, верхняя):", limits)
        writer.close()
        await writer.wait_closed()

        peak = await send_all(port, use_drain=False)
        print(f"без drain: пик буфера {peak / 2**20:.1f} МиБ")
        print("без drain, в буфере больше 10 МиБ:", peak > 10 * 2**20)
        peak = await send_all(port, use_drain=True)
        print(f"с drain: пик буфера {peak / 2**10:.0f} КиБ")
        print("с drain, в буфере не больше 128 КиБ:", peak <= 128 * 2**10)


asyncio.run(main())
