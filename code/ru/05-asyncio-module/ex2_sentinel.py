# Listing 5.19, from manuscript/ru/05-asyncio-module.md:1579
import asyncio

STOP = None  # сигнальное значение: его не может быть ни у одного настоящего задания


async def worker(name: str, queue: asyncio.Queue[int | None], done: list[str]) -> None:
    while True:
        job = await queue.get()
        try:
            if job is STOP:
                print(f"{name}: останавливаюсь")
                return
            await asyncio.sleep(0.1)
            done.append(f"задание {job} выполнил {name}")
        finally:
            queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[int | None] = asyncio.Queue()
    done: list[str] = []
    names = ["w1", "w2"]
    async with asyncio.TaskGroup() as tg:
        for name in names:
            tg.create_task(worker(name, queue, done))
        for job in range(1, 5):
            await queue.put(job)
        for _ in names:
            await queue.put(STOP)  # по одному сигнальному значению на рабочего, после заданий
    print("\n".join(done))
    await queue.join()  # возвращается сразу: каждому get() соответствовал task_done()
    print("join() вернул управление: все элементы, включая сигнальные, отмечены как обработанные")


asyncio.run(main())
