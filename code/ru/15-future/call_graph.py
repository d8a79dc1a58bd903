# Listing 15.16, from manuscript/ru/15-future.md:1198
import asyncio
import os
from collections.abc import Coroutine, Generator
from typing import Any

creators: dict[asyncio.Task[Any], asyncio.Task[Any] | None] = {}


def recording_factory(
    loop: asyncio.AbstractEventLoop,
    coro: Generator[Any, None, Any] | Coroutine[Any, Any, Any],
    **kwargs: Any,  # context=, а с 3.14 ещё name= и eager_start=
) -> asyncio.Task[Any]:
    """Фабрика задач, запоминающая, какая задача создала каждую новую."""
    task = asyncio.Task(coro, loop=loop, **kwargs)
    creators[task] = asyncio.current_task(loop)
    return task


def coroutine_stack(task: asyncio.Task[Any]) -> list[str]:
    """Идём по cr_await от корутины задачи вниз, до места ожидания."""
    entries: list[str] = []
    current: Any = task.get_coro()
    while current is not None and hasattr(current, "cr_frame"):
        frame = current.cr_frame
        if frame is None:  # корутина завершилась
            break
        where = os.path.basename(frame.f_code.co_filename)
        if where == os.path.basename(__file__):
            where += f":{frame.f_lineno}"
        entries.append(f"{frame.f_code.co_qualname} ({where})")
        current = current.cr_await
    return entries


def print_graph(task: asyncio.Task[Any], indent: str = "") -> None:
    print(f"{indent}* задача {task.get_name()!r}")
    for entry in coroutine_stack(task):
        print(f"{indent}  | {entry}")
    children = [t for t, creator in creators.items() if creator is task and not t.done()]
    for child in sorted(children, key=lambda t: t.get_name()):
        print_graph(child, indent + "    ")


async def play(track: str) -> None:
    await asyncio.sleep(0.5)


async def album(tracks: list[str]) -> None:
    async with asyncio.TaskGroup() as tg:
        for track in tracks:
            tg.create_task(play(track), name=track)


async def inspector(root: asyncio.Task[Any]) -> None:
    await asyncio.sleep(0.1)  # даём всем дойти до первого await
    print_graph(root)


async def main() -> None:
    asyncio.get_running_loop().set_task_factory(recording_factory)
    root = asyncio.current_task()
    assert root is not None
    root.set_name("main")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(album(["intro", "outro"]), name="album")
        tg.create_task(inspector(root), name="inspector")


asyncio.run(main())
