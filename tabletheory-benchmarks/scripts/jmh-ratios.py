#!/usr/bin/env python3
"""Prints JMH results (-rf json) as Markdown tables of ratios measured in the same run.

Usage: python3 jmh-ratios.py results.json
Codec contenders are compared with CodecBenchmark.handWritten and the Enhanced Client; expression benchmarks with
their hand-written SDK twin (engineQuery/sdkQuery, engineUpdate/sdkUpdate).
"""
import json
import sys

rows = {}
for r in json.load(open(sys.argv[1])):
    name = r["benchmark"].split(".")[-2] + "." + r["benchmark"].split(".")[-1]
    m = r["primaryMetric"]
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {})
    rows[name] = (m["score"], m["scoreError"], alloc.get("score"))


def fmt(v, digits=0):
    return "n/a" if v is None else f"{v:,.{digits}f}"


codec = {k.split(".")[1]: v for k, v in rows.items() if k.startswith("CodecBenchmark.")}
if codec:
    hand = codec.get("handWritten")
    bean = codec.get("enhancedFromBean")
    print("| contender | ns/op (± 99.9% error) | ratio to hand-written | ratio to Enhanced fromBean "
          "| B/op | B/op ratio to Enhanced fromBean |")
    print("|---|---|---|---|---|---|")
    for name in ["handWritten", "tableTheory", "enhancedFromBean", "enhancedStatic"]:
        if name not in codec:
            continue
        s, e, a = codec[name]
        print(f"| {name} | {fmt(s)} ± {fmt(e)} | {s / hand[0]:.2f} | {s / bean[0]:.2f} | {fmt(a)} "
              f"| {(a / bean[2]) if a and bean[2] else float('nan'):.2f} |")
    if "handWrittenPutSide" in codec and "tableTheoryPutSide" in codec:
        hp, tp = codec["handWrittenPutSide"], codec["tableTheoryPutSide"]
        print()
        print("| put side only | ns/op (± 99.9% error) | ratio to hand-written put side | B/op |")
        print("|---|---|---|---|")
        for name, v in [("handWrittenPutSide", hp), ("tableTheoryPutSide", tp)]:
            print(f"| {name} | {fmt(v[0])} ± {fmt(v[1])} | {v[0] / hp[0]:.2f} | {fmt(v[2])} |")
    print()

expr = {k.split(".")[1]: v for k, v in rows.items() if k.startswith("ExpressionBenchmark.")}
if expr:
    print("| request | engine ns/op | hand-written SDK ns/op | ratio | engine B/op | SDK B/op |")
    print("|---|---|---|---|---|---|")
    for kind in ["Query", "Update"]:
        e, s = expr.get("engine" + kind), expr.get("sdk" + kind)
        if e and s:
            print(f"| {kind.lower()} | {fmt(e[0])} ± {fmt(e[1])} | {fmt(s[0])} ± {fmt(s[1])} | {e[0] / s[0]:.2f} "
                  f"| {fmt(e[2])} | {fmt(s[2])} |")
