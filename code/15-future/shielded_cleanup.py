# Listing 15.20, from manuscript/en/15-future.md:1624
import warnings

import anyio
import sniffio

# anyio 3.6 uses an API that trio 0.22 deprecates; silence only that warning.
warnings.filterwarnings("ignore", message="trio.MultiError is deprecated")


async def send_goodbye(log: list[str]) -> None:
    await anyio.sleep(0.05)  # a short network write
    log.append("goodbye sent")


async def session(shield: bool, log: list[str]) -> None:
    try:
        await anyio.sleep(1)  # the session's real work
    finally:
        # Cleanup runs inside the cancelled scope: every await in it would be
        # cancelled at once, unless a shielded scope (with its own deadline)
        # protects it.
        with anyio.move_on_after(0.5, shield=shield) as cleanup:
            await send_goodbye(log)
        if cleanup.cancel_called:
            log.append("cleanup gave up")


async def main() -> None:
    library = sniffio.current_async_library()
    for shield in [False, True]:
        log: list[str] = []
        with anyio.move_on_after(0.1):
            await session(shield, log)
        print(f"{library:7} shield={shield!s:5}: {log or ['goodbye NOT sent']}")


for backend in ["asyncio", "trio"]:
    anyio.run(main, backend=backend)
