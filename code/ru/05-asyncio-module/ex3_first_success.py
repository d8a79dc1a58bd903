# Listing 5.20, from manuscript/ru/05-asyncio-module.md:1637
import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


async def first_success(*coros: Coroutine[Any, Any, T]) -> T:
    if not coros:
        raise ValueError("first_success() нужна хотя бы одна корутина")
    pending = {asyncio.create_task(coro) for coro in coros}
    errors: list[Exception] = []
    try:
        while pending:
            done, pending = await asyncio.wait(
                pending, return_when=asyncio.FIRST_COMPLETED
            )
            winners: list[T] = []
            fatal: BaseException | None = None
            for task in done:  # смотрим каждую завершённую задачу, чтобы ни одно
                if task.cancelled():  # исключение не осталось незабранным
                    continue  # задачу отменил кто-то другой: пропускаем
                exc = task.exception()
                if exc is None:
                    winners.append(task.result())
                elif isinstance(exc, Exception):
                    errors.append(exc)
                else:
                    fatal = exc  # KeyboardInterrupt и подобные — не сбои
            if fatal is not None:
                raise fatal
            if winners:
                return winners[0]
        if not errors:  # все попытки отменил кто-то другой
            raise asyncio.CancelledError()
        raise ExceptionGroup("все попытки завершились сбоем", errors)
    finally:
        for task in pending:  # выполняется, даже если отменяют нас самих
            task.cancel()
        if pending:
            await asyncio.wait(pending)


async def lookup(server: str, delay: float, answer: str | None) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {server}: запрос отменён")
        raise
    if answer is None:
        raise ConnectionError(f"{server} недоступен")
    print(f"  {server}: ответил")
    return f"{answer} (от {server})"


async def main() -> None:
    print("первая попытка:")
    result = await first_success(
        lookup("dns-a", 0.1, None),
        lookup("dns-b", 0.2, "10.0.0.7"),
        lookup("dns-c", 0.4, "10.0.0.7"),
    )
    print("результат:", result)

    print("вторая попытка:")
    try:
        await first_success(lookup("dns-a", 0.1, None), lookup("dns-b", 0.3, None))
    except* ConnectionError as group:
        print("все завершились сбоем:", [str(exc) for exc in group.exceptions])

    print("третья попытка, сбой и успех в один и тот же момент:")
    result = await first_success(
        lookup("dns-a", 0.1, None),
        lookup("dns-b", 0.1, "10.0.0.7"),
    )
    print("результат:", result)


asyncio.run(main())
