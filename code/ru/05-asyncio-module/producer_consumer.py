# Listing 5.12, from manuscript/ru/05-asyncio-module.md:913
import asyncio
import time


async def producer(queue: asyncio.Queue[int], count: int) -> int:
    largest = 0
    for n in range(1, count + 1):
        await queue.put(n)  # ждёт, пока очередь заполнена
        largest = max(largest, queue.qsize())
    print(f"producer: изображений поставлено в очередь: {count}")
    return largest


async def worker(name: str, queue: asyncio.Queue[int], results: list[str]) -> None:
    while True:
        image = await queue.get()  # ждёт, пока очередь пуста
        try:
            await asyncio.sleep(0.1)  # делаем вид, что меняем размер изображения
            results.append(f"изображение {image}: размер изменил {name}")
        finally:
            queue.task_done()  # ровно один task_done() на каждый get()


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
    results: list[str] = []
    start = time.perf_counter()
    workers = [
        asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(1, 4)
    ]
    largest = await producer(queue, 6)
    await queue.join()  # возвращается, когда каждый элемент отмечен как обработанный
    elapsed = time.perf_counter() - start
    for task in workers:
        task.cancel()  # рабочие крутятся в бесконечном цикле: останавливаем их
    await asyncio.gather(*workers, return_exceptions=True)
    print("\n".join(results))
    print("наибольший размер очереди:", largest)
    print("6 заданий по 0.1 с, 3 рабочих: быстрее, чем один рабочий (0.6 с):", elapsed < 0.6)


asyncio.run(main())
