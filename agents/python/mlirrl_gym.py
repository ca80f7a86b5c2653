"""mlirrl_gym: the mlirrl environment as a Gym-style environment, over the protocol of
agents/PROTOCOL.md (standard library only).

The environment runs `mlirrl episode BENCH... --agent stdio --episodes N`: mlirrl plays the
episodes, measures every final schedule, and speaks the protocol on its own stdin and stdout,
with this module on the other side as the agent. The benchmarks take turns, so successive
reset() calls move across them; when the session's episodes run out, the next reset() starts a
new session.

    env = MlirrlEnv(["suites/starter/matmul_256.mlir"], mlirrl="build-19/harness/mlirrl")
    obs, info = env.reset()
    done = False
    while not done:
        action = random_legal_action(info, env.action_types)     # or a policy's choice
        obs, reward, done, truncated, info = env.step(action)
    print(info["schedule"], info["speedup"], reward)
    env.close()

Observations are dicts from tensor name ("op.bounds", "mask.tile", ...) to flat lists of
numbers, row-major; env.layout gives each tensor's dtype and shape. An action is the protocol's
action object: {"type": "T", "tile": [3, 0, 5]}, {"type": "I", "interchange": 2}, {"type": "V"}.
info holds the masks of the next decision ("masks": action, tile, interchange; all zero once the
episode is over), the current op ("op"), the step ("t"), the episode and benchmark; at the end
of an episode also its measurement: "measured", "outcome", "speedup", "cached", "error",
"schedule". The reward is 0 until the last step, then log10 of the speedup or a penalty.
`truncated` is always False: every episode ends by the environment's own limits.

If gymnasium is importable the class derives from gymnasium.Env (observations stay dicts of
lists; no spaces are declared); otherwise from a plain class with the same methods.
"""
import json
import os
import random
import select
import subprocess
import sys
import threading
import time

PROTOCOL = 1

try:
    import gymnasium as _gym

    _Base = _gym.Env
except ImportError:  # the same methods without gymnasium
    _gym = None

    class _Base:
        metadata = {"render_modes": []}

        def reset(self, *, seed=None, options=None):
            raise NotImplementedError

        def step(self, action):
            raise NotImplementedError

        def close(self):
            pass


class MlirrlError(RuntimeError):
    """mlirrl ended the session: a failed episode, a harness error, or it exited."""


def random_legal_action(info, action_types, rng=random):
    """A uniformly random action allowed by the masks of info (from reset() or step())."""
    masks = info["masks"]
    legal = [i for i, m in enumerate(masks["action"]) if m]
    if not legal:
        raise ValueError("no action is allowed: the episode is over")
    kind = action_types[rng.choice(legal)]
    action = {"type": kind}
    if kind in ("T", "TP", "TF"):
        rows = masks["tile"][:info["op"]["nloops"]]
        action["tile"] = [rng.choice([k for k, m in enumerate(row) if m]) for row in rows]
    elif kind == "I":
        action["interchange"] = rng.choice([k for k, m in enumerate(masks["interchange"]) if m])
    return action


class MlirrlEnv(_Base):
    """Episodes of mlirrl on the given benchmark files, as reset() and step().

    mlirrl: the mlirrl program. episodes: episodes per benchmark in one session of mlirrl.
    args: more options of `mlirrl episode` (--profile, --cache, --grammar, ...). seed: the
    session's seed (episode i of a session uses seed + i; reset(seed=...) sets it for the next
    session). echo: copy mlirrl's messages (its stderr) to this process's stderr. timeout: the
    longest wait for one message of mlirrl, in seconds (a measurement happens within the last
    step)."""

    def __init__(self, benchmarks, mlirrl="mlirrl", episodes=100000, args=(), seed=1, echo=False, timeout=3600):
        if isinstance(benchmarks, str):
            benchmarks = [benchmarks]
        self.benchmarks = list(benchmarks)
        self.mlirrl, self.episodes, self.args = mlirrl, int(episodes), list(args)
        self.seed, self.echo, self.timeout = seed, echo, timeout
        self.hello = None  # mlirrl's hello: version, configuration, layout
        self.action_types, self.layout, self.config = [], [], {}
        self._proc, self._buf, self._stderr_tail, self._stderr_thread = None, b"", [], None
        self._in_episode, self._start_msg = False, None

    # ------------------------------------------------------------ the session

    def _start(self):
        cmd = [self.mlirrl, "episode", *self.benchmarks, "--agent", "stdio", "--episodes", str(self.episodes),
               "--seed", str(self.seed), *self.args]
        self._proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._buf, self._stderr_tail = b"", []
        self._stderr_thread = threading.Thread(target=self._drain_stderr, args=(self._proc.stderr,), daemon=True)
        self._stderr_thread.start()
        hello = self._expect("hello")
        if hello.get("protocol") != PROTOCOL:
            raise MlirrlError(f"mlirrl speaks protocol version {hello.get('protocol')}, this module {PROTOCOL}")
        self.hello, self.config = hello, hello["config"]
        self.action_types = hello["action_types"]
        self.layout = hello["observation"]
        self._send({"msg": "hello", "protocol": PROTOCOL, "name": "mlirrl_gym"})

    def _drain_stderr(self, pipe):
        for raw in iter(pipe.readline, b""):
            line = raw.decode(errors="replace").rstrip("\n")
            self._stderr_tail = (self._stderr_tail + [line])[-20:]
            if self.echo:
                print(line, file=sys.stderr, flush=True)

    def _end_session(self):
        """mlirrl said bye: let it exit."""
        proc, self._proc = self._proc, None
        proc.stdin.close()
        proc.wait(timeout=60)
        proc.stdout.close()

    def _failure(self, what):
        """mlirrl stopped talking: wait for it and name its last error."""
        proc, self._proc = self._proc, None
        self._in_episode = False
        try:
            rc = proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            rc = proc.wait()
        # The stderr thread ends at the end of mlirrl's stderr, after its last line: wait for it
        # (a fixed pause was too short on a busy machine).
        if self._stderr_thread is not None:
            self._stderr_thread.join(timeout=10)
        said = [line for line in self._stderr_tail if line.startswith("mlirrl")]
        return MlirrlError(f"{what}; mlirrl exited with status {rc}" + (f": {said[-1]}" if said else ""))

    def _send(self, msg):
        try:
            self._proc.stdin.write((json.dumps(msg, separators=(",", ":")) + "\n").encode())
            self._proc.stdin.flush()
        except (BrokenPipeError, OSError):
            raise self._failure(f"cannot send {msg.get('msg', 'an action')}") from None

    def _read(self):
        fd = self._proc.stdout.fileno()
        deadline = time.monotonic() + self.timeout
        while b"\n" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise self._failure(f"no message from mlirrl within {self.timeout} s")
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                raise self._failure("mlirrl closed its output")
            self._buf += chunk
        line, self._buf = self._buf.split(b"\n", 1)
        return json.loads(line)

    def _expect(self, *kinds):
        msg = self._read()
        if msg.get("msg") not in kinds:
            raise self._failure(f"expected {' or '.join(kinds)} from mlirrl, got {msg.get('msg')!r}")
        return msg

    # ------------------------------------------------------------ the Gym API

    def reset(self, *, seed=None, options=None):
        if _gym is not None:
            super().reset(seed=seed)
        if self._in_episode:
            raise MlirrlError("reset() during an episode: mlirrl plays every episode to its end; step() until done")
        if seed is not None:
            self.seed = seed
        start = self._read_episode_start()
        step = self._expect("step")
        self._in_episode = True
        self._start_msg = start
        return step["observation"], self._info(step)

    def _read_episode_start(self):
        for _ in range(2):
            if self._proc is None:
                self._start()
            msg = self._expect("episode_start", "bye")
            if msg["msg"] == "episode_start":
                return msg
            self._end_session()  # the session's episodes are over: a new session
        raise MlirrlError("mlirrl started no episode")

    def step(self, action):
        if not self._in_episode:
            raise MlirrlError("step() outside an episode: call reset() first")
        self._send(dict(action))
        result = self._expect("result")
        if not result["done"]:
            step = self._expect("step")
            return step["observation"], 0.0 if result["reward"] is None else result["reward"], False, False, \
                self._info(step, result)
        end = self._expect("episode_end")
        self._in_episode = False
        info = self._info(None, result)
        info.update({k: end.get(k) for k in ("measured", "outcome", "speedup", "cached", "error", "schedule")})
        return self._zero_observation(), end["reward"], True, False, info

    def close(self):
        proc, self._proc = self._proc, None
        self._in_episode = False
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()  # mlirrl ends its workers with it
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        for f in (proc.stdin, proc.stdout):
            try:
                f.close()
            except OSError:
                pass

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    # ------------------------------------------------------------ helpers

    def _info(self, step, result=None):
        start = self._start_msg
        info = {"episode": start["episode"], "benchmark": start["benchmark"], "seed": start["seed"]}
        if step is not None:
            info.update(t=step["t"], op=step["op"], masks=step["masks"])
        else:
            info.update(t=None, op=None, masks=self._zero_masks())
        if result is not None:
            info["next_op"] = result["next_op"]
        return info

    def _zero_masks(self):
        c = self.config
        return {"action": [0] * len(self.action_types),
                "tile": [[0] * c["tile_choices"] for _ in range(c["max_loops"])],
                "interchange": [0] * c["interchange_size"]}

    def _zero_observation(self):
        obs = {}
        for t in self.layout:
            n = 1
            for d in t["shape"]:
                n *= d
            obs[t["name"]] = [0.0 if t["dtype"] == "f32" else 0] * n
        return obs
