#!/usr/bin/env python3
"""Times what a person sees after starting a terminal program: runs COMMAND in an
80x24 pseudo-terminal, keeps the screen as a terminal would show it (pyte, from
PyPI), and reports the seconds until its first output (the first frame) and until
each PATTERN (a regular expression over the screen's text) first shows. Medians
over RUNS starts (default 5).

Usage: tools/first_frame.py [--runs N] [--until NAME=PATTERN ...] -- COMMAND ARGS...
Example: tools/first_frame.py --until totals='Pagu \\(Rp\\)' -- kinerja big.json"""
import fcntl, os, pty, re, select, signal, statistics, struct, sys, termios, time
import pyte

def one(command, patterns, limit=120.0):
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(LANG=os.environ.get("LANG", "C.UTF-8"), TERM="xterm-256color")
        os.execvp(command[0], command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    screen = pyte.Screen(80, 24)
    stream = pyte.ByteStream(screen)
    first, found = None, {}
    while time.monotonic() - start < limit and len(found) < len(patterns):
        r, _, _ = select.select([fd], [], [], 0.01)
        if not r:
            continue
        try:
            data = os.read(fd, 1 << 16)
        except OSError:
            break
        now = time.monotonic() - start
        if first is None:
            first = now
        stream.feed(data)
        text = "\n".join(screen.display)
        for name, pattern in patterns:
            if name not in found and re.search(pattern, text):
                found[name] = now
    os.kill(pid, signal.SIGTERM)
    try:
        while os.read(fd, 1 << 16):
            pass
    except OSError:
        pass
    os.waitpid(pid, 0)
    return first, found

args = sys.argv[1:]
runs, patterns = 5, []
while args and args[0] != "--":
    if args[0] == "--runs":
        runs = int(args[1]); args = args[2:]
    elif args[0] == "--until":
        name, pattern = args[1].split("=", 1); patterns.append((name, pattern)); args = args[2:]
    else:
        sys.exit(__doc__)
command = args[1:]
firsts, times = [], {name: [] for name, _ in patterns}
for _ in range(runs):
    first, found = one(command, patterns)
    firsts.append(first if first is not None else float("nan"))
    for name, _ in patterns:
        times[name].append(found.get(name, float("nan")))
line = f"first frame {statistics.median(firsts):.3f} s"
for name, _ in patterns:
    line += f", {name} {statistics.median(times[name]):.3f} s"
print(line + f" (median of {runs})")
