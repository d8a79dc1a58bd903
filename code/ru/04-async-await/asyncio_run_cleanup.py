# Listing 4.5, from manuscript/ru/04-async-await.md:387
import asyncio


async def reporter() -> None:
    print("reporter: запущен")
    try:
        await asyncio.sleep(0.5)
        print("reporter: завершён")
    except asyncio.CancelledError:
        print("reporter: отменён, навожу порядок")
        raise


async def main() -> asyncio.Task[None]:
    task = asyncio.create_task(reporter())
    await asyncio.sleep(0)  # даём reporter возможность стартовать
    print("main: возвращаю управление")
    return task


task = asyncio.run(main())
print("снова в синхронном коде; задача отменена:", task.cancelled())
