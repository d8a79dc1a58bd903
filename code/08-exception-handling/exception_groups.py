# Listing 8.6, from manuscript/en/08-exception-handling.md:465
def check_config(config: dict[str, str]) -> None:
    problems: list[Exception] = []
    if "host" not in config:
        problems.append(KeyError("host"))
    for key in ("port", "retries"):
        if not config.get(key, "").isdigit():
            problems.append(ValueError(f"{key} must be a number: {config.get(key)!r}"))
    if "proxy" in config:
        problems.append(NotImplementedError("proxies are not supported"))
    if problems:
        raise ExceptionGroup("invalid configuration", problems)


config = {"port": "80a", "retries": "3x", "proxy": "squid:3128"}

try:
    check_config(config)
except ExceptionGroup as group:
    print(f"{group.message!r}: {len(group.exceptions)} problems")
    values, rest = group.split(ValueError)
    print("values:", repr(values))
    print("rest:  ", repr(rest))

print()
try:
    try:
        check_config(config)
    except* KeyError as group:
        print("missing:", [str(e) for e in group.exceptions])
    except* ValueError as group:
        print("invalid:", [str(e) for e in group.exceptions])
except ExceptionGroup as leftover:
    print("not handled:", repr(leftover))

print()
try:
    raise TimeoutError("a single, ungrouped exception")
except* OSError as group:
    print("wrapped:", repr(group))
