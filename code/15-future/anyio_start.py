# Listing 15.21, from manuscript/en/15-future.md:1700
import warnings

import anyio
import sniffio
from anyio.abc import SocketAttribute, SocketStream, TaskStatus
from anyio.streams.buffered import BufferedByteReceiveStream

# anyio 3.6 uses an API that trio 0.22 deprecates; silence only that warning.
warnings.filterwarnings("ignore", message="trio.MultiError is deprecated")


async def shout(client: SocketStream) -> None:
    async with client:
        line = await BufferedByteReceiveStream(client).receive_until(b"\n", 1024)
        await client.send(line.upper() + b"\n")


async def serve(*, task_status: TaskStatus = anyio.TASK_STATUS_IGNORED) -> None:
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    async with listener:
        # Report readiness (and the port) to whoever called tg.start().
        task_status.started(listener.extra(SocketAttribute.local_port))
        await listener.serve(shout)


async def main() -> None:
    async with anyio.create_task_group() as tg:
        port = await tg.start(serve)  # returns once serve() called started()
        assert isinstance(port, int)
        async with await anyio.connect_tcp("127.0.0.1", port) as stream:
            await stream.send(b"structured\n")
            reply = await BufferedByteReceiveStream(stream).receive_until(b"\n", 1024)
        print(f"{sniffio.current_async_library():7} got {reply.decode()!r}")
        tg.cancel_scope.cancel()  # stop the server: it lives in this group


for backend in ["asyncio", "trio"]:
    anyio.run(main, backend=backend)
