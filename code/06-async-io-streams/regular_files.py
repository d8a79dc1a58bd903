# Listing 6.9, from manuscript/en/06-async-io-streams.md:1029
import asyncio
import os
import select


async def main() -> None:
    with open("notes.txt", "w") as f:
        f.write("some text\n")

    with open("notes.txt", "rb") as f:
        readable, _, _ = select.select([f], [], [], 0)
        print("select() says the file is readable:", readable == [f])
        loop = asyncio.get_running_loop()
        try:
            loop.add_reader(f.fileno(), print, "data!")
        except PermissionError as exc:
            print("add_reader() refuses the file:", exc)
    os.remove("notes.txt")


asyncio.run(main())
