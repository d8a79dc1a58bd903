# Listing 12.11, from manuscript/ru/12-advanced-topics.md:1213
import asyncio
import contextvars
import logging
import sys

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    """Копирует идентификатор текущего запроса в каждую запись журнала."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(RequestIdFilter())
handler.setFormatter(logging.Formatter("[%(request_id)s] %(name)s: %(message)s"))
logging.basicConfig(level=logging.INFO, handlers=[handler])

db_log = logging.getLogger("db")
app_log = logging.getLogger("app")


async def query(sql: str, delay: float) -> int:
    db_log.info("выполняю %s", sql)  # идентификатор не передан, но попадает в журнал
    await asyncio.sleep(delay)
    return 1


async def handle(rid: str, delay: float) -> None:
    request_id.set(rid)  # только в контексте этой задачи
    app_log.info("запрос начат")
    async with asyncio.TaskGroup() as tg:  # подзадачи наследуют идентификатор
        tg.create_task(query("SELECT user", delay))
        tg.create_task(query("SELECT orders", 2 * delay))
    app_log.info("запрос обработан")


async def main() -> None:
    app_log.info("сервер запускается")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handle("req-1", 0.02))
        tg.create_task(handle("req-2", 0.1))
    app_log.info("сервер простаивает")


asyncio.run(main())
