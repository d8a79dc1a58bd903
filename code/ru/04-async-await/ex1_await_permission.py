# Listing 4.16, from manuscript/ru/04-async-await.md:1136
import asyncio


async def is_allowed(user: str) -> bool:
    await asyncio.sleep(0.01)
    return user == "admin"


async def main() -> None:
    for user in ("admin", "mallory"):
        if await is_allowed(user):
            print(f"{user}: доступ разрешён")
        else:
            print(f"{user}: доступ запрещён")


asyncio.run(main())
