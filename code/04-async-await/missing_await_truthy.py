# Listing 4.11, from manuscript/en/04-async-await.md:780
import asyncio


async def is_allowed(user: str) -> bool:
    await asyncio.sleep(0.01)  # stands in for a permission lookup
    return user == "admin"


async def main() -> None:
    for user in ("admin", "mallory"):
        if is_allowed(user):  # pyright: ignore[reportUnnecessaryComparison]
            print(f"{user}: access granted")
        else:
            print(f"{user}: access denied")


asyncio.run(main())
