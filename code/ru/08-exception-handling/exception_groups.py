# Listing 8.6, from manuscript/ru/08-exception-handling.md:474
def check_config(config: dict[str, str]) -> None:
    problems: list[Exception] = []
    if "host" not in config:
        problems.append(KeyError("host"))
    for key in ("port", "retries"):
        if not config.get(key, "").isdigit():
            problems.append(ValueError(f"{key}: нужно число, а не {config.get(key)!r}"))
    if "proxy" in config:
        problems.append(NotImplementedError("прокси не поддерживаются"))
    if problems:
        raise ExceptionGroup("неверная конфигурация", problems)


config = {"port": "80a", "retries": "3x", "proxy": "squid:3128"}

try:
    check_config(config)
except ExceptionGroup as group:
    print(f"{group.message!r}, проблем: {len(group.exceptions)}")
    values, rest = group.split(ValueError)
    print("ValueError:", repr(values))
    print("остальное: ", repr(rest))

print()
try:
    try:
        check_config(config)
    except* KeyError as group:
        print("не хватает:", [str(e) for e in group.exceptions])
    except* ValueError as group:
        print("неверно:", [str(e) for e in group.exceptions])
except ExceptionGroup as leftover:
    print("не обработано:", repr(leftover))

print()
try:
    raise TimeoutError("одиночное исключение вне группы")
except* OSError as group:
    print("обёрнуто:", repr(group))
