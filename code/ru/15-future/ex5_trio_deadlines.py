# Listing 15.26, from manuscript/ru/15-future.md:2263
# pyright: reportMissingTypeStubs=false, reportUnknownMemberType=false
import trio


async def job(name: str, delay: float, finished: dict[str, bool]) -> None:
    with trio.move_on_after(0.15) as scope:  # у каждого задания свой крайний срок
        await trio.sleep(delay)
    finished[name] = not scope.cancelled_caught


async def main() -> None:
    finished: dict[str, bool] = {}
    async with trio.open_nursery() as nursery:
        for name, delay in [("small", 0.05), ("large", 0.4), ("medium", 0.1)]:
            nursery.start_soon(job, name, delay, finished)
    for name in sorted(finished):
        print(f"{name:6}: {'завершилось' if finished[name] else 'сдалось через 0,15 с'}")


trio.run(main)
