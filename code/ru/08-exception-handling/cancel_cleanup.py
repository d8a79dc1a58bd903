# Listing 8.9, from manuscript/ru/08-exception-handling.md:834
import asyncio


async def process(job: int) -> None:
    await asyncio.sleep(0.01)
    if job == 2:
        raise ValueError(f"задание {job} повреждено")


async def worker(jobs: asyncio.Queue[int]) -> None:
    print("worker: подключён")
    try:
        while True:
            job = await jobs.get()
            try:
                await process(job)
                print(f"worker: задание {job} выполнено")
            except Exception as exc:  # ошибки, но никогда не отмена
                print(f"worker: задание {job} не выполнено: {exc!r}")
            finally:
                jobs.task_done()
    except asyncio.CancelledError:
        task = asyncio.current_task()
        assert task is not None
        print(f"worker: отменён (cancelling() = {task.cancelling()})")
        raise  # отмену всегда пропускаем дальше
    finally:
        await asyncio.sleep(0.01)  # например, вежливо закрываем соединение
        print("worker: отключён")


async def main() -> None:
    jobs: asyncio.Queue[int] = asyncio.Queue()
    for job in (1, 2, 3):
        jobs.put_nowait(job)
    task = asyncio.create_task(worker(jobs))
    await jobs.join()
    print("main: все задания обработаны, останавливаем worker")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        current = asyncio.current_task()
        if current is not None and current.cancelling():
            raise  # отменяют нас самих: такое глотать нельзя
    print("main: worker отменён =", task.cancelled())


asyncio.run(main())
