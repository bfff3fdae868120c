# posture-break: English, the source catalog. Every other catalog has exactly its messages,
# attributes and variables (tests/catalogs.rs checks). TRANSLATING.md says how to translate.
# Keys, paths and values from the config stay as written; variables in { } are filled in.

## Words used in many places

# $day: mon, tue, wed, thu, fri, sat, sun
weekday-short = { $day ->
    [mon] Mon
    [tue] Tue
    [wed] Wed
    [thu] Thu
    [fri] Fri
    [sat] Sat
   *[sun] Sun
}
# $position: seated, standing, floor
exercise-position = { $position ->
    [seated] seated
    [standing] standing
   *[floor] floor
}
# $kind: mobility (loosens), strength (builds the muscles that hold a posture)
exercise-kind = { $kind ->
    [mobility] mobility
   *[strength] strength
}
# $area: middle_back, neck, shoulders
exercise-area = { $area ->
    [middle_back] middle back
    [neck] neck
   *[shoulders] shoulders
}

# $day: a weekday-short; $time: 09:00
day-and-time = { $day } { $time }
# A length of time, "1 hour 30 minutes": the parts joined by duration-join.
duration-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
duration-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
# $first, $second: two parts of a duration-*
duration-join = { $first } { $second }
duration-minutes-short = { $count } min
duration-hours-short = { $count } h
# "a 1-minute stretch"; $unit: minute or second
duration-adjective = { $unit ->
    [minute] { $count }-minute
   *[second] { $count }-second
}
# $busy: fullscreen, do-not-disturb, camera
busy-what = { $busy ->
    [fullscreen] the fullscreen window
    [do-not-disturb] do-not-disturb
   *[camera] the call (camera)
}
# $position: sitting, standing
you-are = { $position ->
    [sitting] You are sitting
   *[standing] You are standing
}

## The state in words: the tray's status line

tray-next-stretch = Next stretch at { $time }
tray-back-from-break = Welcome back: that counted as a break; next stretch at { $time }
tray-held-busy = Stretch due: waiting until { busy-what } ends
tray-held-away = Waiting for you to come back
tray-held-elsewhere = Stretch due: shown on the computer in use
# $when: a time (10:35) or a day-and-time
tray-off-until = Off until { $when }
tray-off-none-ahead = Off: no working hours ahead
tray-reminding = Reminder showing
tray-stretching = Stretching now
tray-snoozed-until = Snoozed until { $time }
tray-paused-until-resumed = Paused until resumed
tray-paused-until = Paused until { $when }
tray-paused-until-tomorrow = Paused until tomorrow { $time }

## The `status` command's sentence (times with seconds)

status-snoozed-until = snoozed until { $time }
status-paused-until = paused until { $time }
status-paused-until-resumed = paused until resumed
status-reminding = a reminder is showing
status-held-busy = a stretch is due; the reminder waits until { busy-what } is over
status-held-away = a stretch is due; the reminder waits for you to come back
status-held-elsewhere = a stretch is due; the reminder shows on the computer you are using
status-off-hours-until = outside working hours until { $time }
status-off-hours-none-ahead = outside working hours (none ahead)
status-stretching = stretching: { $exercise }
status-active = active, next stretch at { $time }
# $interval: a duration; $config: the config file's path
status-sentence = { $summary } (every { $interval }; config { $config })

## A status bar's few characters (`status --format short`, waybar's text)

# $state: active, snoozed, paused, reminding, stretching, held, off_hours
bar = { $state ->
    [reminding] stretch now
    [stretching] stretching
    [held] stretch due
    [snoozed] snoozed
    [paused] paused
    [off_hours] off
   *[active] next
}
bar-with-time = { bar } { $time }
waybar-tooltip = posture-break: { $summary }
waybar-not-running = posture-break is not running

## Progress and the exercises' summary (tray tooltip, week window, `stats`)

progress-today = { $count ->
    [0] No stretch yet today
    [one] { $count } stretch today
   *[other] { $count } stretches today
}
# $today: a progress-today; $streak: days in a row with a stretch
progress-with-streak = { $today } · { $streak ->
    [one] { $streak }-day streak
   *[other] { $streak }-day streak
}
exercises-this-week = { $mobility } mobility, { $strength } strength this week
# $split: an exercises-this-week; $names: exercise names joined by list-separator
exercises-rated-good = { $split } · Rated good: { $names }
list-separator = {", "}

## The question after a stretch, and what "It hurt" shows

feeling-question = How did that feel?
# $feeling: good, not_for_me, hurt
feeling-answer = { $feeling ->
    [good] Good
    [not_for_me] Not for me
   *[hurt] It hurt
}
hurt-stop = Stop, and move only within a comfortable range.
hurt-see-a-clinician = See a clinician if the pain persists, or if you have numbness or tingling down your legs, chest pain, or changes in bladder or bowel control.
# The next line shows the command that brings the exercise back.
hurt-not-offered-again = { $exercise } will not be offered again. To bring it back:
# The reminder when no exercise is left to offer. `positions` and [stretch] stay as written.
nothing-left-all-hurt = { $count ->
    [one] The one exercise your positions allow is rated "It hurt", so there is no stretch to offer. Clear its rating (posture-break exercises rate ID clear) or allow more positions with `positions` under [stretch] in the config.
   *[other] All { $count } exercises your positions allow are rated "It hurt", so there is no stretch to offer. Clear a rating (posture-break exercises rate ID clear) or allow more positions with `positions` under [stretch] in the config.
}
nothing-left-no-position = No exercise matches your positions, so there is no stretch to offer: allow more positions with `positions` under [stretch] in the config.

## Posture nudges between stretches

nudge-change-position = Change position
nudge-sit-back = Sit back against the chair; a rolled towel behind your low back helps
nudge-shoulders = Let your shoulders drop and roll back
nudge-stand-up-a-moment = Stand up for a moment
nudge-time-to-stand = Time to stand up
nudge-time-to-sit = Time to sit down

## The exercises on the command line (`exercises list|show|next|rate`)

# $areas: body areas joined by list-separator; $done: times completed; $rating: a feeling-answer, or "none"
exercise-list-details = { $areas }; done { $done }{ $rating ->
    [none] {""}
   *[other] , rated { $rating }
}
# $number: the step's number; $secs: its length in seconds
exercise-show-step = { $number }. { $text } ({ $secs } s)
exercise-caution = Caution: { $caution }
# $reason: strength_turn, favourite, rotation
pick-reason = { $reason ->
    [strength_turn] strength turn: two mobility stretches came before
    [favourite] favourite: rated good, offered twice as often
   *[rotation] rotation
}
# $rating: a feeling-answer
exercise-rated = { $exercise }: rated "{ $rating }"
exercise-rating-cleared = { $exercise }: rating cleared

## The tray menu (and the XEmbed tray's menu)

menu-stretch-now = Start stretch now
menu-snooze = Snooze
menu-pause = Pause
menu-until-tomorrow = Until tomorrow
menu-until-resumed = Until I resume
menu-resume = Resume
menu-posture-nudges = Posture nudges
menu-sitting = I'm sitting
menu-standing = I'm standing
menu-your-week = Your week
menu-open-config = Open config file
menu-start-at-login = Start at login
menu-quit = Quit

## Notifications

# $length: a duration-adjective
reminder-summary = Time for a { $length } stretch
# $step: the exercise's first step
reminder-body = { $exercise }: { $step }
# The reminder's buttons; $duration: "10 min"
reminder-start = Start stretch
reminder-snooze = Snooze { $duration }
reminder-skip = Skip
notice-config-removed = posture-break: config file removed
notice-config-removed-body = { $path } was removed; using the defaults until it is written again
# The config error itself follows in English, with its file:line:column.
notice-config-not-applied = posture-break: config not applied
notice-keeping-config = keeping the last good config
notice-keeping-exercises = keeping the last good exercises
notice-using-defaults = using the defaults
welcome-summary = posture-break is running
# The welcome where no tray shows the app (GNOME without the AppIndicator extension)
welcome-body-no-tray = Your first { $length } stretch is at { $first }, then every { $interval }.
    This desktop shows no tray icon: open posture-break from your launcher (a right-click there offers Start stretch now, Snooze, Pause 1 hour and Your week), or run posture-break open. Settings: { $config }
# $first: the first stretch's time; $interval: a duration; $config: the config file's path
welcome-body = posture-break runs in the tray. Your first { $length } stretch is at { $first }, then every { $interval }.
    Right-click its tray icon for the menu (start a stretch, snooze, pause); a left click shows your week. Settings: { $config }

## The stretch window

# Under the countdown in the ring (keep it short: the ring is small)
stretch-time-left = left
stretch-paused = Paused
stretch-step-of = Step { $step } of { $steps }
stretch-done = Done
stretch-skip = Skip
# The sound toggle's name for screen readers
stretch-sound = Sound
# The keys line; $paused and $sound are "true" or "false"
stretch-keys = { $paused ->
    [true] Space resume
   *[false] Space pause
} · Enter done · Esc skip{ $sound ->
    [true] {" · V sound"}
   *[false] {""}
}
feeling-keys = 1 Good · 2 Not for me · 3 It hurt · Esc close. Not answering is fine.
hurt-title = That stretch hurt
hurt-keys = Enter or Esc closes
window-close = Close

## The week window

week-window-title = posture-break — Your week
week-title = Your week
week-last-7-days = Last 7 days
week-completion = Completion
# $rate_28: a percentage ("80%") or "–"
week-completion-detail = { $completed } of { $offered } offered this week; 28 days: { $rate_28 }
week-streak = Streak
week-streak-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
week-legend-stretches = stretches
week-legend-natural-breaks = natural breaks
week-legend-standing = time standing (below)
week-legend-sitting = time sitting (below)
week-last-28-days = Last 28 days: { $completed } stretches, { $breaks } natural breaks
# A label under the 28 days' bars; $month: 1 to 12
day-and-month = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
week-keys = Esc closes
# A day's time in one position, short: "45m", "5h", "1h05" ($minutes has two digits there)
time-compact-minutes = { $minutes }m
time-compact-hours = { $hours }h
time-compact = { $hours }h{ $minutes }

## `stats`

# A row's label; the values line up after the longest label
stats-label = { $label }:
stats-today = Today
stats-last-7-days = Last 7 days
stats-last-28-days = Last 28 days
stats-completion = Completion
stats-positions = Positions
stats-streak = Streak
stats-kinds = Kinds
stats-rated-good = Rated good
stats-day = { $completed } completed, { $natural_breaks ->
    [one] { $natural_breaks } natural break
   *[other] { $natural_breaks } natural breaks
}, { $skipped } skipped, { $reminded } reminders
stats-completion-rate = { $percent }% (last 7 days)
stats-no-reminders-yet = no reminders yet (last 7 days)
# $span: today, last_7_days; $standing, $sitting: "1 h 20 min"
stats-positions-value = { $span ->
    [today] today
   *[last_7_days] last 7 days
} standing { $standing }, sitting { $sitting }
stats-kinds-value = { $mobility } mobility, { $strength } strength (last 7 days)

## The app's own window (`posture-break open`), for desktops without a tray

## `sync status`: several computers through a synced folder

sync-off = Sync is off: set [sync] folder in the config to share breaks between your computers.
# $name: this computer's name; $folder: the folder as written in the config
sync-here = This computer is { $name } in { $folder }
sync-no-peers = No other computer has written there yet.
# $presence: away, here; $when: "2026-12-07 10:05"
sync-peer = { $name }: { $presence ->
    [away] away
   *[here] in use
}, last heard from { $when }
sync-peer-silent = { $name }: nothing readable yet

home-window-title = posture-break
home-keys = Up, Down move · Enter choose · Right, Left submenu · Esc close

## Exercises: `assets/exercises.toml` is the English source; the ids and the step count match it.
## The cautions and the safety notes must stay faithful: they tell a person when to stop.

exercises-notice = These stretches are general education, not medical advice; move gently and stop if anything hurts.
exercises-red-flags = If you have numbness or tingling going down your legs, chest pain, or changes in bowel or bladder control, talk to a clinician before doing these stretches.

exercise-cat-cow = Cat-Cow
    .caution = Move only within a comfortable range, and pad your knees or skip it if kneeling hurts.
    .step-1 = Get on your hands and knees, wrists under shoulders and knees under hips.
    .step-2 = Breathe in, let your belly sink and lift your chest, looking slightly forward.
    .step-3 = Breathe out, round your back up toward the ceiling and let your head drop.
    .step-4 = Keep flowing slowly between the two shapes with your breath.
    .step-5 = Return to a flat back, then sit back toward your heels to rest.

exercise-seal-stretch = Seal Stretch
    .caution = Stay propped on your forearms instead if straightening your arms strains your low back.
    .step-1 = Lie face down with your hands on the floor under your shoulders.
    .step-2 = Press through your hands to lift your chest, keeping your hips on the floor.
    .step-3 = Hold, letting your back arch gently and keeping your shoulders away from your ears.
    .step-4 = Lower slowly, then press up again, only as far as feels comfortable.
    .step-5 = Lower down and rest your forehead on your hands.

exercise-seated-trunk-rotation = Seated Trunk Rotation
    .caution = Turn smoothly without bouncing or forcing the end of the movement.
    .step-1 = Sit tall near the front of your chair with both feet flat on the floor.
    .step-2 = Cross your arms over your chest, hands resting on the opposite shoulders.
    .step-3 = Turn your upper body slowly to the right, keeping your hips facing forward.
    .step-4 = Return to center, then turn slowly to the left.
    .step-5 = Keep alternating sides gently, breathing out as you turn.

exercise-bent-over-iyt = Bent-Over I/Y/T
    .caution = Keep your neck in line with your back, and skip the hinge if bending forward bothers your low back.
    .step-1 = Stand with soft knees and hinge forward at the hips, back flat and arms hanging down.
    .step-2 = Make an I: raise both arms forward beside your ears, thumbs up, then lower slowly.
    .step-3 = Make a Y: raise your arms up and out, squeezing your shoulder blades, then lower slowly.
    .step-4 = Make a T: lift your arms straight out to the sides, then lower with control.
    .step-5 = Stand up slowly and let your arms relax.

exercise-seated-cat-cow = Seated Cat-Cow
    .caution = Keep the movement slow and pain-free, especially at the neck.
    .step-1 = Sit near the front of your chair with your hands resting on your knees.
    .step-2 = Breathe in, lift your chest forward and draw your shoulders back and down.
    .step-3 = Breathe out, round your upper back and let your chin drop toward your chest.
    .step-4 = Keep moving slowly between the two positions with your breath.
    .step-5 = Finish sitting tall in a relaxed, easy position.

exercise-chin-tucks = Chin Tucks
    .caution = Move gently, and stop if you feel dizziness, tingling or pain spreading into your arm.
    .step-1 = Sit tall with your shoulders relaxed and your eyes looking straight ahead.
    .step-2 = Glide your chin straight back, as if making a double chin, without tipping your head.
    .step-3 = Hold for a few seconds, feeling a gentle stretch at the base of your skull.
    .step-4 = Release and repeat slowly, keeping your gaze level.
    .step-5 = Relax your neck and let your breathing settle.

exercise-shoulder-blade-squeeze = Shoulder Blade Squeeze
    .caution = Squeeze gently, keep your neck relaxed and avoid arching your low back.
    .step-1 = Sit tall with your arms relaxed at your sides and your elbows slightly bent.
    .step-2 = Draw your shoulder blades back and down, as if holding a pencil between them.
    .step-3 = Hold for about five seconds while breathing normally, without shrugging.
    .step-4 = Release slowly, then repeat the squeeze at an easy pace.
    .step-5 = Let your shoulders relax completely.

exercise-seated-w-squeeze = Seated W Squeeze
    .caution = Keep it small and easy, with your neck long; stop short of any pinching in the shoulders.
    .step-1 = Sit tall away from the backrest, feet flat, arms relaxed at your sides.
    .step-2 = Bend your elbows and lift your hands to shoulder height, palms forward, making a W.
    .step-3 = Draw your elbows down and back, squeezing your shoulder blades together.
    .step-4 = Hold for a breath, then ease back to the W; repeat at an easy pace.
    .step-5 = Lower your arms and let your shoulders relax.

exercise-neck-side-stretch = Neck Side Stretch
    .caution = Don't pull on your head, and stop if you feel tingling or dizziness.
    .step-1 = Sit tall and hold the side of your chair seat with your right hand.
    .step-2 = Tilt your left ear toward your left shoulder until you feel a stretch on the right side of your neck.
    .step-3 = Slowly bring your head back to center.
    .step-4 = Hold the seat with your left hand and tilt your right ear toward your right shoulder.
    .step-5 = Bring your head back to center and let your shoulders relax.

exercise-levator-scapulae-stretch = Levator Scapulae Stretch
    .caution = Don't pull on your head, and ease off if you feel tingling, dizziness or sharp pain.
    .step-1 = Sit tall and hold the side of your chair seat with your right hand.
    .step-2 = Turn your head partway to the left and tip your nose down toward your left armpit.
    .step-3 = Lift your head slowly back to center.
    .step-4 = Hold the seat with your left hand and tip your nose down toward your right armpit.
    .step-5 = Lift your head slowly back to center and relax your shoulders.

exercise-seated-thread-the-needle = Seated Thread the Needle
    .caution = Keep your hips still and rotate only as far as is comfortable.
    .step-1 = Sit tall with your feet flat and your left hand resting on your right knee.
    .step-2 = Reach your right arm across your body to the left, letting your upper back round and turn.
    .step-3 = Sweep your right arm back and up toward the ceiling, turning your chest to the right.
    .step-4 = Switch hands and reach your left arm across your body to the right.
    .step-5 = Sweep your left arm back and up toward the ceiling, turning your chest to the left.
    .step-6 = Return to center, sit tall and take a slow breath.

exercise-seated-open-book = Seated Open Book
    .caution = Keep your hips facing forward and stop before any pinching in the shoulder.
    .step-1 = Sit tall and reach both arms straight out in front at shoulder height, palms together.
    .step-2 = Sweep your right arm out and back, turning your chest and eyes to follow your hand.
    .step-3 = Bring it back, then sweep your left arm out and back, turning to the left.
    .step-4 = Keep alternating slowly, opening only as far as feels comfortable.
    .step-5 = Lower your arms and sit tall.

exercise-shoulder-rolls = Shoulder Rolls
    .caution = Keep the circles slow and smooth, and make them smaller if anything pinches.
    .step-1 = Sit tall with your arms hanging loosely at your sides.
    .step-2 = Lift your shoulders toward your ears, then roll them back and down in slow circles.
    .step-3 = Reverse direction and roll your shoulders forward in slow circles.
    .step-4 = Finish with a few more backward rolls, letting your shoulders drop each time.
    .step-5 = Breathe out and let your arms hang heavy.

exercise-chair-back-extension = Chair-Back Extension
    .caution = Use a stable chair that doesn't roll or recline, and lean back only as far as is comfortable.
    .step-1 = Sit back in a chair whose backrest reaches about the bottom of your shoulder blades.
    .step-2 = Cross your arms over your chest or lightly support your head with your hands.
    .step-3 = Lean back gently over the top of the backrest, letting your upper back arch.
    .step-4 = Return upright, then lean back again, breathing out as you go.
    .step-5 = Sit up slowly and relax.

exercise-doorway-chest-opener = Doorway Chest Opener
    .caution = Keep the stretch mild, and back off if you feel tingling in your hands or a pinch in the shoulder.
    .step-1 = Stand in a doorway with your forearms on the frame and your elbows at shoulder height.
    .step-2 = Step one foot forward and lean gently until you feel a stretch across your chest.
    .step-3 = Hold the stretch, breathing slowly and keeping your shoulders down.
    .step-4 = Ease back, then lean in again, a little further only if it feels comfortable.
    .step-5 = Step out of the doorway and let your arms hang loosely.

exercise-wall-angels = Wall Angels
    .caution = Your arms don't need to touch the wall; stop short of any pinching in the shoulders.
    .step-1 = Stand with your back against a wall, feet a small step forward and knees soft.
    .step-2 = Raise your arms into a goalpost shape with the backs of your arms toward the wall.
    .step-3 = Slide your arms slowly up the wall, keeping them as close to it as is comfortable.
    .step-4 = Slide them back down to the goalpost, drawing your shoulder blades down.
    .step-5 = Keep sliding up and down slowly, without forcing your arms against the wall.

exercise-standing-y-raise = Standing Y Raise
    .caution = Raise your arms only as high as feels comfortable, without arching your low back.
    .step-1 = Stand tall, feet hip-width apart and knees soft, arms at your sides, thumbs forward.
    .step-2 = Draw your shoulder blades slightly back and down.
    .step-3 = Lift your straight arms up and out into a Y, thumbs pointing up.
    .step-4 = Lower them slowly and lift again at an easy pace, keeping your shoulders away from your ears.
    .step-5 = Let your arms hang and your shoulders relax.

exercise-standing-side-bend = Standing Side Bend
    .caution = Lean straight to the side rather than forward, and keep the stretch mild.
    .step-1 = Stand tall with your feet hip-width apart and your arms at your sides.
    .step-2 = Reach your right arm overhead and lean gently to the left, feeling your right side lengthen.
    .step-3 = Come back to center slowly.
    .step-4 = Reach your left arm overhead and lean gently to the right.
    .step-5 = Keep alternating sides slowly, breathing out as you lean.

exercise-clasped-hands-chest-opener = Clasped-Hands Chest Opener
    .caution = Lift your arms only slightly, and stop if you feel a pinch at the front of the shoulders.
    .step-1 = Stand tall and clasp your hands behind your back, or hold a towel between them.
    .step-2 = Straighten your arms gently and draw your shoulder blades together as you lift your chest.
    .step-3 = Hold and breathe slowly, keeping your chin level and your shoulders away from your ears.
    .step-4 = Release, roll your shoulders a few times, then clasp your hands and lift again.
    .step-5 = Let go and let your arms hang loosely.

exercise-thread-the-needle = Thread the Needle
    .caution = Keep weight off your neck, and pad your knees or skip it if kneeling hurts.
    .step-1 = Get on your hands and knees, wrists under shoulders and knees under hips.
    .step-2 = Slide your right arm under your body to the left, lowering your right shoulder toward the floor.
    .step-3 = Unwind and reach your right arm up toward the ceiling, following it with your eyes.
    .step-4 = Slide your left arm under your body to the right, lowering your left shoulder toward the floor.
    .step-5 = Unwind and reach your left arm up toward the ceiling, following it with your eyes.
    .step-6 = Return to your hands and knees, then sit back toward your heels to rest.

## Screen readers: the windows' texts read aloud, where the screen shows them apart

# $step, $steps: numbers; $text: the step's words
access-step = Step { $step } of { $steps }: { $text }
# $time: minutes and seconds left, e.g. 0:42; $paused: yes or no
access-time = { $paused ->
    [yes] { $time } paused
   *[no] { $time } left
}
# $day: a short weekday name (weekday-short); $count: stretches completed that day
access-week-day = { $day } { $count }
# $days: the last seven days, each an access-week-day, joined by commas
access-week-last-7 = Last 7 days: { $days }
# $rate: a percentage such as 80%; $detail: week-completion-detail
access-week-completion = Completion: { $rate } ({ $detail })
# $streak: week-streak-days
access-week-streak = Streak: { $streak }

## Errors in the config file and in the user's exercises file, after "file:line:column: ".
## Keys, sections, paths and values in backticks or quotes stay exactly as written: they are
## what the person types in the file. Only the words around them are translated.
## $suggestion is the closest allowed word, or "none" when nothing is close.

# $bytes: the file's size; $max: the limit in KiB
config-too-big = file is { $bytes } bytes; a file here may be at most { $max } KiB, is this the right file?
config-not-utf8 = invalid UTF-8: the file must be saved as UTF-8 text
# $what: key or section; $name: as written ([brackets] included for a section);
# $allowed: the keys or sections allowed there, comma-separated
config-unknown-name = { $what ->
    [section] unknown section `{ $name }`
   *[key] unknown key `{ $name }`
}{ $suggestion ->
    [none] {""}
   *[other] ; did you mean `{ $suggestion }`?
} (allowed here: { $allowed })
# $key: a key written at the top that belongs in $section; $detail: config-unknown-name
config-key-belongs = `{ $key }` belongs in the [{ $section }] section: put it below a `[{ $section }]` line ({ $detail })
# $name: the section as written, e.g. [schedule]
config-duplicate-section = duplicate section `{ $name }`: each section may appear once; merge its keys into the first one
# $name: the key
config-duplicate-key = duplicate key `{ $name }`: each key may appear once
config-duplicate-key-unnamed = duplicate key: each key may appear once
# $value: the bare word written (yes, no, on, off…)
config-yes-no = `{ $value }` is not a value: for yes/no write true or false (lower case, no quotes)
# $value: the text written without quotes
config-quote-text = text must be quoted: write "{ $value }"
config-quote-text-example = text must be quoted, e.g. "45m"
config-unclosed-string = unclosed string: the closing `"` is missing
# $found: a config-found; $expected: a config-expected
config-wrong-type = wrong type: found { $found }, expected { $expected }
# What the file has where another type belongs. $value: as written
config-found = { $kind ->
    [integer] integer `{ $value }`
    [float] floating point `{ $value }`
    [boolean] boolean `{ $value }`
    [string] string { $value }
    [list] a list
    [table] a table
    [date] a date `{ $value }`
    [datetime] a date and time `{ $value }`
    [time] a time `{ $value }`
   *[other] { $value }
}
# What a key takes. $name: the section for a table, else the reader's own English words
config-expected = { $what ->
    [boolean] true or false
    [string] a string
    [list] a list in brackets, e.g. ["a", "b"]
    [table] a table: [{ $name }]
    [duration] a duration string such as "45m", "1h 30m" or "90s"
    [sit-stand] a table of two durations: {"{"} sit = "40m", stand = "20m" {"}"}
    [integer] a whole number
    [number] a number
   *[other] { $name }
}
# $name: the section
config-section-list = `{ $name }` must be one table, written [{ $name }], not a list of them like [[{ $name }]]
# $key: the key that must be there
config-missing-key = missing field `{ $key }`
# The TOML reader's findings. $detail: its own English words, for the rarer ones
config-syntax = { $problem ->
    [key-no-value] key with no value
    [unclosed-table] unclosed table
    [unclosed-array-table] unclosed array of tables
    [unclosed-array] unclosed array
    [unclosed-inline-table] unclosed inline table
    [missing-comma-array] missing comma between array elements
    [missing-comma-table] missing comma between key-value pairs
    [missing-value] missing value
    [extra-comma] extra comma
    [extra-equals] extra `=`
    [invalid-key] invalid unquoted key
    [invalid-string] invalid string
    [invalid-value] invalid value
    [unexpected-content] unexpected content
   *[other] { $detail }
}
# $syntax: a config-syntax; $expected: the marks that may come here, in backticks, or config-syntax-thing
config-syntax-expected = { $syntax }, expected { $expected }
config-syntax-thing = { $thing ->
    [key] a key
   *[value] a value
}

# Durations ("45m", "1h 30m", "90s")
config-duration-empty = empty duration; write e.g. "45m", "1h 30m" or "90s"
config-duration-negative = negative durations are not allowed
# $value: as written
config-duration-unreadable = cannot read `{ $value }` as a duration; write e.g. "45m", "1h 30m" or "90s"
# $value: the number written without a unit
config-duration-no-unit = `{ $value }` has no unit; write "{ $value }m" for minutes or "{ $value }s" for seconds
# $unit: the unit written
config-duration-unknown-unit = unknown unit `{ $unit }`; use s, m or h (e.g. "45m", "1h 30m", "90s")
config-duration-too-large = duration is too large
# $value: as written; $reason: one of the config-duration messages above
config-value-reason = `{ $value }`: { $reason }
# $value: the number written
config-duration-number = durations are strings with a unit: write "{ $value }m" or "{ $value }s", not { $value }
config-duration-fraction = durations are strings with a unit such as "90s", not the number { $value }
# $zero: yes when the value is zero, else no; $value, $min, $max: durations such as 45m
config-out-of-range = { $zero ->
    [yes] `{ $key }` must not be zero: it is { $value }, allowed is { $min } to { $max }
   *[no] `{ $key }` is out of range: it is { $value }, allowed is { $min } to { $max }
}
config-choices-empty = `{ $key }` is empty: give at least one duration, e.g. ["10m"]
# $count: entries written; $max: entries a menu takes
config-choices-too-many = `{ $key }` has { $count } entries; at most { $max } fit in a menu
# $stretch, $interval: durations such as 45m
config-stretch-longer = `stretch.duration` ({ $stretch }) is longer than `schedule.interval` ({ $interval }); a stretch must fit between reminders
# $idle, $natural: durations such as 5m
config-idle-longer = `presence.idle_after` ({ $idle }) is longer than `presence.natural_break` ({ $natural }); you must be away before time away can count as a break
# $every, $interval: durations such as 45m
config-nudge-not-shorter = `posture.nudge_every` ({ $every }) must be shorter than `schedule.interval` ({ $interval }): nudges come between stretches

# Times of day
config-time-unquoted = a time of day is written in quotes, such as "08:00"
# $value: as written
config-time-bad = `{ $value }` is not a time of day; use 24-hour "HH:MM" from "00:00" to "23:59"

# Words from a short list. $key: the key; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-word-unknown = `{ $key }` is "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(did you mean "{ $suggestion }"?)
}; allowed: { $allowed }
config-language-unknown = `general.language` is "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(did you mean "{ $suggestion }"?)
}; the languages are: { $allowed }
config-positions-empty = `stretch.positions` is empty: list at least one of "seated", "standing", "floor"
# $what: position, kind or area; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-unknown-word = { $what ->
    [position] unknown position "{ $value }";
    [kind] unknown kind "{ $value }";
   *[area] unknown area "{ $value }";
}{ $suggestion ->
    [none] {""}
   *[other] {" "}did you mean "{ $suggestion }"?
} allowed: { $allowed }
config-hold-when-unknown = `{ $value }` is not something that can hold a reminder{ $suggestion ->
    [none] {""}
   *[other] {" "}(did you mean `{ $suggestion }`?)
}; allowed: { $allowed }

# [sync]. $name: the machine name as written; $max: its longest length; $char: the character, quoted
config-sync-name = { $problem ->
    [empty] `sync.name` "{ $name }" is empty
    [too-long] `sync.name` "{ $name }" is longer than { $max } characters
    [character] `sync.name` "{ $name }" has { $char }: use letters, digits, '-', '_' and '.' (it names a file)
    [dot] `sync.name` "{ $name }" starts with '.': such files are hidden or a sync engine's own
   *[conflict] `sync.name` "{ $name }" looks like a Syncthing conflict copy
}
config-sync-name-alone = `sync.name` without `sync.folder`: sync is on only with a folder, e.g. folder = "~/Sync/posture-break"
config-sync-folder-empty = `sync.folder` is empty: give the synced folder, e.g. "~/Sync/posture-break", or leave the key out to keep sync off
# $folder: as written
config-sync-folder-relative = `sync.folder` "{ $folder }" is relative: write a full path or one under your home, e.g. "~/Sync/posture-break"

# [working_hours]
config-days-empty = `working_hours.days` is empty: list the days reminders may come, such as ["mon", "tue", "wed", "thu", "fri"] (to take one day off, write e.g. `fri = []`; to have no working hours, remove the section)
# $value: as written
config-day-unknown = `{ $value }` is not a day{ $suggestion ->
    [none] {""}
   *[other] {" "}(did you mean `{ $suggestion }`?)
}; use mon, tue, wed, thu, fri, sat, sun
# $key: hours or a day (mon…sun); $value: the range as written; $part: the time in it
config-hours-not-range = `working_hours.{ $key }`: `{ $value }` is not a time range; write ranges as "HH:MM-HH:MM" in 24-hour time, e.g. "09:00-17:30"
config-hours-not-time = `working_hours.{ $key }`: `{ $value }`: `{ $part }` is not a time; write ranges as "HH:MM-HH:MM" in 24-hour time, e.g. "09:00-17:30"
config-hours-out-of-day = `working_hours.{ $key }`: `{ $value }`: `{ $part }` is not a time of day (00:00 to 23:59; 24:00 only as an end)
config-hours-empty = `working_hours.{ $key }`: `{ $value }` is empty: its start and end are the same time
# $other: the earlier range it overlaps
config-hours-overlap = `working_hours.{ $key }`: `{ $value }` overlaps `{ $other }`; give each time once

# The user's exercises file. $id: the exercise id as written
config-exercise-id-bad = exercise id "{ $id }" must be 1–64 characters of a-z, 0-9 and '-'
config-exercise-id-taken = exercise id "{ $id }" is already used; ids must be unique
# $field: name or caution
config-exercise-field-length = `{ $field }` must be 1–200 characters
# $allowed: the areas, quoted and comma-separated
config-exercise-areas-empty = `areas` is empty; list one or more of { $allowed }
config-exercise-steps-count = `steps` must hold 1 to 12 steps
# $secs: as written
config-exercise-step-secs = step `secs` is { $secs }; allowed is 1 to 600
config-exercise-step-text = step `text` must be 1–300 characters
config-exercise-flow-without-pose = `flow` needs a `pose` to start from: write the first shape as `pose`
config-exercise-flow-count = `flow` must hold 1 to 7 shapes
# A figure's pose out of bounds, in the pose model's own English words (joint names, degrees)
config-exercise-pose = { $detail }

## The launcher (the desktop entry): how app menus describe it, and its right-click actions
## (the others are the tray menu's: menu-stretch-now, menu-snooze, menu-your-week)

launcher-generic-name = Stretch Break Reminder
launcher-comment = Offers a one-minute guided stretch for the middle back, neck and shoulders every 45 minutes
launcher-pause-hour = Pause 1 hour
launcher-open = Open the window
