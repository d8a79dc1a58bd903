# Listing 9.18, from manuscript/ru/09-testing.md:2070
import asyncio
import subprocess
import sys
from collections.abc import Awaitable, Callable
from unittest.mock import AsyncMock, call

Send = Callable[[str, str], Awaitable[None]]


async def notify_all(send: Send, users: list[str], message: str) -> list[str]:
    failed: list[str] = []

    async def one(user: str) -> None:
        try:
            await send(user, message)
        except ConnectionError:
            failed.append(user)

    async with asyncio.TaskGroup() as tg:
        for user in users:
            tg.create_task(one(user))
    return sorted(failed)


async def test_one_failure_does_not_stop_the_others() -> None:
    async def fake_send(user: str, message: str) -> None:
        await asyncio.sleep(0)
        if user == "bob":
            raise ConnectionError("почтовый ящик переполнен")

    send = AsyncMock(side_effect=fake_send)
    users = ["ann", "bob", "cy"]
    assert await notify_all(send, users, "hi") == ["bob"]
    send.assert_has_awaits([call(u, "hi") for u in users], any_order=True)
    assert send.await_count == 3


async def test_nobody_to_notify() -> None:
    send = AsyncMock()
    assert await notify_all(send, [], "hi") == []
    send.assert_not_awaited()


if __name__ == "__main__":
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "--asyncio-mode=auto", __file__]
    )
