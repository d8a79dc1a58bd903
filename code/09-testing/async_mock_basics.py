# Listing 9.6, from manuscript/en/09-testing.md:616
import asyncio
from unittest.mock import AsyncMock, create_autospec


class Mailer:
    async def send(self, to: str, body: str) -> bool:
        raise NotImplementedError("talks to a real mail server")


async def main() -> None:
    send = AsyncMock(return_value=True)
    coro = send("ann@example.com", body="hi")  # called, not yet awaited
    print("calls:", send.call_count, "awaits:", send.await_count)
    try:
        send.assert_awaited_once()
    except AssertionError as exc:
        print("assert_awaited_once:", exc)
    print("result:", await coro)
    print("calls:", send.call_count, "awaits:", send.await_count)
    send.assert_awaited_once_with("ann@example.com", body="hi")

    # side_effect as an exception: every await raises it.
    send.side_effect = ConnectionError("mail server down")
    try:
        await send("bob@example.com", body="hi")
    except ConnectionError as exc:
        print("raised:", repr(exc))

    # side_effect as an iterable: one item per await; exceptions are raised.
    send.side_effect = [True, ConnectionError("flaky"), False]
    for _ in range(4):
        try:
            print("returned:", await send("cy@example.com", body="hi"))
        except Exception as exc:
            print("raised:", repr(exc))

    # side_effect as an async function: awaited with the same arguments.
    async def only_org(to: str, body: str) -> bool:
        await asyncio.sleep(0)
        return to.endswith(".org")

    send.side_effect = only_org
    print("returned:", await send("dee@example.org", body="hi"))
    print("awaits in total:", send.await_count)

    # An autospec copies the real signatures, and async methods become AsyncMocks.
    mailer = create_autospec(Mailer, instance=True)
    print("type of mailer.send:", type(mailer.send).__name__)
    try:
        await mailer.send("eve@example.com")  # 'body' is missing
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
