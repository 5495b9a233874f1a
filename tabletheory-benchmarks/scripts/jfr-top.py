#!/usr/bin/env python3
"""Summarises jdk.ExecutionSample events of a JFR recording: top leaf frames and top inclusive frames.

Usage: jfr print --events jdk.ExecutionSample rec.jfr | python3 jfr-top.py [N] [inclusive-filter-prefix]
"""
import re
import sys
from collections import Counter

top = int(sys.argv[1]) if len(sys.argv) > 1 else 25
prefix = sys.argv[2] if len(sys.argv) > 2 else "com.theorycloud"
leaf, inclusive = Counter(), Counter()
samples = 0
frames = None
frame_re = re.compile(r"^\s+([\w.$<>/]+\.[\w$<>]+)\(")
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        frames = []
        continue
    if frames is None:
        continue
    m = frame_re.match(line)
    if m:
        frames.append(m.group(1))
    elif line.strip() == "}" and frames is not None and line.startswith("}"):
        if frames:
            samples += 1
            leaf[frames[0]] += 1
            for f in set(frames):
                if f.startswith(prefix):
                    inclusive[f] += 1
        frames = None
print(f"samples: {samples}")
print("-- top leaf frames --")
for f, c in leaf.most_common(top):
    print(f"{100.0 * c / max(samples, 1):5.1f}%  {f}")
print(f"-- top inclusive frames under {prefix} --")
for f, c in inclusive.most_common(top):
    print(f"{100.0 * c / max(samples, 1):5.1f}%  {f}")
