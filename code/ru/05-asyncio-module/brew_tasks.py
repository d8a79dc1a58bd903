# Listing 5.2, from manuscript/ru/05-asyncio-module.md:175
import asyncio
import time


async def brew(drink: str, seconds: float) -> str:
    print(f"{drink}: начинаем заваривать")
    await asyncio.sleep(seconds)
    print(f"{drink}: заварился")
    return f"{drink} готов"


async def main() -> None:
    start = time.perf_counter()
    tea = asyncio.create_task(brew("чай", 0.4), name="tea")
    coffee = asyncio.create_task(brew("кофе", 0.2), name="coffee")
    print("main: две задачи созданы; чай готов?", tea.done())
    await asyncio.sleep(0)  # отдаём управление циклу на один круг
    print("main: после одного круга чай готов?", tea.done())
    print("main:", await tea)
    print("main: кофе готов?", coffee.done())
    print("main:", await coffee)  # уже завершена, ждать не придётся
    elapsed = time.perf_counter() - start
    print("main: заняло меньше 0.4 + 0.2 с:", elapsed < 0.6)


asyncio.run(main())
