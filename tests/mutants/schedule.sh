#!/usr/bin/env bash
# Mutation check for tests/schedule_props.rs (a developer tool, not part of CI).
#
# Each mutant below is one small edit of src/core/schedule.rs: a bug the property test must
# catch. For each, the tree (src tests assets Cargo.* config.example.toml) is copied once into a
# temp dir, the pristine schedule.rs is restored, the edit applied (it must match exactly once,
# else the mutant is STALE: update the list), and `cargo test --locked --test schedule_props`
# runs there. A failing test run is CAUGHT, a passing one MISSED, a build error BROKEN, a run
# that ends without a test result (a hang past MUTANT_TIMEOUT, a crash) TIMEOUT.
#
# Usage:   bash tests/mutants/schedule.sh [NUMBER...]     (default: every mutant)
# Env:     CARGO_TARGET_DIR (default the repository's target/), MUTANT_TIMEOUT (seconds per test
#          run, default 900),
#          MUTANT_APPLY_ONLY=1 (only check that every edit still applies; no builds).
# Exit:    0 if every mutant is caught, 1 otherwise, 2 if the unmutated test fails.
#
# Builds use their own profile, `mutants` (the dev profile under another name, so the first run
# builds the dependencies once, in $CARGO_TARGET_DIR/mutants): cargo fingerprints this crate by
# paths relative to its root and by mtimes, so a copy built in the shared debug profile would be
# taken for the real tree's build and a mutant would linger in later `cargo test` runs there.
# For the same reason the copy gets fresh mtimes (cp -R, not cp -a).
set -uo pipefail

REPO=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/target"}
TIMEOUT=${MUTANT_TIMEOUT:-900}
LOGS=$CARGO_TARGET_DIR/mutant-logs/schedule
FILE=src/core/schedule.rs

DESCS=() FROMS=() TOS=()
# mutant DESCRIPTION FROM TO: replace FROM by TO. FROM is literal text in which any run of
# whitespace matches any whitespace (so it may span lines); TO is literal.
mutant() { DESCS+=("$1"); FROMS+=("$2"); TOS+=("$3"); }

# Due comparisons (off by one).
mutant "interval end one tick late (now < due -> now <= due)" \
  'if now < due {' 'if now <= due {'
mutant "interval ends a second early" \
  'if now < due {' 'if now + TimeDelta::seconds(1) < due {'
mutant "wake-up exactly a stretch late still reminds (>= -> >)" \
  'if now - due >= delta(self.timings.stretch) {' 'if now - due > delta(self.timings.stretch) {'
mutant "missed-wake-up threshold is the interval, not the stretch" \
  'if now - due >= delta(self.timings.stretch) {' 'if now - due >= delta(self.timings.interval) {'
mutant "a missed wake-up reminds at once instead of restarting" \
  'if now - due >= delta(self.timings.stretch) {' 'if false {'
mutant "reminder expiry one tick late (>= -> >)" \
  'State::Reminding { expires, .. } if now >= expires => {' 'State::Reminding { expires, .. } if now > expires => {'
mutant "snooze end one tick late (>= -> >)" \
  'State::Snoozed { until } if now >= until => self.remind_or_hold(now, effects),' 'State::Snoozed { until } if now > until => self.remind_or_hold(now, effects),'
mutant "snooze ends a second early" \
  'State::Snoozed { until } if now >= until => self.remind_or_hold(now, effects),' 'State::Snoozed { until } if now + TimeDelta::seconds(1) >= until => self.remind_or_hold(now, effects),'
mutant "pause end one tick late (>= -> >)" \
  'self.remind_or_hold(now, effects), State::Paused { until: Some(until) } if now >= until => self.restart(now),' \
  'self.remind_or_hold(now, effects), State::Paused { until: Some(until) } if now > until => self.restart(now),'
# Snooze, pause, resume, stretch.
mutant "a snooze ending does not bring the reminder back (restarts instead)" \
  'State::Snoozed { until } if now >= until => self.remind_or_hold(now, effects),' 'State::Snoozed { until } if now >= until => self.restart(now),'
mutant "a pause ending reminds at once instead of starting a fresh interval" \
  'self.remind_or_hold(now, effects), State::Paused { until: Some(until) } if now >= until => self.restart(now),' \
  'self.remind_or_hold(now, effects), State::Paused { until: Some(until) } if now >= until => self.remind(now, effects),'
mutant "a pause ending starts the interval at the pause end, not at the wake-up" \
  'self.remind_or_hold(now, effects), State::Paused { until: Some(until) } if now >= until => self.restart(now),' \
  'self.remind_or_hold(now, effects), State::Paused { until: Some(until) } if now >= until => self.state = State::Active { since: until },'
mutant "a wake-up during a timed pause reminds" \
  'self.remind_or_hold(now, effects), State::Paused { until: Some(until) } if now >= until => self.restart(now),' \
  'self.remind_or_hold(now, effects), State::Paused { until: Some(until) } => if now >= until { self.restart(now) } else { self.remind(now, effects) },'
mutant "pause until a past time keeps that time (deadline in the past)" \
  'until: Some(until.max(now)),' 'until: Some(until),'
mutant "status: after a timed pause the next reminder is shown at the pause end" \
  'State::Paused { until: Some(until) } => Some(later(until, self.timings.interval)),' 'State::Paused { until: Some(until) } => Some(until),'
mutant "resume from a snooze does nothing" \
  'matches!(self.state, State::Paused { .. } | State::Snoozed { .. })' 'matches!(self.state, State::Paused { .. })'
mutant "resume while active restarts the interval" \
  'if matches!(self.state, State::Paused { .. } | State::Snoozed { .. }) {' 'if true {'
mutant "starting a stretch leaves the reminder on screen" \
  'if let State::Reminding { .. } = self.state { effects.push(Effect::WithdrawReminder); }' 'if let State::Reminding { .. } = self.state {}'
mutant "a stray 'stretch finished' restarts the interval when no stretch runs" \
  'if let State::Stretching { .. } = self.state {' 'if true {'
mutant "snooze, pause or skip leaves the stretch window open" \
  'State::Stretching { .. } => effects.push(Effect::CancelStretch),' 'State::Stretching { .. } => {}'
mutant "withdraw sent when no reminder shows" \
  'State::Stretching { .. } => effects.push(Effect::CancelStretch), _ => {}' 'State::Stretching { .. } => effects.push(Effect::CancelStretch), _ => effects.push(Effect::WithdrawReminder),'
# Reminders and expiry.
mutant "one wake-up shows the reminder twice" \
  'effects.push(Effect::Remind);' 'effects.push(Effect::Remind); effects.push(Effect::Remind);'
mutant "an ignored reminder shows again at once (piles up) instead of restarting" \
  'if now >= expires => { effects.push(Effect::WithdrawReminder); self.restart(now);' \
  'if now >= expires => { effects.push(Effect::WithdrawReminder); self.remind(now, effects);'
mutant "an ignored reminder is not withdrawn on expiry" \
  'if now >= expires => { effects.push(Effect::WithdrawReminder);' 'if now >= expires => {'
mutant "reminder expiry uses the stretch length, not the reminder timeout" \
  'expires: later(now, self.timings.reminder_timeout),' 'expires: later(now, self.timings.stretch),'
# Config changes.
mutant "config change: reminder expiry counted from now, not from when it showed" \
  'expires: later(since, timings.reminder_timeout),' 'expires: later(now, timings.reminder_timeout),'
mutant "config change keeps the showing reminder's old timeout" \
  'if let State::Reminding { since, .. } = self.state {' 'if let State::Reminding { since, .. } = (State::Paused { until: None }) {'
mutant "config change restarts the running interval instead of keeping its start" \
  'self.timings = timings;' 'self.timings = timings; if let State::Active { .. } = self.state { self.restart(now); }'
mutant "config change does not fire what is due at once" \
  'self.handle(now, Input::Tick)' 'Vec::new()'
mutant "never reminds again after a config change" \
  'self.timings = timings;' 'self.timings = Timings { interval: Duration::MAX, ..timings };'
# Time away and clock jumps.
mutant "away gap of exactly a stretch is not a break (>= -> >)" \
  'if length >= self.timings.natural_break {' 'if length > self.timings.natural_break {'
mutant "away threshold is the interval, not the stretch" \
  'if length >= self.timings.natural_break {' 'if length >= self.timings.interval {'
mutant "clock jump of exactly a stretch is not time away (>= -> >)" \
  'if jump >= delta(self.timings.natural_break) {' 'if jump > delta(self.timings.natural_break) {'
mutant "the clock set back far counts as time away (sign ignored)" \
  'if jump >= delta(self.timings.natural_break) {' 'if jump.abs() >= delta(self.timings.natural_break) {'
mutant "a small clock step shifts the interval start the wrong way" \
  'State::Active { since } => *since = shift(*since, jump),' 'State::Active { since } => *since = shift(*since, -jump),'
mutant "a small clock step does not shift the reminder's expiry" \
  '*expires = shift(*expires, jump);' ''
mutant "a small clock step keeps the snooze's wall-clock end, not the time remaining" \
  'State::Snoozed { until } => *until = shift(*until, jump),' 'State::Snoozed { .. } => {}'
mutant "a small clock step does not fire what became due" \
  'self.tick(now, effects);' ''
mutant "time away reminds at once on wake-up (burst)" \
  'if restarts { effects.push(Effect::NaturalBreak { length }); self.restart(now); }' 'if restarts { effects.push(Effect::NaturalBreak { length }); self.remind(now, effects); }'
mutant "time away keeps the running interval (an overdue reminder fires on wake-up)" \
  'State::Active { .. } | State::Held { .. } => true,' 'State::Active { .. } | State::Held { .. } => false,'
mutant "time away does not withdraw a showing reminder" \
  'State::Reminding { .. } => { effects.push(Effect::WithdrawReminder); true }' 'State::Reminding { .. } => true,'
mutant "a snooze that ended while away is not a break (kept until a tick)" \
  'State::Snoozed { until } => now >= until, State::Paused { until: Some(until) } => now >= until,' \
  'State::Snoozed { .. } => false, State::Paused { until: Some(until) } => now >= until,'
mutant "time away: a pause ending exactly at the wake-up is not ended (>= -> >)" \
  'State::Paused { until: Some(until) } => now >= until,' 'State::Paused { until: Some(until) } => now > until,'

# apply FILE FROM TO: the substitution, or exit 3 unless FROM matches exactly once.
apply() {
  FROM=$2 TO=$3 perl -0pi -e '
    my $p = join q(\s+), map { quotemeta } split /\s+/, $ENV{FROM};
    my $n = () = /$p/g;
    if ($n != 1) { print STDERR "pattern matches $n times: $ENV{FROM}\n"; exit 3 }
    s/$p/$ENV{TO}/;
  ' "$1"
}

test_run() {
  (cd "$WORK" && timeout "$TIMEOUT" nice -n 15 cargo test --locked --test schedule_props \
    --config 'profile.mutants.inherits="dev"' --profile mutants "$@")
}

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$REPO" && cp -R src tests assets Cargo.toml Cargo.lock config.example.toml "$WORK"/) || exit 2
cp "$WORK/$FILE" "$WORK/pristine.rs"
mkdir -p "$LOGS"

if [[ $# -gt 0 ]]; then SELECTED=("$@"); else SELECTED=($(seq 1 "${#DESCS[@]}")); fi

APPLY_ONLY=${MUTANT_APPLY_ONLY:-0}
[[ $APPLY_ONLY == 1 ]] || echo "baseline: the unmutated test must pass"
if [[ $APPLY_ONLY != 1 ]] && ! test_run >"$LOGS/baseline.log" 2>&1; then
  echo "the unmutated test fails; see $LOGS/baseline.log"
  exit 2
fi

bad=0 caught=0
for n in "${SELECTED[@]}"; do
  i=$((n - 1))
  desc=${DESCS[$i]:?no mutant $n}
  log=$LOGS/$n.log
  cp "$WORK/pristine.rs" "$WORK/$FILE"
  if ! apply "$WORK/$FILE" "${FROMS[$i]}" "${TOS[$i]}" 2>"$log" || cmp -s "$WORK/pristine.rs" "$WORK/$FILE"; then
    result="STALE (the edit no longer applies)"
  elif [[ $APPLY_ONLY == 1 ]]; then
    result="APPLIES (not built)"
  elif ! test_run --no-run >>"$log" 2>&1; then
    result="BROKEN (does not build)"
  elif test_run >>"$log" 2>&1; then
    result=MISSED
  elif ! grep -q '^test result: FAILED' "$log"; then
    result="TIMEOUT or crash (see the log)"
  else
    # Which tests failed, and the first line of the complaint (the property test's if it failed).
    failed=$(grep -oE '^test [a-z_]+ \.\.\. FAILED' "$log" | awk '{print $2}' | sed \
      -e 's/scheduler_agrees_with_the_model_over_a_month/model/' \
      -e 's/undisturbed_month_reminds_on_schedule/month/' \
      -e 's/extreme_durations_do_not_panic/extreme/' | paste -sd, -)
    why=$(grep -m1 -oE 'Test failed: .*' "$log" || grep -m1 -A1 'panicked at' "$log" | tail -1)
    result="CAUGHT [${failed:-?}] ${why#Test failed: }"
    result=${result:0:130}
  fi
  case $result in
    CAUGHT*) caught=$((caught + 1)) ;;
    APPLIES*) ;;
    *) bad=1 ;;
  esac
  printf '%2d  %-76s %s\n' "$n" "$desc" "$result"
done

echo "${#SELECTED[@]} mutants, $caught caught; logs: $LOGS/"
exit $bad
