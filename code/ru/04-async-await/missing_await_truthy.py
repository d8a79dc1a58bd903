# Listing 4.11, from manuscript/ru/04-async-await.md:712
import asyncio


async def is_allowed(user: str) -> bool:
    await asyncio.sleep(0.01)  # изображает проверку прав доступа
    return user == "admin"


async def main() -> None:
    for user in ("admin", "mallory"):
        if is_allowed(user):  # pyright: ignore[reportUnnecessaryComparison]
            print(f"{user}: доступ разрешён")
        else:
            print(f"{user}: доступ запрещён")


asyncio.run(main())
