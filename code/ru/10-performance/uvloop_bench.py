# Listing 10.13, from manuscript/ru/10-performance.md:1165
import asyncio
import time
from collections.abc import Callable

import uvloop

ROUND_TRIPS = 2_000
TASKS = 20_000
RUNS = 3


async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while line := await reader.readline():
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def ping_pong() -> float:
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        start = time.perf_counter()
        for _ in range(ROUND_TRIPS):
            writer.write(b"ping\n")
            assert await reader.readline() == b"ping\n"
        elapsed = time.perf_counter() - start
        writer.close()
        await writer.wait_closed()
    return ROUND_TRIPS / elapsed


async def many_tasks() -> float:
    async def nothing() -> None:
        pass

    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for _ in range(TASKS):
            tg.create_task(nothing())
    return TASKS / (time.perf_counter() - start)


factories: dict[str, Callable[[], asyncio.AbstractEventLoop]] = {
    "asyncio": asyncio.new_event_loop,
    "uvloop": uvloop.new_event_loop,
}
for name, factory in factories.items():
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(ping_pong())  # прогрев: импорты, кеши, первые выделения памяти
        runner.run(many_tasks())
        trips = max(runner.run(ping_pong()) for _ in range(RUNS))  # лучший из RUNS
        tasks = max(runner.run(many_tasks()) for _ in range(RUNS))
    print(f"{name:8} {trips:8.0f} обменов/с {tasks:9.0f} задач/с")
