# The check runner the shell smoke tests share (tests/package/deb-smoke.sh,
# tests/windows/smoke.sh): each check runs a command, prints `ok    NAME` or `FAIL  NAME (exit N)`
# with the command's output indented below, and counts into PASSED and FAILED for the script's
# closing line.

PASSED=0
FAILED=0
# check NAME CMD... : run CMD (output shown indented), count the result.
check() {
  local name=$1 out rc=0
  shift
  out=$("$@" 2>&1) || rc=$?
  if ((rc == 0)); then
    PASSED=$((PASSED + 1))
    echo "ok    $name"
  else
    FAILED=$((FAILED + 1))
    echo "FAIL  $name (exit $rc)"
  fi
  [[ -z $out ]] || sed 's/^/      /' <<<"$out"
  return "$rc"
}

# wait_for SECS DESCRIPTION CMD... : CMD until it succeeds (every 100 ms).
wait_for() {
  local secs=$1 deadline=$((SECONDS + $1)) what=$2
  shift 2
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      echo "timed out after ${secs}s waiting for $what"
      return 1
    fi
    sleep 0.1
  done
}
