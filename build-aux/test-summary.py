#!/usr/bin/env python3
# Prints "N passed, N failed" from meson's test logs. TAP programs count by
# subtest (each "ok"/"not ok" line), other tests by their result. A build
# directory with fuzz-runs/ (build-aux/setup.sh fuzz) counts each fuzz
# harness run as one test and prints its figures.
import json
import pathlib
import re
import sys

TAP_LINE = re.compile(r'^(not ok|ok)\b(.*)$')
# libFuzzer's status lines: "#31613 DONE cov: 2057 ft: 5995 corp: 206/2701Kb ..."
FUZZ_STATUS = re.compile(r'^#(\d+)\s+\w+\s+cov: (\d+) ft: (\d+) corp: (\d+)/')
FUZZ_STAT = re.compile(r'^stat::(\w+):\s+(\d+)')
FUZZ_INITED = re.compile(r'^#\d+\s+INITED\b.*\bcorp: (\d+)/')
FUZZ_ARTIFACT = re.compile(r'Test unit written to (\S+)')
FUZZ_DONE = re.compile(r'^Done (\d+) runs in (\d+) second')


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


def count_fuzz(runs):
    passed = failed = 0
    for log_path in sorted(runs.glob('*.log')):
        name = log_path.stem
        rc_path = runs / f'{name}.rc'
        rc = int(rc_path.read_text().strip()) if rc_path.exists() else -1
        status = seeds = seconds = reason = None
        artifacts = []
        stats = {}
        last = ''
        with open(log_path, encoding='utf-8', errors='replace') as log:
            for line in log:
                last = line.strip() or last
                if line.startswith('SUMMARY:'):
                    reason = line.strip()
                if m := FUZZ_STATUS.match(line):
                    status = m
                if m := FUZZ_INITED.match(line):
                    seeds = m.group(1)
                if m := FUZZ_STAT.match(line):
                    stats[m.group(1)] = int(m.group(2))
                if m := FUZZ_DONE.match(line):
                    seconds = m.group(2)
                if m := FUZZ_ARTIFACT.search(line):
                    artifacts.append(m.group(1))
        figures = last  # libFuzzer stopped before fuzzing: its last word
        if status:
            execs = stats.get('number_of_executed_units', int(status.group(1)))
            figures = (f'{execs} execs in {seconds or "?"} s, {stats.get("average_exec_per_sec", "?")}/s, '
                       f'cov {status.group(2)}, ft {status.group(3)}, '
                       f'corpus {seeds or "?"} → {status.group(4)}')
        if rc == 0:
            passed += 1
            print(f'fuzz-{name}: ok: {figures}')
        else:
            failed += 1
            kept = ', '.join(artifacts) or 'no input written'
            print(f'fuzz-{name}: FAILED (exit {rc}): {reason or figures}; kept {kept}')
    return passed, failed


totals = [0, 0, 0]
for build_dir in sys.argv[1:]:
    runs = pathlib.Path(build_dir) / 'fuzz-runs'
    if runs.is_dir():
        p, f = count_fuzz(runs)
        print(f'{build_dir}: {p} passed, {f} failed, 0 skipped (fuzz runs)')
        totals = [totals[0] + p, totals[1] + f, totals[2]]
        if not pathlib.Path(build_dir, 'meson-logs', 'testlog.json').exists():
            continue
    try:
        p, f, s = count(f'{build_dir}/meson-logs/testlog.json')
    except FileNotFoundError:
        print(f'{build_dir}: no test log', file=sys.stderr)
        totals[1] += 1
        continue
    print(f'{build_dir}: {p} passed, {f} failed, {s} skipped')
    totals = [totals[0] + p, totals[1] + f, totals[2] + s]

print(f'{totals[0]} passed, {totals[1]} failed, {totals[2]} skipped')
