# Listing 9.7, from manuscript/ru/09-testing.md:731
import asyncio
import subprocess
import sys
from collections.abc import Awaitable, Callable
from unittest.mock import AsyncMock, call

import pytest

Fetch = Callable[[str], Awaitable[bytes]]
Sleep = Callable[[float], Awaitable[None]]


async def fetch_with_retry(
    fetch: Fetch,
    url: str,
    *,
    attempts: int = 3,
    base_delay: float = 1.0,
    sleep: Sleep = asyncio.sleep,
) -> bytes:
    for attempt in range(attempts):
        try:
            return await fetch(url)
        except ConnectionError:
            if attempt == attempts - 1:
                raise
            await sleep(base_delay * 2**attempt)
    raise ValueError("attempts должно быть не меньше 1")


async def test_succeeds_on_third_attempt() -> None:
    fetch = AsyncMock(side_effect=[ConnectionError(), ConnectionError(), b"data"])
    sleep = AsyncMock()
    assert await fetch_with_retry(fetch, "/a", sleep=sleep) == b"data"
    assert fetch.await_args_list == [call("/a")] * 3
    assert sleep.await_args_list == [call(1.0), call(2.0)]


async def test_gives_up_and_reraises() -> None:
    fetch = AsyncMock(side_effect=ConnectionError("в соединении отказано"))
    sleep = AsyncMock()
    with pytest.raises(ConnectionError, match="отказано"):
        await fetch_with_retry(fetch, "/b", sleep=sleep)
    assert fetch.await_count == 3
    assert sleep.await_count == 2  # никакого бессмысленного сна после последней попытки


async def test_other_errors_are_not_retried() -> None:
    fetch = AsyncMock(side_effect=ValueError("плохой URL"))
    sleep = AsyncMock()
    with pytest.raises(ValueError):
        await fetch_with_retry(fetch, "/c", sleep=sleep)
    fetch.assert_awaited_once_with("/c")
    sleep.assert_not_awaited()


if __name__ == "__main__":
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "--asyncio-mode=auto", __file__]
    )
