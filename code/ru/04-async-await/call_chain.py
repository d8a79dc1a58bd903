# Listing 4.7, from manuscript/ru/04-async-await.md:493
import asyncio

USERS = {1: "ada", 2: "grace"}


class NotFound(Exception):
    pass


async def query(user_id: int) -> str:
    await asyncio.sleep(0.01)  # изображает обращение к базе данных
    try:
        return USERS[user_id]
    except KeyError:
        raise NotFound(f"пользователь {user_id}") from None


async def fetch_avatar(name: str) -> str:
    await asyncio.sleep(0.01)  # изображает HTTP-запрос
    return f"https://avatars.example/{name}.png"


async def load_profile(user_id: int) -> dict[str, str]:
    name = await query(user_id)
    avatar = await fetch_avatar(name)
    return {"name": name, "avatar": avatar}


async def main() -> None:
    for user_id in (1, 3):
        try:
            profile = await load_profile(user_id)
        except NotFound as exc:
            print("не найден:", exc)
        else:
            print("профиль:", profile)


asyncio.run(main())
