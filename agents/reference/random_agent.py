#!/usr/bin/python3
"""The reference external agent in Python (standard library only).

It speaks the JSON-lines protocol of agents/PROTOCOL.md on stdin and stdout and picks
uniformly among the legal actions of each step, from the masks alone. Its generator is the
environment's (splitmix64 seeding of a xorshift64* stream, seeded by each episode's seed) and it
draws in the built-in random agent's order, so that `--agent exec:'python3 random_agent.py'`
and `--agent random` choose the same schedules.

usage: random_agent.py [--verbose]     (--verbose: one line per episode on stderr)
    mlirrl episode BENCH.mlir --agent exec:'/usr/bin/python3 agents/reference/random_agent.py'
"""
import json
import sys

PROTOCOL = 1
MASK64 = (1 << 64) - 1


def rng_seed(seed):
    z = (seed + 0x9E3779B97F4A7C15) & MASK64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    z ^= z >> 31
    return z or 1


class Rng:
    """xorshift64*, as the environment's mrl_env_rng_next."""

    def __init__(self, seed):
        self.x = rng_seed(seed & MASK64)

    def next(self):
        x = self.x or 0x9E3779B97F4A7C15
        x ^= x >> 12
        x ^= (x << 25) & MASK64
        x ^= x >> 27
        self.x = x
        return (x * 0x2545F4914F6CDD1D) & MASK64

    def pick(self, mask):
        """A uniform index among the nonzero entries of mask; -1 if none."""
        legal = [i for i, m in enumerate(mask) if m]
        return legal[self.next() % len(legal)] if legal else -1


def act(step, types, rng):
    masks = step["masks"]
    t = rng.pick(masks["action"])
    kind = types[max(t, 0)]
    action = {"msg": "action", "type": kind}
    if kind in ("T", "TP", "TF"):
        action["tile"] = [max(rng.pick(masks["tile"][l]), 0) for l in range(step["op"]["nloops"])]
    elif kind == "I":
        action["interchange"] = max(rng.pick(masks["interchange"]), 0)
    return action


def send(msg):
    sys.stdout.write(json.dumps(msg, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def main():
    verbose = "--verbose" in sys.argv[1:]
    types, rng = [], Rng(1)
    for line in sys.stdin:
        msg = json.loads(line)
        kind = msg.get("msg")
        if kind == "hello":
            if msg.get("protocol") != PROTOCOL:
                print("random_agent.py: the harness speaks another protocol version", file=sys.stderr)
            types = msg["action_types"]
            send({"msg": "hello", "protocol": PROTOCOL, "name": "random_agent.py"})
        elif kind == "episode_start":
            rng = Rng(msg["seed"])
        elif kind == "step":
            send(act(msg, types, rng))
        elif kind == "episode_end" and verbose:
            sp = msg.get("speedup")
            print(f"random_agent.py: episode {msg['episode']}: {msg['schedule']}, reward {msg['reward']:.4g}"
                  + (f", speedup {sp:.4g}x" if sp is not None else ""), file=sys.stderr)
        elif kind == "bye":
            return
        # result, episode_end and messages of later protocol versions need no answer


if __name__ == "__main__":
    main()
