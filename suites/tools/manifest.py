"""Suite manifests: file hashing, op counting, the suite version, writing and reading.

A manifest is `suites/<suite>/manifest.json`:

    {"suite": ..., "version": "1.0.0+<hash12>", "generator": ..., "benchmarks": [entry, ...]}

Each entry has, in this order: id, file (relative to the suite folder), sha256, split
(train/validation/test), scale, element_type, flops (int or null), ops (count per Linalg op
name in the file), provenance ({"generator": ..., "params": {...}}).

The version suffix is the first 12 hex digits of the sha256 of the text made of one line
"<file> <sha256>\\n" per benchmark, sorted by file: it changes exactly when a file changes,
appears or disappears.
"""

import hashlib
import json
import os
import re
from collections import Counter

SCHEMA_VERSION = "1.0.0"
SPLITS = ("train", "validation", "test")
ENTRY_KEYS = ("id", "file", "sha256", "split", "scale", "element_type", "flops", "ops",
              "provenance")

_OP_RE = re.compile(r"=\s*(linalg\.[a-z0-9_]+)")


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


_BODY_ONLY = {"linalg.index", "linalg.yield"}  # ops inside a region, not loop nests


def count_ops(text):
    """Linalg ops in a payload (the ops the environment visits), by name, sorted."""
    ops = Counter(op for op in _OP_RE.findall(text) if op not in _BODY_ONLY)
    return dict(sorted(ops.items()))


def suite_version(entries):
    lines = "".join("%s %s\n" % (e["file"], e["sha256"])
                    for e in sorted(entries, key=lambda e: e["file"]))
    return "%s+%s" % (SCHEMA_VERSION, hashlib.sha256(lines.encode()).hexdigest()[:12])


def make_entry(suite_dir, bench_id, file, split, scale, element_type, flops, generator, params):
    assert split in SPLITS, split
    path = os.path.join(suite_dir, file)
    with open(path) as fh:
        text = fh.read()
    return {
        "id": bench_id,
        "file": file,
        "sha256": sha256_file(path),
        "split": split,
        "scale": scale,
        "element_type": element_type,
        "flops": None if flops is None else int(flops),
        "ops": count_ops(text),
        "provenance": {"generator": generator, "params": params},
    }


def write_manifest(suite_dir, suite, generator, entries):
    entries = sorted(entries, key=lambda e: e["id"])
    ids = [e["id"] for e in entries]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    if dup:
        raise ValueError("duplicate benchmark ids: %s" % ", ".join(dup[:5]))
    doc = {"suite": suite, "version": suite_version(entries), "generator": generator,
           "benchmarks": [{k: e[k] for k in ENTRY_KEYS} for e in entries]}
    path = os.path.join(suite_dir, "manifest.json")
    with open(path, "w") as fh:
        fh.write(dumps(doc))
    return doc


def dumps(doc):
    """The manifest text: header keys one per line, then one line per benchmark (diffable)."""
    head = ",\n".join(" %s: %s" % (json.dumps(k), json.dumps(doc[k]))
                       for k in ("suite", "version", "generator"))
    rows = ",\n".join("  " + json.dumps(e, separators=(", ", ": ")) for e in doc["benchmarks"])
    return "{\n%s,\n \"benchmarks\": [\n%s\n ]\n}\n" % (head, rows)


def read_manifest(suite_dir):
    with open(os.path.join(suite_dir, "manifest.json")) as fh:
        return json.load(fh)


def write_text(path, text):
    """Write a generated file; return True when its content changed."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    if os.path.exists(path):
        with open(path) as fh:
            if fh.read() == text:
                return False
    with open(path, "w") as fh:
        fh.write(text)
    return True


def remove_stale(folder, keep, ext=".mlir"):
    """Delete generated files in `folder` (not recursive) that this run did not produce."""
    if not os.path.isdir(folder):
        return []
    gone = []
    for name in sorted(os.listdir(folder)):
        p = os.path.join(folder, name)
        if name.endswith(ext) and os.path.isfile(p) and os.path.abspath(p) not in keep:
            os.remove(p)
            gone.append(p)
    return gone
