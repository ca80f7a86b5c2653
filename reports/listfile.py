"""Benchmark list files (`mlirrl eval --list`): one id per line, `#` starts a comment."""


def read_ids(path):
    """The ids of the list file at path, in order; OSError when it cannot be read."""
    with open(path, encoding="utf-8") as f:
        ids = [line.split("#", 1)[0].strip() for line in f]
    return [i for i in ids if i]
