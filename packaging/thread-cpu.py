#!/usr/bin/env python3
"""Where a JVM's CPU goes, by kind of thread (src/site/markdown/performance.md, "The sweep": the cold speed-up):

    python3 packaging/thread-cpu.py -- java -jar target/agentic-rl.jar sweep --threads 2

runs the command, reads every thread's CPU time (user + system, /proc/PID/task/*/stat, Linux) ten times a second
until it ends, and prints the wall time and the CPU seconds of the sweep's workers, the C2 and C1 compiler threads,
the collector's threads and the rest. The last reading before a thread ends is what counts, so a thread that
lives less than 0.1 s is missed (the JVM's own threads live as long as it)."""
import os, subprocess, sys, time, re, collections
cmd = sys.argv[sys.argv.index('--') + 1:]
tick = os.sysconf('SC_CLK_TCK')
t0 = time.time()
p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
last = {}
while p.poll() is None:
    try:
        for tid in os.listdir(f'/proc/{p.pid}/task'):
            try:
                s = open(f'/proc/{p.pid}/task/{tid}/stat').read()
                comm = s[s.index('(') + 1:s.rindex(')')]
                f = s[s.rindex(')') + 2:].split()
                last[tid] = (comm, (int(f[11]) + int(f[12])) / tick)
            except (OSError, ValueError):
                pass
    except OSError:
        pass
    time.sleep(0.1)
wall = time.time() - t0
kinds = collections.OrderedDict((k, 0.0) for k in ('worker', 'C2', 'C1', 'GC', 'other'))
for comm, cpu in last.values():
    k = 'worker' if comm.startswith('sweep-worker') else 'C2' if comm.startswith('C2 Compiler') else 'C1' if comm.startswith('C1 Compiler') else 'GC' if re.match(r'(GC Thread|G1 |VM Thread)', comm) else 'other'
    kinds[k] += cpu
err = p.stderr.read()
print(f"wall {wall:.2f}s  cpu " + "  ".join(f"{k} {v:.2f}" for k, v in kinds.items()) + f"  total {sum(kinds.values()):.2f}", flush=True)
