#!/usr/bin/env python3
"""Measures what the interface sends to the terminal per cursor move: runs
kinerja in a pseudo-terminal of 80x24 and counts the bytes it writes after
each key.  Usage: tools/bytes_per_move.py BINARY DATAFILE [MOVES]"""
import fcntl, os, pty, select, struct, sys, termios, time

def drain(fd, quiet=0.15):
    total, last = 0, time.time()
    while time.time() - last < quiet:
        r, _, _ = select.select([fd], [], [], quiet)
        if r:
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            total += len(data); last = time.time()
    return total

binary, data = sys.argv[1], sys.argv[2]
moves = int(sys.argv[3]) if len(sys.argv) > 3 else 50
pid, fd = pty.fork()
if pid == 0:
    os.environ.update(LANG="C.UTF-8", TERM="xterm-256color")
    os.execv(binary, [binary, data])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
select.select([fd], [], [], 120)  # wait for the first screen, however long loading takes
first = drain(fd, 1.0)
os.write(fd, b"E"); drain(fd)
sizes = []
for i in range(moves):
    os.write(fd, b"j"); sizes.append(drain(fd))
os.write(fd, b"q"); drain(fd)
os.waitpid(pid, 0)
print("per move, in order:", " ".join(map(str, sizes)))
sizes.sort()
print(f"first screen: {first} bytes; cursor move: median {sizes[len(sizes)//2]} bytes, max {sizes[-1]} bytes over {moves} moves")
