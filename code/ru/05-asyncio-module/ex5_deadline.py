# Listing 5.22, from manuscript/ru/05-asyncio-module.md:1802
import asyncio


async def check(host: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return host


async def main() -> None:
    hosts = {"alpha": 0.4, "beta": 0.05, "gamma": 0.5, "delta": 0.1}
    tasks = [asyncio.create_task(check(host, delay)) for host, delay in hosts.items()]
    try:
        for next_done in asyncio.as_completed(tasks, timeout=0.3):
            print("отвечает:", await next_done)
    except TimeoutError:
        print("крайний срок истёк")
    finally:
        for task in tasks:
            task.cancel()  # на уже завершённые задачи не влияет
        await asyncio.gather(*tasks, return_exceptions=True)
    silent = [host for host, task in zip(hosts, tasks) if task.cancelled()]
    print("нет ответа от:", ", ".join(silent))


asyncio.run(main())
