# Listing 15.24, from manuscript/ru/15-future.md:2135
import asyncio


class _Answered(Exception):
    def __init__(self, value: str) -> None:
        super().__init__(value)
        self.value = value


async def ask(mirror: str, delay: float) -> str:
    await asyncio.sleep(delay)
    if mirror == "broken":
        raise ConnectionError(f"{mirror}: connection refused")
    return f"индекс пакетов с зеркала {mirror}"


async def first_answer(mirrors: dict[str, float]) -> str:
    """Возвращает первый успешный ответ; падает, только если упали все зеркала."""
    if not mirrors:
        raise ValueError("no mirrors given")
    errors: list[Exception] = []
    winner: str | None = None

    async def attempt(mirror: str, delay: float) -> None:
        try:
            value = await ask(mirror, delay)
        except ConnectionError as exc:
            errors.append(exc)  # один сбой не должен завершать гонку
            return
        raise _Answered(value)

    try:
        async with asyncio.TaskGroup() as tg:
            for mirror, delay in mirrors.items():
                tg.create_task(attempt(mirror, delay))
    except* _Answered as group:
        first = group.exceptions[0]  # 'return' в except* запрещён
        assert isinstance(first, _Answered)
        winner = first.value
    if winner is None:
        raise ExceptionGroup("no mirror answered", errors)
    return winner


async def main() -> None:
    print(await first_answer({"broken": 0.05, "eu": 0.2, "us": 0.1}))
    try:
        await first_answer({"broken": 0.05})
    except* ConnectionError as group:
        print("все упали:", [str(e) for e in group.exceptions])


asyncio.run(main())
