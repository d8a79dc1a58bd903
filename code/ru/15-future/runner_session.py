# Listing 15.17, from manuscript/ru/15-future.md:1371
import asyncio
from collections.abc import Callable

loops_seen: set[int] = set()  # id цикла, в котором выполнялся каждый вызов run()


def pick_loop_factory() -> Callable[[], asyncio.AbstractEventLoop]:
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop
    return uvloop.new_event_loop


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    line = await reader.readline()
    writer.write(line[::-1].strip() + b"\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def start() -> asyncio.Server:
    return await asyncio.start_server(handle, "127.0.0.1", 0)


async def ask(server: asyncio.Server, word: str) -> str:
    loops_seen.add(id(asyncio.get_running_loop()))
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(word.encode() + b"\n")
        return (await reader.readline()).decode().strip()
    finally:
        writer.close()
        await writer.wait_closed()


async def stop(server: asyncio.Server) -> None:
    server.close()
    await server.wait_closed()


def main() -> None:
    # Синхронному коду нужно несколько асинхронных вызовов в одном долгоживущем
    # цикле: работа, которую раньше делали get_event_loop() + run_until_complete().
    with asyncio.Runner(loop_factory=pick_loop_factory()) as runner:
        server = runner.run(start())  # продолжает обслуживать между вызовами run()
        for word in ["policy", "runner"]:
            print(word, "->", runner.run(ask(server, word)))
        runner.run(stop(server))
        print("один цикл для всех run():", loops_seen == {id(runner.get_loop())})


main()
