#!/usr/bin/python3
"""An external agent that breaks the protocol of agents/PROTOCOL.md on purpose, one way per mode,
for the failure tests of check_agents.py. Until then it plays the first legal action.

usage: bad_agent.py MODE [--at T] [--once FILE]
  malformed  answers step T with a line that is not JSON
  wrong      answers step T with a hello instead of an action
  illegal    answers step T with an action type the masks forbid
  illegal_tile  answers step T with a tiling whose choice for loop 0 the masks forbid (--at 3)
  late       answers step T after 30 s
  exit       exits with status 3 when asked for step T, without answering
  crash      kills itself with SIGSEGV when asked for step T
  oversize   answers step T with a line of 70000 bytes
  version    answers hello with protocol version 99
  closein    closes its stdin, answers hello and sleeps (run it with exec: nothing else may hold the pipe)
--once FILE: misbehave only when FILE does not exist (and create it), so a restarted agent plays.
"""
import json
import os
import signal
import sys
import time

mode = sys.argv[1]
at = int(sys.argv[sys.argv.index("--at") + 1]) if "--at" in sys.argv else 1
once = sys.argv[sys.argv.index("--once") + 1] if "--once" in sys.argv else None
if once:
    if os.path.exists(once):
        mode = "play"
    else:
        open(once, "w").close()


def send(text):
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def first_legal(step, types):
    masks = step["masks"]
    kind = types[masks["action"].index(1)]
    action = {"type": kind}
    if kind in ("T", "TP", "TF"):
        action["tile"] = [row.index(1) for row in masks["tile"][:step["op"]["nloops"]]]
    elif kind == "I":
        action["interchange"] = masks["interchange"].index(1)
    return action


def misbehave(step, types):
    if mode == "malformed":
        send('{"type": "T", "tile": [1, 2')
    elif mode == "wrong":
        send(json.dumps({"msg": "hello", "protocol": 1, "name": "bad_agent.py"}))
    elif mode == "illegal":  # complete but masked: only the masks can tell
        send(json.dumps({"type": types[step["masks"]["action"].index(0)], "tile": [0] * step["op"]["nloops"]}))
    elif mode == "illegal_tile":  # an allowed tiling type, a masked tile choice for loop 0
        kind = next(t for t, m in zip(types, step["masks"]["action"]) if m and t in ("T", "TP", "TF"))
        tile = [0] * step["op"]["nloops"]
        tile[0] = step["masks"]["tile"][0].index(0)
        send(json.dumps({"type": kind, "tile": tile}))
    elif mode == "late":
        time.sleep(30)
        send(json.dumps(first_legal(step, types)))
    elif mode == "exit":
        sys.exit(3)
    elif mode == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    elif mode == "oversize":
        send(json.dumps({"type": "NT", "padding": "x" * 70000}))


types = []
for line in sys.stdin:
    msg = json.loads(line)
    if msg["msg"] == "hello":
        types = msg["action_types"]
        if mode == "closein":
            os.close(0)  # before answering: the harness's next write finds no reader
        send(json.dumps({"msg": "hello", "protocol": 99 if mode == "version" else 1, "name": "bad_agent.py"}))
        if mode == "closein":
            time.sleep(30)
    elif msg["msg"] == "step":
        if msg["t"] == at and mode != "play":
            misbehave(msg, types)
        else:
            send(json.dumps(first_legal(msg, types)))
    elif msg["msg"] == "bye":
        break
