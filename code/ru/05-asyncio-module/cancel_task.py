# Listing 5.10, from manuscript/ru/05-asyncio-module.md:744
import asyncio


async def sync_files() -> None:
    print("sync: открываю соединение")
    try:
        for n in range(1, 10):
            await asyncio.sleep(0.2)
            print(f"sync: файл {n} скопирован")
    except asyncio.CancelledError:
        print("sync: запрошена отмена")
        raise  # пусть задача завершится как отменённая
    finally:
        print("sync: соединение закрыто")


async def main() -> None:
    task = asyncio.create_task(sync_files())
    await asyncio.sleep(0.5)
    print("main: cancel() вернул", task.cancel())
    print("main: уже отменена?", task.cancelled())
    try:
        await task
    except asyncio.CancelledError:
        current = asyncio.current_task()
        if current is not None and current.cancelling():
            raise  # отменяют саму main: это проглатывать нельзя
        print("main: задачи больше нет; отменена?", task.cancelled())


asyncio.run(main())
