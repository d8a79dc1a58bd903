# Listing 13.8, from manuscript/en/13-sync-and-async.md:758
import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class BackgroundLoop:
    """An event loop running in its own thread, for synchronous callers."""

    def __init__(self, name: str = "asyncio-loop") -> None:
        self._thread = threading.Thread(target=self._run, name=name)
        self._started = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._closed = False

    def start(self) -> None:
        self._thread.start()
        self._started.wait()

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        self._started.set()
        await self._stopping.wait()
        # Returning lets asyncio.run cancel leftover tasks, finalise async
        # generators, shut down the default executor and close the loop.

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        if self._loop is None or self._closed:
            coro.close()  # avoid a "never awaited" warning
            raise RuntimeError("the background loop is not running")
        if threading.current_thread() is self._thread:
            coro.close()
            raise RuntimeError("submit() called from the loop's own thread")
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    def run(self, coro: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        future = self.submit(coro)
        try:
            return future.result(timeout)
        except TimeoutError:
            future.cancel()
            raise

    def stop(self) -> None:
        self._closed = True
        if self._loop is not None and self._stopping is not None:
            self._loop.call_soon_threadsafe(self._stopping.set)
        self._thread.join()

    def __enter__(self) -> "BackgroundLoop":
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

async def shout(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while line := await reader.readline():
            writer.write(line.upper())
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


class ShoutClient:
    """A synchronous client whose connection lives in the background loop."""

    def __init__(self, background: BackgroundLoop, port: int) -> None:
        self._bg = background
        self._reader, self._writer = background.run(
            asyncio.open_connection("127.0.0.1", port)
        )
        self._lock = asyncio.Lock()  # binds to a loop only when first used

    async def _request(self, text: str) -> str:
        async with self._lock:  # one request at a time on this connection
            try:
                self._writer.write(text.encode() + b"\n")
                await self._writer.drain()
                reply = await self._reader.readline()
            except BaseException:
                # A reply may still arrive: the connection is out of step.
                self._writer.close()
                raise
        return reply.decode().rstrip("\n")

    def request(self, text: str) -> str:
        return self._bg.run(self._request(text), timeout=2.0)

    def close(self) -> None:
        async def _close() -> None:
            self._writer.close()
            await self._writer.wait_closed()

        self._bg.run(_close())


async def start_server() -> tuple[asyncio.Server, int]:
    server = await asyncio.start_server(shout, "127.0.0.1", 0)
    port: int = server.sockets[0].getsockname()[1]
    return server, port


async def stop_server(server: asyncio.Server) -> None:
    server.close()
    await server.wait_closed()


def main() -> None:
    with BackgroundLoop() as bg:
        server, port = bg.run(start_server())
        client = ShoutClient(bg, port)
        try:
            with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
                words = ["alpha", "beta", "gamma", "delta", "epsilon"]
                for word, reply in zip(words, pool.map(client.request, words)):
                    print(f"{word} -> {reply}")
        finally:
            client.close()
            bg.run(stop_server(server))
    print("threads left:", threading.active_count())


main()
