# Listing 15.20, from manuscript/ru/15-future.md:1666
import warnings

import anyio
import sniffio

# anyio 3.6 использует API, которое trio 0.22 объявляет устаревшим; глушим только это предупреждение.
warnings.filterwarnings("ignore", message="trio.MultiError is deprecated")


async def send_goodbye(log: list[str]) -> None:
    await anyio.sleep(0.05)  # короткая запись в сеть
    log.append("прощание отправлено")


async def session(shield: bool, log: list[str]) -> None:
    try:
        await anyio.sleep(1)  # настоящая работа сессии
    finally:
        # Очистка выполняется внутри отменённой области: любой await в ней
        # был бы сразу отменён, если бы её не защищала защищённая область
        # (с собственным крайним сроком).
        with anyio.move_on_after(0.5, shield=shield) as cleanup:
            await send_goodbye(log)
        if cleanup.cancel_called:
            log.append("очистка сдалась")


async def main() -> None:
    library = sniffio.current_async_library()
    for shield in [False, True]:
        log: list[str] = []
        with anyio.move_on_after(0.1):
            await session(shield, log)
        print(f"{library:7} shield={shield!s:5}: {log or ['прощание НЕ отправлено']}")


for backend in ["asyncio", "trio"]:
    anyio.run(main, backend=backend)
