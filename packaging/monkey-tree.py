#!/usr/bin/env python3
"""Runs the course's random user (monkey.py) on `java -jar target/agentic-rl.jar` and reports the memory of every JVM
the launch made: plain `java -jar` starts the window in a second JVM with the window's options (src/site/markdown/running.md, "JVM options"),
and monkey.py alone would read only the first one's. VmHWM in the report becomes the sum of both peaks (the
first JVM's is about 40 MB); `jvms` lists each with its own VmHWM and VmRSS.

    python3 packaging/monkey-tree.py [MONKEY] -- monkey.py's options, e.g. --actions 1000 --seed 1 --out /tmp/m1

MONKEY defaults to /work/shared/tools/monkey.py (or $MONKEY).
"""
import importlib.util
import os
import sys


def descendants(pid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parent = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if parent == pid:
                found.append(int(entry))
                found.extend(descendants(int(entry)))
    return found


def main(argv):
    path = os.environ.get("MONKEY", "/work/shared/tools/monkey.py")
    if argv and argv[0] != "--":
        path = argv.pop(0)
    if argv and argv[0] == "--":
        argv.pop(0)
    spec = importlib.util.spec_from_file_location("monkey", path)
    monkey = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(monkey)
    single = monkey.proc_status

    def tree_status(pid):
        jvms = [(pid, single(pid))] + [(child, single(child)) for child in descendants(pid)]
        kb = lambda status, key: int(status.get(key, "0 kB").split()[0])
        total = dict(jvms[0][1])
        total["VmHWM"] = f"{sum(kb(s, 'VmHWM') for _, s in jvms)} kB"
        total["VmRSS"] = f"{sum(kb(s, 'VmRSS') for _, s in jvms)} kB"
        total["jvms"] = [{"pid": p, "VmHWM": s.get("VmHWM"), "VmRSS": s.get("VmRSS")} for p, s in jvms]
        return total

    monkey.proc_status = tree_status
    args = monkey.parse(argv)
    report = monkey.Monkey(args).main_run()
    summary = {k: report.get(k) for k in ("seed", "actions_done", "alive", "window_present", "responsive", "vmhwm",
                                          "startup_s", "stack_traces", "matching_lines_excluding_gtk_noise")}
    summary["jvms"] = (report.get("mem_end") or report.get("mem") or {}).get("jvms")
    print(summary)
    return 0 if report.get("alive") and report.get("window_present") and "harness_error" not in report else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
