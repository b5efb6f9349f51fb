#!/usr/bin/env python3
# Prints "N passed, N failed" from meson's test logs. TAP programs count by
# subtest (each "ok"/"not ok" line), other tests by their result.
import json
import re
import sys

TAP_LINE = re.compile(r'^(not ok|ok)\b(.*)$')


def count(log_path):
    passed = failed = skipped = 0
    with open(log_path, encoding='utf-8') as log:
        for line in log:
            entry = json.loads(line)
            result = entry.get('result')
            tap = [TAP_LINE.match(l) for l in (entry.get('stdout') or '').splitlines()]
            tap = [m for m in tap if m]
            if tap:
                not_ok = 0
                for m in tap:
                    if '# SKIP' in m.group(2):
                        skipped += 1
                    elif m.group(1) == 'ok':
                        passed += 1
                    else:
                        not_ok += 1
                failed += not_ok
                # A crash after the last "ok" still fails the program.
                if result not in ('OK', 'EXPECTEDFAIL', 'SKIP') and not_ok == 0:
                    failed += 1
            elif result in ('OK', 'EXPECTEDFAIL'):
                passed += 1
            elif result == 'SKIP':
                skipped += 1
            else:
                failed += 1
    return passed, failed, skipped


totals = [0, 0, 0]
for build_dir in sys.argv[1:]:
    try:
        p, f, s = count(f'{build_dir}/meson-logs/testlog.json')
    except FileNotFoundError:
        print(f'{build_dir}: no test log', file=sys.stderr)
        totals[1] += 1
        continue
    print(f'{build_dir}: {p} passed, {f} failed, {s} skipped')
    totals = [totals[0] + p, totals[1] + f, totals[2] + s]

print(f'{totals[0]} passed, {totals[1]} failed, {totals[2]} skipped')
