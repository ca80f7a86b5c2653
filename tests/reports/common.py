"""Shared by the reports.* tests: where things are, and running eval_report.py as a user does."""
import importlib.util
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SCRIPT = os.path.join(REPO, "reports", "eval_report.py")
SAMPLE = os.path.join(HERE, "sample_eval.jsonl")
PYTHON = "/usr/bin/python3"
sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree


def run_report(records, out, *args):
    """Runs the script in its own process; returns the CompletedProcess (text)."""
    return subprocess.run([PYTHON, SCRIPT, records, "--out", out, *args], capture_output=True,
                          text=True, timeout=300)


def import_report():
    """eval_report.py as a module, for the unit tests of its statistics."""
    spec = importlib.util.spec_from_file_location("eval_report", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_sample():
    with open(SAMPLE) as f:
        return [json.loads(line) for line in f if line.strip()]


def fail(msg):
    print(f"FAIL: {msg}", file=sys.stderr)
    sys.exit(1)
