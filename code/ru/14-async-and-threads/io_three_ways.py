# Listing 14.1, from manuscript/ru/14-async-and-threads.md:78
import asyncio
import multiprocessing
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

DELAY = 0.1  # столько каждый запрос ждёт на сервере
REQUESTS = 40


class SlowServer:
    """Сервер asyncio в фоновом потоке, со своим циклом событий.

    Каждый запрос ждёт DELAY секунд, затем отвечает числом запросов,
    которые сервер обрабатывал в момент прихода этого запроса.
    """

    def __init__(self) -> None:
        self.port = 0
        self._in_flight = 0
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run)

    def __enter__(self) -> "SlowServer":
        self._thread.start()
        self._ready.wait()
        if self._error is not None:  # сервер так и не начал слушать порт
            self._thread.join()
            raise RuntimeError("сервер не запустился") from self._error
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self._loop is not None and self._stop is not None
        self._loop.call_soon_threadsafe(self._stop.set)  # из другого потока
        self._thread.join()

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:
            self._error = exc
        finally:
            self._ready.set()  # __enter__ не должен ждать вечно

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        async with server:
            self.port = server.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stop.wait()

    async def _handle(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        try:
            await reader.readline()
            self._in_flight += 1
            seen = self._in_flight
            await asyncio.sleep(DELAY)
            self._in_flight -= 1
            writer.write(f"{seen}\n".encode())
            await writer.drain()
        finally:
            writer.close()
            await writer.wait_closed()

def blocking_request(port: int) -> int:
    """Один запрос через обычный блокирующий сокет."""
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(b"go\n")
        reply = b""
        while not reply.endswith(b"\n") and len(reply) < 64:
            chunk = sock.recv(64)
            if not chunk:
                break
            reply += chunk
    return int(reply)


async def async_request(port: int) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(b"go\n")
        await writer.drain()
        return int(await reader.readline())
    finally:
        writer.close()
        await writer.wait_closed()


async def all_with_asyncio(port: int) -> list[int]:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(async_request(port)) for _ in range(REQUESTS)]
    return [t.result() for t in tasks]


def all_in_pool(make_pool: Callable[[], Executor], port: int) -> list[int]:
    with make_pool() as pool:
        return list(pool.map(blocking_request, [port] * REQUESTS))


def report(name: str, run: Callable[[], list[int]]) -> float:
    start = time.perf_counter()
    answers = run()
    elapsed = time.perf_counter() - start
    print(f"{name:<21} {elapsed:.2f} с, пик одновременных запросов {max(answers)}")
    return elapsed


if __name__ == "__main__":
    spawn = multiprocessing.get_context("spawn")
    with SlowServer() as server:
        port = server.port
        report("asyncio, один поток:", lambda: asyncio.run(all_with_asyncio(port)))
        threads = report(
            "10 потоков:", lambda: all_in_pool(lambda: ThreadPoolExecutor(10), port)
        )
        processes = report(
            "4 процесса:",
            lambda: all_in_pool(lambda: ProcessPoolExecutor(4, mp_context=spawn), port),
        )
    print("потокам понадобилось 4 раунда ожидания:", threads >= 4 * DELAY)
    print("процессам понадобилось 10 раундов ожидания:", processes >= 10 * DELAY)
