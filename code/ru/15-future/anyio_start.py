# Listing 15.21, from manuscript/ru/15-future.md:1742
import warnings

import anyio
import sniffio
from anyio.abc import SocketAttribute, SocketStream, TaskStatus
from anyio.streams.buffered import BufferedByteReceiveStream

# anyio 3.6 использует API, которое trio 0.22 объявляет устаревшим; глушим только это предупреждение.
warnings.filterwarnings("ignore", message="trio.MultiError is deprecated")


async def shout(client: SocketStream) -> None:
    async with client:
        line = await BufferedByteReceiveStream(client).receive_until(b"\n", 1024)
        await client.send(line.upper() + b"\n")


async def serve(*, task_status: TaskStatus = anyio.TASK_STATUS_IGNORED) -> None:
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    async with listener:
        # Сообщаем о готовности (и порт) тому, кто вызвал tg.start().
        task_status.started(listener.extra(SocketAttribute.local_port))
        await listener.serve(shout)


async def main() -> None:
    async with anyio.create_task_group() as tg:
        port = await tg.start(serve)  # возвращается, когда serve() вызвала started()
        assert isinstance(port, int)
        async with await anyio.connect_tcp("127.0.0.1", port) as stream:
            await stream.send(b"structured\n")
            reply = await BufferedByteReceiveStream(stream).receive_until(b"\n", 1024)
        print(f"{sniffio.current_async_library():7} получил {reply.decode()!r}")
        tg.cancel_scope.cancel()  # останавливаем сервер: он живёт в этой группе


for backend in ["asyncio", "trio"]:
    anyio.run(main, backend=backend)
