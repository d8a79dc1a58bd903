# Listing 6.9, from manuscript/ru/06-async-io-streams.md:1064
import asyncio
import os
import select


async def main() -> None:
    with open("notes.txt", "w") as f:
        f.write("some text\n")

    with open("notes.txt", "rb") as f:
        readable, _, _ = select.select([f], [], [], 0)
        print("по мнению select(), файл готов к чтению:", readable == [f])
        loop = asyncio.get_running_loop()
        try:
            loop.add_reader(f.fileno(), print, "данные!")
        except PermissionError as exc:
            print("add_reader() не принимает файл:", exc)
    os.remove("notes.txt")


asyncio.run(main())
