#!/usr/bin/python3
"""End-to-end checks of the results database (`mlirrl db`, `mlirrl eval --db`), one case per process.

  roundtrip   the committed eval records, two `mlirrl run` records (no eval block) and a copy of
              some eval records as another run on LLVM 22 go in; export gives back the three files'
              bytes exactly, in import order, on standard output and with -o; each selection (--run,
              --method, --benchmark, --llvm as a whole version or a major, two at once) gives
              exactly the matching lines in order (also --rev, --host); `db runs` lists the three runs with their
              record, benchmark, method and not-ok counts, LLVM version, revision and host; the key
              columns (record_keys) hold the records' fields.
  idempotent  importing the same file twice adds nothing (second time: 0 new, same export); a file
              half old, half new adds only the new half, after the old records.
  rollback    MLIRRL_TEST_DB_FAULT=insert:N makes the write of record N + 1 fail in the middle of a
              file: one-line error, exit 1, and the database holds exactly what it held before (no
              record, no run of that file); the same file then imports whole.
  kill        MLIRRL_TEST_DB_FAULT=kill:N kills the importer (SIGKILL, as kill -9) in the middle of a
              file larger than SQLite's page cache, so that uncommitted pages are in the WAL file when
              it dies: afterwards the database passes integrity_check,
              holds exactly what it held before, and the file then imports whole.
  concurrent  two importers of different files (several transactions each) started together on a
              database neither has created yet both succeed, and every record of both is there
              once; two importers of the same file add it once between them.
  malformed   one-line error, exit 1, database unchanged for: a line that is not JSON (also when a
              good file comes before it on the command line), JSON that is not a record (an object
              without benchmark.id, an array, a record of a newer schema version), a last line cut
              short, a missing file, a CSV file of records, a database file that is not SQLite (its bytes untouched), an
              SQLite file of another application, a results database of a newer schema version;
              export and runs of a missing database do not create it; usage errors exit 2.
  eval        `mlirrl eval --db` on a tiny run (starter matmul_256, the default pipeline and the
              default agent): the database's export is results.jsonl byte for byte and importing
              that file adds nothing; `--resume --db` with a new database fills it from the file of
              the finished run; --db naming a file that is not SQLite stops the run before it
              measures anything, with one line.
  compare     `mlirrl compare` on database selections (db:llvm=19,rev=5264 against db:llvm=22, a copy
              of the committed records as LLVM 22 with one schedule made a wrong answer): the
              selections are exported beside the report, the broken schedule is the first row and the
              exit status 3; a file against a selection of a copy under another revision: labelled
              by revision, nothing changed; labels, --floor and --alpha passed on; a selection
              matching nothing, an unknown or repeated key, a missing database or file, usage
              errors: one line each, nothing left behind.
  unavailable (a build without SQLite) `mlirrl db` and `mlirrl eval --db` each say in one line
              that this build has no results database, exit 1 and 2.

usage: check_db.py MLIRRL SOURCE_DIR CASE
"""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile

MLIRRL, SRC, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
QUICK = os.path.join(SRC, "results", "eval-quick-llvm19.jsonl")
RUN_RECORDS = os.path.join(SRC, "tests", "golden", "record.json")
STARTER = os.path.join(SRC, "suites", "starter")
FAST = ["--samples", "3", "--min-sample-ms", "2", "--warmup", "1", "--threads", "2"]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)
    return cond


def db(args, env=None):
    """Runs mlirrl db ARGS: (exit status, stdout bytes, stderr text)."""
    p = subprocess.run([MLIRRL, "db"] + args, capture_output=True, timeout=600,
                       env=dict(os.environ, **(env or {})))
    return p.returncode, p.stdout, p.stderr.decode(errors="replace")


def export(path, *filters):
    rc, out, err = db(["export", "--db", path] + list(filters))
    check(rc == 0, f"export {filters}: exit status {rc}: {err}")
    return out


def import_ok(path, *files, env=None):
    rc, out, err = db(["import", "--db", path] + list(files), env)
    check(rc == 0, f"import {files}: exit status {rc}: {err}")
    return out.decode()


def one_line_error(res, want_rc, what, prefix="mlirrl db"):
    rc, _, err = res
    lines = [x for x in err.splitlines() if x.strip()]
    check(rc == want_rc, f"{what}: exit status {rc}, expected {want_rc} ({err!r})")
    check(len(lines) == 1 and lines[0].startswith(prefix), f"{what}: not one error line: {err!r}")
    return lines[0] if lines else ""


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)
    return path


def lines_of(data):
    return data.splitlines(keepends=True)


def variant(data, run_id=None, llvm=None, n=None, rev=None, edit=None):
    """Records of data (bytes) as another run: a new eval run id, LLVM version and/or mlirrl
    revision; edit(record) changes each record further."""
    out = []
    for line in lines_of(data)[:n]:
        r = json.loads(line)
        if run_id:
            r["eval"]["run_id"] = run_id
        if llvm:
            r["context"]["llvm_version"] = llvm
        if rev:
            r["context"]["git_rev"] = rev
        if edit:
            edit(r)
        out.append(json.dumps(r, separators=(",", ":")).encode() + b"\n")
    return b"".join(out)


def query(path, sql):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def counts(path):
    return query(path, "SELECT (SELECT count(*) FROM records), (SELECT count(*) FROM runs)")[0]


def runs_table(path):
    rc, out, err = db(["runs", "--db", path])
    check(rc == 0, f"runs: exit status {rc}: {err}")
    rows = {}
    for line in out.decode().splitlines()[2:]:
        f = line.split()
        rows[f[0]] = {"records": int(f[1]), "benchmarks": int(f[2]), "methods": int(f[3]), "not_ok": int(f[4]),
                      "llvm": f[5], "mlirrl": f[6], "git_rev": f[7], "host": f[9], "line": line}
    return out.decode(), rows


# ---------------------------------------------------------------- roundtrip

def case_roundtrip(tmp):
    path = os.path.join(tmp, "r.sqlite")
    quick, runs = read(QUICK), read(RUN_RECORDS)
    llvm22 = write(os.path.join(tmp, "llvm22.jsonl"), variant(quick, run_id="20270101T000000Z", llvm="22.1.8", n=40))
    out = import_ok(path, QUICK, RUN_RECORDS, llvm22)
    print(out)
    check(f"{QUICK}: 180 records, 180 new" in out, f"import summary: {out}")
    everything = quick + runs + read(llvm22)
    check(export(path) == everything, "export of everything is not the imported bytes in import order")
    o = os.path.join(tmp, "out.jsonl")
    rc, so, err = db(["export", "--db", path, "-o", o])
    check(rc == 0 and os.path.exists(o) and read(o) == everything, f"export -o: {rc} {err}")
    check(not [f for f in os.listdir(tmp) if f.endswith(".tmp")], "export -o left a temporary file")

    recs = [(line, json.loads(line)) for line in lines_of(everything)]

    def want(pred):
        return b"".join(line for line, r in recs if pred(r))

    ev = lambda r: r.get("eval") or {}
    sels = [
        (["--method", "search:64"], lambda r: ev(r).get("method") == "search:64"),
        (["--method", "default"], lambda r: ev(r).get("method") == "default"),
        (["--benchmark", "starter/matmul_256"], lambda r: r["benchmark"]["id"] == "starter/matmul_256"),
        (["--run", "20261202T080922Z"], lambda r: ev(r).get("run_id") == "20261202T080922Z"),
        (["--run", "2025-11-25T09:30:00Z"], lambda r: "eval" not in r),
        (["--llvm", "19"], lambda r: r["context"]["llvm_version"].startswith("19.")),
        (["--llvm", "19.1.7"], lambda r: r["context"]["llvm_version"] == "19.1.7"),
        (["--llvm", "22"], lambda r: r["context"]["llvm_version"] == "22.1.8"),
        (["--llvm", "1"], lambda r: False),
        (["--llvm", "22", "--method", "default"],
         lambda r: r["context"]["llvm_version"] == "22.1.8" and ev(r).get("method") == "default"),
        (["--method", "nonesuch"], lambda r: False),
        (["--rev", "0123"], lambda r: r["context"]["git_rev"].startswith("0123")),
        (["--rev", "526411baf0ab"], lambda r: r["context"]["git_rev"] == "526411baf0ab"),
        (["--host", "bench-host"], lambda r: r["context"]["hostname"] == "bench-host"),
        (["--host", "vm", "--llvm", "19"],
         lambda r: r["context"]["hostname"] == "vm" and r["context"]["llvm_version"].startswith("19.")),
        (["--host", "bench"], lambda r: False),
    ]
    for args, pred in sels:
        got, exp = export(path, *args), want(pred)
        check(got == exp, f"export {args}: {len(lines_of(got))} lines, expected {len(lines_of(exp))}")
        check(args[1] in ("1", "nonesuch", "bench") or exp, f"export {args}: the selection is empty in the data")

    text, rows = runs_table(path)
    print(text)
    check(text.startswith(f"{path}: 3 runs, 222 records"), f"runs header: {text.splitlines()[0]}")
    r = rows.get("20261202T080922Z")
    if check(r is not None, "runs: no eval run"):
        check((r["records"], r["benchmarks"], r["methods"], r["not_ok"]) == (180, 26, 8, 2), f"eval run: {r}")
        check((r["llvm"], r["git_rev"], r["host"]) == ("19.1.7", "526411baf0ab", "vm"), f"eval run keys: {r}")
        check("AMD EPYC (2)" in r["line"], f"eval run cpu: {r['line']}")
    r = rows.get("2025-11-25T09:30:00Z")
    if check(r is not None, "runs: the mlirrl run records are not a run named by their time"):
        check((r["records"], r["methods"], r["not_ok"]) == (2, 0, 1), f"mlirrl run records: {r}")
    r = rows.get("20270101T000000Z")
    check(r is not None and r["llvm"] == "22.1.8" and r["records"] == 40, f"llvm 22 run: {r}")
    check(list(rows) == ["20261202T080922Z", "2025-11-25T09:30:00Z", "20270101T000000Z"],
          f"runs not in import order: {list(rows)}")

    # The key columns others select on hold the records' fields.
    cols = ("run_id, hostname, cpu_model, cores, llvm_version, git_rev, suite, benchmark_id, benchmark_sha256, "
            "method, kind, schedule, transform_sha256, outcome, speedup, candidate_median_ns, seed")
    rows = query(path, f"SELECT {cols} FROM record_keys ORDER BY id")
    check(len(rows) == len(recs), f"record_keys: {len(rows)} rows")
    for row, (_, r) in zip(rows, recs):
        e, c, t = r.get("eval") or {}, r["context"], r["transform"]
        sched = e.get("schedule") or (t["text"] if t["kind"] == "schedule" else None)
        exp = (e.get("run_id") or c["time_utc"], c["hostname"], c["cpu_model"], c["cores"], c["llvm_version"],
               c["git_rev"], e.get("suite"), r["benchmark"]["id"], r["benchmark"]["sha256"], e.get("method"),
               e.get("kind"), sched, t["sha256"], r["outcome"], (r["speedup"] or {}).get("point"),
               ((r["timing"] or {}).get("candidate") or {}).get("median_ns"), c["seed"])
        if not check(tuple(row) == exp, f"record_keys row {row} != {exp}"):
            break
    check(query(path, "SELECT value FROM meta WHERE key = 'schema_version'") == [("1",)], "meta schema_version")
    check(query(path, "PRAGMA journal_mode") == [("wal",)], "the database is not in WAL mode")


# ---------------------------------------------------------------- idempotent

def case_idempotent(tmp):
    path = os.path.join(tmp, "r.sqlite")
    quick = read(QUICK)
    import_ok(path, QUICK)
    first = export(path)
    out = import_ok(path, QUICK)
    check(f"{QUICK}: 180 records, 0 new, 180 already in {path}" in out, f"second import: {out}")
    check(export(path) == first, "the second import changed the export")
    check(counts(path) == (180, 1), f"counts after two imports: {counts(path)}")
    half = lines_of(quick)[90:]
    fresh = lines_of(variant(quick, run_id="20270101T000000Z", n=50))
    mixed = write(os.path.join(tmp, "mixed.jsonl"), b"".join(half + fresh))
    out = import_ok(path, mixed)
    check(f"{mixed}: 140 records, 50 new, 90 already" in out, f"mixed import: {out}")
    check(export(path) == quick + b"".join(fresh), "old and new records are not the first file and then the new ones")
    check(counts(path) == (230, 2), f"counts after the mixed import: {counts(path)}")


# ---------------------------------------------------------------- rollback, kill

def state(path):
    return export(path), counts(path), runs_table(path)[0]


def case_rollback(tmp):
    path = os.path.join(tmp, "r.sqlite")
    import_ok(path, RUN_RECORDS)
    other = write(os.path.join(tmp, "other.jsonl"), variant(read(QUICK), run_id="20270101T000000Z"))
    line = one_line_error(db(["import", "--db", path, QUICK, other], {"MLIRRL_TEST_DB_FAULT": "insert:250"}), 1,
                          "injected write failure")
    check("injected fault" in line and other in line, f"the error does not say what failed: {line}")
    after_quick = read(RUN_RECORDS) + read(QUICK)
    check(export(path) == after_quick, "the file before the failing one is not imported whole")
    check(counts(path) == (182, 2), f"records or runs of the failed file stayed: {counts(path)}")
    line = one_line_error(db(["import", "--db", path, other], {"MLIRRL_TEST_DB_FAULT": "insert:0"}), 1,
                          "injected failure of the first write")
    check(counts(path) == (182, 2), f"the failed first write left something: {counts(path)}")
    import_ok(path, other)
    check(export(path) == after_quick + read(other), "the file does not import whole after the failure")


def case_kill(tmp):
    path = os.path.join(tmp, "r.sqlite")
    import_ok(path, QUICK)
    before = state(path)
    quick = read(QUICK)
    big = write(os.path.join(tmp, "big.jsonl"),
                b"".join(variant(quick, run_id=f"2027010{i}T000000Z") for i in range(1, 7))
                + b"".join(variant(quick, run_id=f"2027011{i}T000000Z") for i in range(0, 7)))  # ~9 MB
    check(os.path.getsize(big) > 8 << 20, "the file is not larger than SQLite's page cache (2 MB)")
    p = subprocess.run([MLIRRL, "db", "import", "--db", path, big], capture_output=True, timeout=600,
                       env=dict(os.environ, MLIRRL_TEST_DB_FAULT="kill:2000"))
    check(p.returncode == -signal.SIGKILL, f"the importer was not killed: {p.returncode} {p.stderr!r}")
    wal = os.path.getsize(path + "-wal") if os.path.exists(path + "-wal") else 0
    check(wal > 1 << 20, f"the killed import left only {wal} bytes in the WAL: nothing uncommitted reached the disk")
    check(query(path, "PRAGMA integrity_check") == [("ok",)], "integrity_check after the kill")
    check(state(path) == before, "the killed import left records, runs or a changed export")
    import_ok(path, big)
    check(export(path) == quick + read(big), "the file does not import whole after the kill")


# ---------------------------------------------------------------- concurrent

def case_concurrent(tmp):
    path = os.path.join(tmp, "r.sqlite")
    quick = read(QUICK)
    files = {w: [write(os.path.join(tmp, f"{w}{i}.jsonl"), variant(quick, run_id=f"{w}{i}")) for i in range(6)]
             for w in "AB"}
    procs = [subprocess.Popen([MLIRRL, "db", "import", "--db", path] + files[w], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE) for w in "AB"]
    for w, p in zip("AB", procs):
        out, err = p.communicate(timeout=600)
        check(p.returncode == 0, f"importer {w}: exit status {p.returncode}: {err.decode()}")
        check(out.decode().count(", 180 new,") == 6, f"importer {w} did not add every record: {out.decode()}")
    check(counts(path) == (12 * 180, 12), f"records, runs after two importers: {counts(path)}")
    check(query(path, "PRAGMA integrity_check") == [("ok",)], "integrity_check after two importers")
    for w in "AB":
        for i, f in enumerate(files[w]):
            check(export(path, "--run", f"{w}{i}") == read(f), f"run {w}{i} is not its file")
    same = write(os.path.join(tmp, "same.jsonl"), variant(quick, run_id="C"))
    procs = [subprocess.Popen([MLIRRL, "db", "import", "--db", path, same], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE) for _ in range(2)]
    added = 0
    for p in procs:
        out, err = p.communicate(timeout=600)
        check(p.returncode == 0, f"importer of the same file: exit status {p.returncode}: {err.decode()}")
        added += int(out.decode().split(" records, ")[1].split(" new")[0]) if " new" in out.decode() else -1
    check(added == 180, f"two importers of one file added {added} records between them")
    check(counts(path) == (13 * 180, 13), f"records, runs after the same file twice: {counts(path)}")


# ---------------------------------------------------------------- malformed

def case_malformed(tmp):
    path = os.path.join(tmp, "r.sqlite")
    import_ok(path, RUN_RECORDS)
    before = state(path)
    quick = lines_of(read(QUICK))
    rec = json.loads(quick[0])

    def bad_file(name, lines):
        return write(os.path.join(tmp, name), b"".join(lines))

    newer = dict(rec, schema_version=99)
    nobench = {k: v for k, v in rec.items() if k != "benchmark"}
    cases = [
        ("not JSON", bad_file("notjson.jsonl", quick[:5] + [b"this is not json\n"] + quick[5:9]), ":6: not JSON"),
        ("an object without benchmark.id", bad_file("nobench.jsonl", quick[:3] + [json.dumps(nobench).encode() + b"\n"]),
         ":4: not a record of mlirrl (no benchmark.id)"),
        ("an array", bad_file("array.jsonl", [b"[1, 2, 3]\n"]), ":1: not a record of mlirrl (not a JSON object)"),
        ("a newer record schema", bad_file("newer.jsonl", [json.dumps(newer).encode() + b"\n"]),
         "record schema version 99 is newer"),
        ("a last line cut short", bad_file("cut.jsonl", quick[:4] + [quick[4][:200]]), ":5: not JSON"),
        ("a missing file", os.path.join(tmp, "nonesuch.jsonl"), "nonesuch.jsonl: cannot read it"),
        ("CSV records", os.path.join(SRC, "tests", "golden", "record.csv"), "record.csv: CSV records are not imported"),
    ]
    for what, f, msg in cases:
        line = one_line_error(db(["import", "--db", path, f]), 1, what)
        check(msg in line, f"{what}: the error does not say '{msg}': {line}")
        check(state(path) == before, f"{what}: the database changed")
    good = bad_file("good.jsonl", quick[:20])
    one_line_error(db(["import", "--db", path, good, cases[0][1]]), 1, "a good file, then a bad one")
    check(state(path) == before, "a good file before a bad one was imported")

    notdb = write(os.path.join(tmp, "notdb.sqlite"), b"these are not the bytes of an SQLite database\n" * 100)
    raw = read(notdb)
    for action in (["import", good], ["export"], ["runs"]):
        line = one_line_error(db([action[0], "--db", notdb] + action[1:]), 1, f"{action[0]} on a file that is not SQLite")
        check("not an SQLite database" in line, f"{action[0]} on not SQLite: {line}")
    check(read(notdb) == raw, "the file that is not SQLite was changed")
    check(not os.path.exists(notdb + "-wal"), "a WAL file was made beside the file that is not SQLite")

    other = os.path.join(tmp, "other.sqlite")
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    raw = read(other)
    line = one_line_error(db(["import", "--db", other, good]), 1, "an SQLite file of another application")
    check("not a results database of mlirrl" in line and read(other) == raw, f"another application's file: {line}")

    newer_db = os.path.join(tmp, "newer.sqlite")
    shutil.copy(path, newer_db)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(path + suffix):
            shutil.copy(path + suffix, newer_db + suffix)
    con = sqlite3.connect(newer_db)
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    n_before = query(newer_db, "SELECT count(*) FROM records")
    for action in (["import", good], ["export"], ["runs"]):
        line = one_line_error(db([action[0], "--db", newer_db] + action[1:]), 1, f"{action[0]}: a newer schema")
        check("schema version 2 is newer than this mlirrl's (1)" in line, f"{action[0]} newer schema: {line}")
    check(query(newer_db, "SELECT count(*) FROM records") == n_before, "a newer database was written")

    missing = os.path.join(tmp, "missing.sqlite")
    for action in ("export", "runs"):
        line = one_line_error(db([action, "--db", missing]), 1, f"{action} of a missing database")
        check("no such database" in line and not os.path.exists(missing), f"{action} of a missing database: {line}")

    for args, what in ((["frobnicate"], "unknown action"), (["import", "--db", path], "import without files"),
                       (["export", "--db", path, "--colour", "x"], "unknown option"),
                       (["export", "--db", path, "-o"], "-o without a file"),
                       (["runs", "--db", path, "--method", "default"], "a selection for runs"), ([], "no action")):
        rc, _, err = db(args)
        check(rc == 2 and err.strip(), f"usage error {what}: exit status {rc}, {err!r}")
        if args:
            one_line_error((rc, b"", err), 2, f"usage error {what}")
    check(state(path) == before, "the database changed during the error cases")


# ---------------------------------------------------------------- eval

def case_eval(tmp):
    out, path = os.path.join(tmp, "out"), os.path.join(tmp, "r.sqlite")
    args = ["--suite", STARTER, "--match", "matmul_256", "--baseline", "default", "--out", out, "--cache",
            os.path.join(tmp, "cache"), "--no-report", "--quiet"] + FAST
    p = subprocess.run([MLIRRL, "eval"] + args + ["--db", path], capture_output=True, text=True, timeout=900)
    print(p.stdout, p.stderr)
    check(p.returncode in (0, 1), f"eval --db: exit status {p.returncode}")
    results = os.path.join(out, "results.jsonl")
    data = read(results) if os.path.exists(results) else b""
    recs = [json.loads(x) for x in lines_of(data)]
    check(len(recs) >= 1 and any(r["eval"]["method"] == "default" for r in recs), f"eval records: {len(recs)}")
    check(export(path) == data, "the database's export is not results.jsonl")
    out_text = import_ok(path, results)
    check(f"{len(recs)} records, 0 new" in out_text, f"importing results.jsonl after eval --db: {out_text}")
    _, rows = runs_table(path)
    run_id = recs[0]["eval"]["run_id"] if recs else None
    check(list(rows) == [run_id] and rows[run_id]["records"] == len(recs), f"runs after eval --db: {rows}")

    fresh = os.path.join(tmp, "fresh.sqlite")
    p = subprocess.run([MLIRRL, "eval"] + args + ["--resume", "--db", fresh], capture_output=True, text=True,
                       timeout=900)
    check(p.returncode in (0, 1), f"eval --resume --db: exit status {p.returncode}: {p.stderr}")
    check(read(results) == data, "the finished run measured something again")
    check(os.path.exists(fresh) and export(fresh) == data, "--resume --db did not fill the database from the file")

    notdb = write(os.path.join(tmp, "notdb.sqlite"), b"not SQLite\n" * 100)
    out2 = os.path.join(tmp, "out2")
    p = subprocess.run([MLIRRL, "eval"] + args[:args.index("--out")] + ["--out", out2, "--db", notdb] +
                       args[args.index("--out") + 2:], capture_output=True, text=True, timeout=900)
    one_line_error((p.returncode, b"", p.stderr), 3, "eval --db on a file that is not SQLite", "mlirrl eval")
    check(not os.path.exists(os.path.join(out2, "results.jsonl")) or not read(os.path.join(out2, "results.jsonl")),
          "eval measured with a database it cannot write")
    check(read(notdb) == b"not SQLite\n" * 100, "eval changed the file that is not SQLite")


# ---------------------------------------------------------------- unavailable

def compare(args):
    p = subprocess.run([MLIRRL, "compare"] + args, capture_output=True, timeout=600)
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def case_compare(tmp):
    path = os.path.join(tmp, "r.sqlite")
    quick = read(QUICK)
    broken = ("starter/matmul_256", "search:64")

    def break_one(r):
        if (r["benchmark"]["id"], (r.get("eval") or {}).get("method")) == broken:
            r["outcome"], r["error"] = "wrong_answer", "output 0 differs at [3, 5]"

    llvm22 = write(os.path.join(tmp, "llvm22.jsonl"), variant(quick, run_id="20270101T000000Z", llvm="22.1.8",
                                                               edit=break_one))
    newrev = write(os.path.join(tmp, "rev.jsonl"), variant(quick, run_id="20270102T000000Z", rev="fedcba987654"))
    import_ok(path, QUICK, llvm22, newrev)

    def rows_of(out):
        with open(os.path.join(out, "compare.json")) as f:
            return json.load(f)

    # Two LLVM versions from the database: the broken version comes first, exit status 3.
    out = os.path.join(tmp, "c1")
    rc, so, err = compare(["db:llvm=19,rev=5264", "db:llvm=22", "--db", path, "--out", out])
    check(rc == 3, f"llvm 19 against 22: exit status {rc}, expected 3: {err}")
    check(read(os.path.join(out, "a.jsonl")) == export(path, "--llvm", "19", "--rev", "5264"),
          "a.jsonl is not the selection's export")
    check(read(os.path.join(out, "b.jsonl")) == read(llvm22), "b.jsonl is not the LLVM 22 records")
    check("db:llvm=22: 180 records of" in so, f"the export is not reported: {so}")
    for f in ("compare.md", "compare.html", "compare.json"):
        check(os.path.exists(os.path.join(out, f)), f"{f} not written")
    if os.path.exists(os.path.join(out, "compare.json")):
        doc = rows_of(out)
        check((doc["label_a"], doc["label_b"]) == ("LLVM 19.1.7", "LLVM 22.1.8"), f"labels: {doc['label_a']}")
        first = doc["rows"][0]
        check(first["verdict"] == "broken" and first["benchmark"] == broken[0] and "search:64" in first["version"],
              f"first row: {first['benchmark']} {first['version']} {first['verdict']}")
        check(doc["counts"]["broken"] == 1, f"broken: {doc['counts']}")
        check(doc["records_a"] == 180 and doc["records_b"] == 180, f"records: {doc['records_a']} {doc['records_b']}")

    # A file against a selection; two revisions with the same times: nothing changed.
    out = os.path.join(tmp, "c2")
    rc, so, err = compare([QUICK, "db:rev=fedc", "--db", path, "--out", out])
    check(rc == 0, f"file against revision: exit status {rc}: {err}")
    check(not os.path.exists(os.path.join(out, "a.jsonl")), "a file side was exported")
    if os.path.exists(os.path.join(out, "compare.json")):
        doc = rows_of(out)
        check((doc["label_a"], doc["label_b"]) == ("mlirrl 526411baf0ab", "mlirrl fedcba987654"),
              f"labels: {doc['label_a']}, {doc['label_b']}")
        bad = {k: n for k, n in doc["counts"].items() if n and k not in ("unchanged", "failing")}
        check(not bad and doc["counts"]["unchanged"] > 26, f"the same times differ: {doc['counts']}")

    # Labels as given; --floor and --alpha passed on.
    out = os.path.join(tmp, "c3")
    rc, so, err = compare(["db:run=20270102T000000Z", "db:run=20270102T000000Z", "--db", path, "--out", out,
                           "--label-a", "--before", "--label-b=after", "--floor", "0.1", "--alpha", "0.01"])
    check(rc == 0, f"labels: exit status {rc}: {err}")
    if os.path.exists(os.path.join(out, "compare.json")):
        doc = rows_of(out)
        check((doc["label_a"], doc["label_b"], doc["floor"], doc["alpha"]) == ("--before", "after", 0.1, 0.01),
              f"options not passed: {doc['label_a']} {doc['label_b']} {doc['floor']} {doc['alpha']}")

    # Bad input: one line naming the problem; nothing exported for a bad selection.
    out = os.path.join(tmp, "bad")
    cases = [
        (["db:llvm=18", QUICK, "--db", path, "--out", out], 1, "db:llvm=18 selects no record"),
        (["db:colour=red", QUICK, "--db", path, "--out", out], 1, "unknown key 'colour'"),
        (["db:llvm", QUICK, "--db", path, "--out", out], 1, "is not KEY=VALUE"),
        (["db:", QUICK, "--db", path, "--out", out], 1, "empty selection"),
        (["db:llvm=19,llvm=22", QUICK, "--db", path, "--out", out], 1, "given twice"),
        (["db:llvm=19", QUICK, "--db", os.path.join(tmp, "none.sqlite"), "--out", out], 1, "none.sqlite"),
        ([QUICK, os.path.join(tmp, "missing.jsonl"), "--out", out], 1, "missing.jsonl"),
        ([QUICK, "--out", out], 2, "two record sets are needed"),
        ([QUICK, QUICK, QUICK, "--out", out], 2, "unexpected argument"),
        ([QUICK, QUICK], 2, "--out DIR is required"),
        ([QUICK, QUICK, "--out", out, "--colour", "x"], 2, "unknown option --colour"),
        ([QUICK, QUICK, "--out", out, "--floor", "x"], 2, "--floor"),
    ]
    for args, want, needle in cases:
        line = one_line_error(compare(args), want, f"compare {args[:2]}", prefix="mlirrl compare:")
        check(needle in line, f"compare {args}: '{needle}' not in: {line}")
    check(not os.path.exists(os.path.join(tmp, "none.sqlite")), "compare created a missing database")
    left = os.listdir(out) if os.path.isdir(out) else []
    check(not left, f"bad selections left files: {left}")


def case_unavailable(tmp):
    line = one_line_error(db(["runs"]), 1, "db without SQLite")
    check("no results database" in line, f"db without SQLite: {line}")
    p = subprocess.run([MLIRRL, "eval", "--suite", STARTER, "--out", os.path.join(tmp, "out"), "--db",
                        os.path.join(tmp, "r.sqlite")], capture_output=True, text=True, timeout=600)
    line = one_line_error((p.returncode, b"", p.stderr), 2, "eval --db without SQLite", "mlirrl eval")
    check("no results database" in line, f"eval --db without SQLite: {line}")
    check(not os.path.exists(os.path.join(tmp, "r.sqlite")), "a database file was made")


CASES = {"roundtrip": case_roundtrip, "idempotent": case_idempotent, "rollback": case_rollback, "kill": case_kill,
         "concurrent": case_concurrent, "malformed": case_malformed, "eval": case_eval, "compare": case_compare,
         "unavailable": case_unavailable}

if __name__ == "__main__":
    if CASE not in CASES:
        sys.exit(f"unknown case {CASE}")
    tmp = tempfile.mkdtemp(prefix="mlirrl-db-")
    try:
        CASES[CASE](tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("FAILED:" if failures else "passed", CASE, *failures, sep="\n  " if failures else " ")
    sys.exit(1 if failures else 0)
