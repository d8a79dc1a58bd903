# Listing 10.2, from manuscript/ru/10-performance.md:158
import asyncio
import logging
import re
import time


class SlowSteps(logging.Handler):
    """Хранит (имя задачи, секунды) для каждого медленного шага, о котором сообщает asyncio."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.steps: list[tuple[str, float]] = []

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args
        if record.msg == "Executing %s took %.3f seconds" and isinstance(args, tuple):
            what, seconds = args[0], args[1]
            match = re.search(r"name='([^']*)'", str(what))
            if match is not None and isinstance(seconds, float):
                self.steps.append((match.group(1), seconds))


def parse_payload() -> None:
    time.sleep(0.2)  # изображает блокирующий вызов, спрятанный в библиотеке


async def handle(n: int) -> None:
    await asyncio.sleep(0.01 * n)
    if n == 3:
        parse_payload()
    await asyncio.sleep(0.01)


async def main() -> None:
    asyncio.get_running_loop().slow_callback_duration = 0.05
    async with asyncio.TaskGroup() as tg:
        for n in range(5):
            tg.create_task(handle(n), name=f"request-{n}")


collector = SlowSteps()
asyncio_logger = logging.getLogger("asyncio")
asyncio_logger.addHandler(collector)  # заодно убирает предупреждения из stderr
asyncio.run(main(), debug=True)
print("шаги дольше 0.15 с:", [name for name, s in collector.steps if s > 0.15])
