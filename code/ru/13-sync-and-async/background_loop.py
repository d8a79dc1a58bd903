# Listing 13.8, from manuscript/ru/13-sync-and-async.md:776
import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class BackgroundLoop:
    """Цикл событий в собственном потоке для синхронного вызывающего кода."""

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
        # Возврат позволяет asyncio.run отменить оставшиеся задачи, завершить
        # асинхронные генераторы, остановить исполнитель по умолчанию и закрыть цикл.

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        if self._loop is None or self._closed:
            coro.close()  # чтобы не было предупреждения «never awaited»
            raise RuntimeError("фоновый цикл не запущен")
        if threading.current_thread() is self._thread:
            coro.close()
            raise RuntimeError("submit() вызван из собственного потока цикла")
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
    """Синхронный клиент, соединение которого живёт в фоновом цикле."""

    def __init__(self, background: BackgroundLoop, port: int) -> None:
        self._bg = background
        self._reader, self._writer = background.run(
            asyncio.open_connection("127.0.0.1", port)
        )
        self._lock = asyncio.Lock()  # привязывается к циклу при первом использовании

    async def _request(self, text: str) -> str:
        async with self._lock:  # по одному запросу за раз на этом соединении
            try:
                self._writer.write(text.encode() + b"\n")
                await self._writer.drain()
                reply = await self._reader.readline()
            except BaseException:
                # Ответ ещё может прийти: соединение рассинхронизировано.
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
    print("осталось потоков:", threading.active_count())


main()
