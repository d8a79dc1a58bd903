# Listing 7.14, from manuscript/ru/07-libraries-frameworks.md:1455
import asyncio
from collections.abc import Callable

import uvloop


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    data = await reader.readline()
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main() -> None:
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"same code, different loop\n")
        reply = await reader.readline()
        writer.close()
        await writer.wait_closed()
    print(f"{type(loop).__module__}.{type(loop).__name__}: {reply.decode().strip()}")


loop_factories: list[Callable[[], asyncio.AbstractEventLoop]] = [
    asyncio.new_event_loop,  # по умолчанию: цикл на основе селектора в Unix
    uvloop.new_event_loop,  # в основе — libuv
]
for factory in loop_factories:
    with asyncio.Runner(loop_factory=factory) as runner:
        runner.run(main())
