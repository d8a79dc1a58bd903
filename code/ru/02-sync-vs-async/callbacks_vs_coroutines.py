# Listing 2.8, from manuscript/ru/02-sync-vs-async.md:862
import asyncio
from collections.abc import Callable


def fetch_with_callbacks(name: str, on_done: Callable[[str], None]) -> None:
    loop = asyncio.get_running_loop()

    def on_connected() -> None:
        print(f"{name}: подключились")
        loop.call_later(0.05, on_sent)

    def on_sent() -> None:
        print(f"{name}: запрос отправлен")
        loop.call_later(0.05, on_reply, f"{name} data")

    def on_reply(data: str) -> None:
        print(f"{name}: ответ получен")
        on_done(data.upper())

    loop.call_later(0.05, on_connected)  # делаем вид, что подключение занимает 50 мс


async def fetch_with_coroutine(name: str) -> str:
    await asyncio.sleep(0.05)
    print(f"{name}: подключились")
    await asyncio.sleep(0.05)
    print(f"{name}: запрос отправлен")
    await asyncio.sleep(0.05)
    data = f"{name} data"
    print(f"{name}: ответ получен")
    return data.upper()


async def main() -> None:
    done: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    fetch_with_callbacks("callbacks", done.set_result)
    print(await done)
    print(await fetch_with_coroutine("coroutine"))


asyncio.run(main())
