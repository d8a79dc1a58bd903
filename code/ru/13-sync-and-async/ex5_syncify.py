# Listing 13.17, from manuscript/ru/13-sync-and-async.md:1809
import asyncio
import functools
import threading
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

_loop = asyncio.new_event_loop()
_thread = threading.Thread(target=_loop.run_forever, name="syncify-loop")
_thread.start()


def shutdown() -> None:
    _loop.call_soon_threadsafe(_loop.stop)
    _thread.join()
    _loop.close()


def syncify(func: Callable[P, Coroutine[Any, Any, T]]) -> Callable[P, T]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        future = asyncio.run_coroutine_threadsafe(func(*args, **kwargs), _loop)
        return future.result()

    return wrapper


@syncify
async def fetch_user(user_id: int, *, verbose: bool = False) -> str:
    await asyncio.sleep(0.01)  # вызов асинхронного клиента
    name = f"user-{user_id}"
    if verbose:
        name += f" (обслужен потоком {threading.current_thread().name})"
    return name


try:
    print(fetch_user(1))
    print(fetch_user(2, verbose=True))
finally:
    shutdown()
print("цикл закрыт:", _loop.is_closed())
