# Listing 9.6, from manuscript/ru/09-testing.md:626
import asyncio
from unittest.mock import AsyncMock, create_autospec


class Mailer:
    async def send(self, to: str, body: str) -> bool:
        raise NotImplementedError("обращается к настоящему почтовому серверу")


async def main() -> None:
    send = AsyncMock(return_value=True)
    coro = send("ann@example.com", body="hi")  # вызван, но ещё не ожидался
    print("вызовов:", send.call_count, "ожиданий:", send.await_count)
    try:
        send.assert_awaited_once()
    except AssertionError as exc:
        print("assert_awaited_once:", exc)
    print("результат:", await coro)
    print("вызовов:", send.call_count, "ожиданий:", send.await_count)
    send.assert_awaited_once_with("ann@example.com", body="hi")

    # side_effect — исключение: каждое ожидание выбрасывает его.
    send.side_effect = ConnectionError("почтовый сервер недоступен")
    try:
        await send("bob@example.com", body="hi")
    except ConnectionError as exc:
        print("выброшено:", repr(exc))

    # side_effect — итерируемый объект: по элементу на ожидание; исключения выбрасываются.
    send.side_effect = [True, ConnectionError("сбой"), False]
    for _ in range(4):
        try:
            print("возвращено:", await send("cy@example.com", body="hi"))
        except Exception as exc:
            print("выброшено:", repr(exc))

    # side_effect — асинхронная функция: её ожидают с теми же аргументами.
    async def only_org(to: str, body: str) -> bool:
        await asyncio.sleep(0)
        return to.endswith(".org")

    send.side_effect = only_org
    print("возвращено:", await send("dee@example.org", body="hi"))
    print("всего ожиданий:", send.await_count)

    # Autospec копирует настоящие сигнатуры, а async-методы становятся AsyncMock.
    mailer = create_autospec(Mailer, instance=True)
    print("тип mailer.send:", type(mailer.send).__name__)
    try:
        await mailer.send("eve@example.com")  # не хватает 'body'
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
