# Listing 3.3, from manuscript/en/03-python-basics.md:257
import dis

counter = 0


def increment() -> None:
    global counter
    counter += 1


dis.dis(increment)
