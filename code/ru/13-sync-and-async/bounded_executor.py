# Listing 13.2, from manuscript/ru/13-sync-and-async.md:180
import asyncio
import functools
import time
from concurrent.futures import ThreadPoolExecutor


def legacy_query(sql: str, *, timeout: float) -> str:
    """Блокирующий драйвер базы данных: не больше двух соединений."""
    time.sleep(0.2)
    return f"строки для {sql!r}"


class LegacyDatabase:
    def __init__(self, connections: int, wait_limit: float) -> None:
        self._executor = ThreadPoolExecutor(
            max_workers=connections, thread_name_prefix="legacy-db"
        )
        self._slots = asyncio.Semaphore(connections)
        self._wait_limit = wait_limit

    async def query(self, sql: str) -> str:
        try:
            async with asyncio.timeout(self._wait_limit):
                await self._slots.acquire()
        except TimeoutError:
            raise RuntimeError("база данных занята, повторите позже") from None
        loop = asyncio.get_running_loop()
        call = functools.partial(legacy_query, sql, timeout=5.0)
        try:
            future = loop.run_in_executor(self._executor, call)
        except BaseException:
            self._slots.release()
            raise
        # Место освобождается, когда поток закончил, а не когда мы перестали ждать.
        future.add_done_callback(lambda _: self._slots.release())
        return await asyncio.shield(future)

    async def aclose(self) -> None:
        # shutdown(wait=True) блокирует, пока идут вызовы: не в цикле!
        await asyncio.to_thread(self._executor.shutdown, wait=True)


async def handle(db: LegacyDatabase, n: int) -> str:
    try:
        return await db.query(f"SELECT {n}")
    except RuntimeError as exc:
        return str(exc)


async def main() -> None:
    db = LegacyDatabase(connections=2, wait_limit=0.3)
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(handle(db, n)) for n in range(6)]
    finally:
        await db.aclose()
    for n, task in enumerate(tasks):
        print(f"запрос {n}: {task.result()}")


asyncio.run(main())
