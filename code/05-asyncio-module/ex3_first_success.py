# Listing 5.20, from manuscript/en/05-asyncio-module.md:1789
import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


async def first_success(*coros: Coroutine[Any, Any, T]) -> T:
    if not coros:
        raise ValueError("first_success() needs at least one coroutine")
    pending = {asyncio.create_task(coro) for coro in coros}
    errors: list[Exception] = []
    try:
        while pending:
            done, pending = await asyncio.wait(
                pending, return_when=asyncio.FIRST_COMPLETED
            )
            winners: list[T] = []
            fatal: BaseException | None = None
            for task in done:  # look at every finished task, so that no
                if task.cancelled():  # exception is left unretrieved
                    continue  # cancelled by someone else: skip it
                exc = task.exception()
                if exc is None:
                    winners.append(task.result())
                elif isinstance(exc, Exception):
                    errors.append(exc)
                else:
                    fatal = exc  # KeyboardInterrupt and the like are not failures
            if fatal is not None:
                raise fatal
            if winners:
                return winners[0]
        if not errors:  # every attempt was cancelled by someone else
            raise asyncio.CancelledError()
        raise ExceptionGroup("every attempt failed", errors)
    finally:
        for task in pending:  # also runs if we are cancelled ourselves
            task.cancel()
        if pending:
            await asyncio.wait(pending)


async def lookup(server: str, delay: float, answer: str | None) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {server}: cancelled")
        raise
    if answer is None:
        raise ConnectionError(f"{server} is down")
    print(f"  {server}: answered")
    return f"{answer} (from {server})"


async def main() -> None:
    print("first try:")
    result = await first_success(
        lookup("dns-a", 0.1, None),
        lookup("dns-b", 0.2, "10.0.0.7"),
        lookup("dns-c", 0.4, "10.0.0.7"),
    )
    print("result:", result)

    print("second try:")
    try:
        await first_success(lookup("dns-a", 0.1, None), lookup("dns-b", 0.3, None))
    except* ConnectionError as group:
        print("all failed:", [str(exc) for exc in group.exceptions])

    print("third try, a failure and a success at the same moment:")
    result = await first_success(
        lookup("dns-a", 0.1, None),
        lookup("dns-b", 0.1, "10.0.0.7"),
    )
    print("result:", result)


asyncio.run(main())
