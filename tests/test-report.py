#!/usr/bin/env python3
"""Reads a `cargo test` log and says whether the whole suite really ran.

    tests/test-report.py LOG... [--filtered] [--windows]

Prints one closing line, `tests: N passed, N failed, N skipped`, where skipped counts ignored
tests, tests a filter left out, and end-to-end tests that returned early for want of a desktop
session (they report themselves in a `note: N end-to-end test(s) skipped` line after their
binary's summary; libtest counts them as passed, this script does not). Several logs (the X11
session's `cargo test` and the Wayland session's run of tests/wayland.rs) add up; tests that say
`note: N end-to-end test(s) deferred to another session` in one log are not counted there
(neither passed nor skipped): they must run in another log to reach their minimum.

Exits 1, saying why, when a test failed, when an expected test binary did not run, when one ran
fewer tests than its minimum below (a deleted or renamed test, a `cfg` that hides a module), when
an end-to-end test was skipped, or (with --filtered, when the caller passed a filter) when the
filter matched nothing. --windows checks the Windows build's run under wine (EXPECTED_WINDOWS).
"""

import re
import sys

# Test binary (as cargo names it in "Running ...") -> fewest tests it may run. Raise a minimum
# when you add tests; lowering one needs a reason in the commit message.
EXPECTED = {
    "unittests src/lib.rs": 274,
    "tests/catalogs.rs": 5,
    "tests/cli.rs": 9,
    "tests/config_errors.rs": 10,
    "tests/config_watch.rs": 8,
    "tests/desktop.rs": 20,
    "tests/feelings.rs": 2,
    "tests/figures.rs": 7,
    "tests/first_start.rs": 2,
    "tests/nudges.rs": 3,
    "tests/no_tray.rs": 4,
    "tests/harness.rs": 4,
    "tests/languages.rs": 4,
    "tests/presence.rs": 4,
    "tests/presence_gnome.rs": 5,
    "tests/posture_props.rs": 2,
    "tests/presence_props.rs": 2,
    "tests/progress.rs": 4,
    "tests/quiet_times.rs": 9,
    "tests/rotation_props.rs": 1,
    "tests/schedule_props.rs": 3,
    "tests/sound.rs": 7,
    "tests/xembed_tray.rs": 5,
    "tests/wayland.rs": 6,
    "tests/gnome_shell.rs": 4,
    "tests/sync.rs": 5,
    "tests/accessibility.rs": 3,
}

# The same for `cargo test --target x86_64-pc-windows-gnu` under wine (tests/run-all.sh's Windows
# step): the desktop tests are Linux's, the Windows app end to end is tests/windows/smoke.sh.
EXPECTED_WINDOWS = {
    "unittests src/lib.rs": 142,
    "tests/catalogs.rs": 5,
    "tests/cli_windows.rs": 1,
    "tests/config_errors.rs": 9,
    "tests/posture_props.rs": 2,
    "tests/presence_props.rs": 2,
    "tests/rotation_props.rs": 1,
    "tests/schedule_props.rs": 3,
}

RUNNING = re.compile(r"^\s+Running (.+?) \(")
DOCTESTS = re.compile(r"^\s+Doc-tests (\S+)")
RESULT = re.compile(
    r"^test result: \w+\. (\d+) passed; (\d+) failed; (\d+) ignored; (\d+) measured; "
    r"(\d+) filtered out"
)
SKIP_NOTE = re.compile(r"^note: (\d+) end-to-end test\(s\) skipped")
DEFER_NOTE = re.compile(r"^note: (\d+) end-to-end test\(s\) deferred to (?:another|the Wayland) session")


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    filtered = "--filtered" in argv[1:]
    expected = EXPECTED_WINDOWS if "--windows" in argv[1:] else EXPECTED
    lines = []
    for path in (a for a in argv[1:] if not a.startswith("--")):
        with open(path, encoding="utf-8", errors="replace") as log:
            lines += log.read().splitlines()

    ran = {}  # binary -> [passed, failed, ignored, filtered out, skipped]
    current = None
    for line in lines:
        if m := RUNNING.match(line):
            current = m.group(1)
        elif m := DOCTESTS.match(line):
            current = f"doc-tests {m.group(1)}"
        elif (m := RESULT.match(line)) and current is not None:
            counts = list(map(int, m.groups()))
            passed, failed, ignored, _measured, left_out = counts
            old = ran.get(current, [0, 0, 0, 0, 0])
            ran[current] = [old[0] + passed, old[1] + failed, old[2] + ignored, old[3] + left_out, old[4]]
        elif (m := SKIP_NOTE.match(line)) and current in ran:
            skipped = int(m.group(1))
            ran[current][0] -= skipped
            ran[current][4] += skipped
        elif (m := DEFER_NOTE.match(line)) and current in ran:
            ran[current][0] -= int(m.group(1))

    passed = sum(r[0] for r in ran.values())
    failed = sum(r[1] for r in ran.values())
    skipped = sum(r[2] + r[3] + r[4] for r in ran.values())
    problems = []
    if failed:
        problems.append(f"{failed} test(s) failed")
    e2e_skipped = sum(r[4] for r in ran.values())
    if e2e_skipped:
        problems.append(f"{e2e_skipped} end-to-end test(s) skipped for want of a desktop session")
    if filtered:
        if passed + failed == 0:
            problems.append("the filter matched no test")
    else:
        for binary, minimum in expected.items():
            if binary not in ran:
                problems.append(f"{binary} did not run")
            elif ran[binary][0] + ran[binary][1] < minimum:
                problems.append(
                    f"{binary} ran {ran[binary][0] + ran[binary][1]} test(s), expected at least "
                    f"{minimum}"
                )
        for binary, counts in ran.items():
            if counts[3]:
                problems.append(f"{binary}: {counts[3]} test(s) filtered out without a filter")
    for binary, (p, f, i, left_out, s) in sorted(ran.items()):
        print(f"  {binary:<28} {p:4} passed {f:3} failed {i + left_out + s:3} skipped")
    for problem in problems:
        print(f"test-report: {problem}", file=sys.stderr)
    print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
