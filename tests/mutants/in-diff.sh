#!/usr/bin/env bash
# cargo-mutants on what a change touched in the core: the mutants of the lines in
# `git diff BASE -- src/core` (the policy files of .cargo/mutants.toml; other files are ignored).
# Run it before resolving an issue that touches src/core; a MISSED mutant needs a test, or an
# entry with its reason in .cargo/mutants.toml's exclude_re.
#
# Usage:   bash tests/mutants/in-diff.sh [BASE] [cargo-mutants options...]
#          BASE defaults to the commit of the last full run (tests/mutants/full-run-commit).
# Exit:    cargo-mutants' own: 0 all caught, 2 some missed, 3 timeouts, 4 the tests fail unmutated.
set -euo pipefail

REPO=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
BASE=${1:-$(cat "$REPO/tests/mutants/full-run-commit")}
shift || true
diff=$(mktemp)
trap 'rm -f "$diff"' EXIT
git -C "$REPO" diff "$BASE" -- src/core >"$diff"
if [[ ! -s $diff ]]; then
  echo "in-diff: src/core is unchanged since $BASE; nothing to mutate"
  exit 0
fi
cd "$REPO"
exec cargo mutants --in-diff "$diff" "$@"
