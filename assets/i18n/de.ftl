# posture-break: Deutsch. Gleiche Nachrichten, Attribute und Variablen wie en.ftl.
# Schlüssel, Pfade und Werte aus der Konfiguration bleiben wie geschrieben.

## Wörter, die an vielen Stellen vorkommen

# $day: mon, tue, wed, thu, fri, sat, sun
weekday-short = { $day ->
    [mon] Mo
    [tue] Di
    [wed] Mi
    [thu] Do
    [fri] Fr
    [sat] Sa
   *[sun] So
}
# $position: seated, standing, floor
exercise-position = { $position ->
    [seated] im Sitzen
    [standing] im Stehen
   *[floor] am Boden
}
# $kind: mobility, strength
exercise-kind = { $kind ->
    [mobility] Mobilität
   *[strength] Kraft
}
# $area: middle_back, neck, shoulders
exercise-area = { $area ->
    [middle_back] mittlerer Rücken
    [neck] Nacken
   *[shoulders] Schultern
}

# $day: ein weekday-short; $time: 09:00
day-and-time = { $day } { $time }
# Eine Dauer, „1 Stunde 30 Minuten“: die Teile mit duration-join verbunden.
duration-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
duration-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
duration-seconds = { $count ->
    [one] { $count } Sekunde
   *[other] { $count } Sekunden
}
# $first, $second: zwei Teile einer duration-*
duration-join = { $first } { $second }
duration-minutes-short = { $count } Min.
duration-hours-short = { $count } Std.
# „eine 1-minütige Dehnung“; $unit: minute oder second
duration-adjective = { $unit ->
    [minute] { $count }-minütige
   *[second] { $count }-sekündige
}
# $busy: fullscreen, do-not-disturb, camera
busy-what = { $busy ->
    [fullscreen] das Vollbildfenster
    [do-not-disturb] „Nicht stören“
   *[camera] der Anruf (Kamera)
}
# $position: sitting, standing
you-are = { $position ->
    [sitting] Du sitzt
   *[standing] Du stehst
}

## Der Zustand in Worten: die Statuszeile im Infobereich

tray-next-stretch = Nächste Dehnung um { $time }
tray-back-from-break = Willkommen zurück: Das zählte als Pause; nächste Dehnung um { $time }
tray-held-busy = Dehnung fällig: wartet, bis { busy-what } endet
tray-held-away = Wartet auf deine Rückkehr
tray-held-elsewhere = Dehnung fällig: am Computer, den du gerade nutzt
# $when: eine Uhrzeit (10:35) oder ein day-and-time
tray-off-until = Aus bis { $when }
tray-off-none-ahead = Aus: keine weiteren Arbeitszeiten
tray-reminding = Erinnerung wird angezeigt
tray-stretching = Dehnung läuft
tray-snoozed-until = Verschoben bis { $time }
tray-paused-until-resumed = Pausiert bis zur Fortsetzung
tray-paused-until = Pausiert bis { $when }
tray-paused-until-tomorrow = Pausiert bis morgen { $time }

## Der Satz des Befehls `status` (Uhrzeiten mit Sekunden)

status-snoozed-until = verschoben bis { $time }
status-paused-until = pausiert bis { $time }
status-paused-until-resumed = pausiert bis zur Fortsetzung
status-reminding = eine Erinnerung wird angezeigt
status-held-busy = eine Dehnung ist fällig; die Erinnerung wartet, bis { busy-what } endet
status-held-away = eine Dehnung ist fällig; die Erinnerung wartet auf deine Rückkehr
status-held-elsewhere = eine Dehnung ist fällig; die Erinnerung erscheint am Computer, den du gerade nutzt
status-off-hours-until = außerhalb der Arbeitszeit bis { $time }
status-off-hours-none-ahead = außerhalb der Arbeitszeit (keine weitere geplant)
status-stretching = Dehnung läuft: { $exercise }
status-active = aktiv, nächste Dehnung um { $time }
# $interval: eine Dauer; $config: der Pfad der Konfigurationsdatei
status-sentence = { $summary } (Intervall { $interval }; Konfiguration { $config })

## Wenige Zeichen für eine Statusleiste (`status --format short`, Text für waybar)

# $state: active, snoozed, paused, reminding, stretching, held, off_hours
bar = { $state ->
    [reminding] jetzt dehnen
    [stretching] Dehnung
    [held] fällig
    [snoozed] verschoben
    [paused] pausiert
    [off_hours] aus
   *[active] nächste
}
bar-with-time = { bar } { $time }
waybar-tooltip = posture-break: { $summary }
waybar-not-running = posture-break läuft nicht

## Fortschritt und Übersicht der Übungen (Tooltip, Wochenfenster, `stats`)

progress-today = { $count ->
    [0] Heute noch keine Dehnung
    [one] { $count } Dehnung heute
   *[other] { $count } Dehnungen heute
}
# $today: ein progress-today; $streak: Tage in Folge mit einer Dehnung
progress-with-streak = { $today } · { $streak ->
    [one] { $streak } Tag in Folge
   *[other] { $streak } Tage in Folge
}
exercises-this-week = { $mobility } Mobilität, { $strength } Kraft diese Woche
# $split: ein exercises-this-week; $names: Übungsnamen, mit list-separator verbunden
exercises-rated-good = { $split } · Als gut bewertet: { $names }
list-separator = {", "}

## Die Frage nach einer Dehnung und was „Hat wehgetan“ zeigt

feeling-question = Wie hat sich das angefühlt?
# $feeling: good, not_for_me, hurt
feeling-answer = { $feeling ->
    [good] Gut
    [not_for_me] Nichts für mich
   *[hurt] Hat wehgetan
}
hurt-stop = Hör auf und bewege dich nur in einem angenehmen Bewegungsumfang.
hurt-see-a-clinician = Wende dich an medizinisches Fachpersonal, wenn der Schmerz anhält oder wenn du in die Beine ausstrahlende Taubheit oder Kribbeln, Schmerzen in der Brust oder Veränderungen bei der Blasen- oder Darmkontrolle hast.
# Die nächste Zeile zeigt den Befehl, der die Übung zurückholt.
hurt-not-offered-again = { $exercise } wird nicht mehr angeboten. So holst du die Übung zurück:
# Die Erinnerung, wenn keine Übung mehr übrig ist. `positions` und [stretch] bleiben wie geschrieben.
nothing-left-all-hurt = { $count ->
    [one] Die einzige Übung, die deine Positionen zulassen, ist mit „Hat wehgetan“ bewertet, daher gibt es keine Dehnung anzubieten. Lösche ihre Bewertung (posture-break exercises rate ID clear) oder erlaube mehr Positionen mit `positions` unter [stretch] in der Konfiguration.
   *[other] Alle { $count } Übungen, die deine Positionen zulassen, sind mit „Hat wehgetan“ bewertet, daher gibt es keine Dehnung anzubieten. Lösche eine Bewertung (posture-break exercises rate ID clear) oder erlaube mehr Positionen mit `positions` unter [stretch] in der Konfiguration.
}
nothing-left-no-position = Keine Übung passt zu deinen Positionen, daher gibt es keine Dehnung anzubieten: Erlaube mehr Positionen mit `positions` unter [stretch] in der Konfiguration.

## Haltungshinweise zwischen den Dehnungen

nudge-change-position = Position wechseln
nudge-sit-back = Lehn dich im Stuhl zurück; ein gerolltes Handtuch hinter dem unteren Rücken hilft
nudge-shoulders = Lass die Schultern sinken und nach hinten rollen
nudge-stand-up-a-moment = Steh kurz auf
nudge-time-to-stand = Zeit zum Aufstehen
nudge-time-to-sit = Zeit zum Hinsetzen

## Die Übungen auf der Befehlszeile (`exercises list|show|next|rate`)

# $areas: Körperbereiche, mit list-separator verbunden; $done: wie oft gemacht; $rating: ein feeling-answer oder "none"
exercise-list-details = { $areas }; { $done }× gemacht{ $rating ->
    [none] {""}
   *[other] , bewertet: { $rating }
}
# $number: Nummer des Schritts; $secs: seine Länge in Sekunden
exercise-show-step = { $number }. { $text } ({ $secs } s)
exercise-caution = Vorsicht: { $caution }
# $reason: strength_turn, favourite, rotation
pick-reason = { $reason ->
    [strength_turn] Kraft ist dran: zuvor zwei Mobilitätsübungen
    [favourite] Favorit: als gut bewertet, doppelt so oft angeboten
   *[rotation] reihum
}
# $rating: ein feeling-answer
exercise-rated = { $exercise }: bewertet mit „{ $rating }“
exercise-rating-cleared = { $exercise }: Bewertung gelöscht

## Das Menü im Infobereich (auch im XEmbed-Menü)

menu-stretch-now = Dehnung jetzt starten
menu-snooze = Später erinnern
menu-pause = Pausieren
menu-until-tomorrow = Bis morgen
menu-until-resumed = Bis zur Fortsetzung
menu-resume = Fortsetzen
menu-posture-nudges = Haltungshinweise
menu-sitting = Ich sitze
menu-standing = Ich stehe
menu-your-week = Deine Woche
menu-open-config = Konfigurationsdatei öffnen
menu-start-at-login = Beim Anmelden starten
menu-quit = Beenden

## Benachrichtigungen

# $length: ein duration-adjective
reminder-summary = Zeit für eine { $length } Dehnung
# $step: der erste Schritt der Übung
reminder-body = { $exercise }: { $step }
# Die Knöpfe der Erinnerung; $duration: "10 Min."
reminder-start = Dehnung starten
reminder-snooze = In { $duration } erinnern
reminder-skip = Überspringen
notice-config-removed = posture-break: Konfigurationsdatei entfernt
notice-config-removed-body = { $path } wurde entfernt; es gelten die Standardwerte, bis die Datei neu geschrieben wird
# Der Konfigurationsfehler folgt auf Englisch, mit Datei:Zeile:Spalte.
notice-config-not-applied = posture-break: Konfiguration nicht übernommen
notice-keeping-config = die letzte gültige Konfiguration bleibt aktiv
notice-keeping-exercises = die letzten gültigen Übungen bleiben aktiv
notice-using-defaults = die Standardwerte werden verwendet
welcome-summary = posture-break läuft
# Die Begrüßung, wenn kein Infobereich die App zeigt (GNOME ohne AppIndicator-Erweiterung)
welcome-body-no-tray = Deine erste { $length } Dehnung ist um { $first }, danach im Abstand von { $interval }.
    Diese Arbeitsumgebung zeigt kein Symbol im Infobereich: Öffne posture-break über deinen Anwendungsstarter (per Rechtsklick gibt es dort „Dehnung jetzt starten“, „Später erinnern“, „1 Stunde pausieren“ und „Deine Woche“) oder führe posture-break open aus. Einstellungen: { $config }
# $first: Uhrzeit der ersten Dehnung; $interval: eine Dauer; $config: Pfad der Konfigurationsdatei
welcome-body = posture-break läuft im Infobereich. Deine erste { $length } Dehnung ist um { $first }, danach im Abstand von { $interval }.
    Ein Rechtsklick auf das Symbol öffnet das Menü (Dehnung starten, später erinnern, pausieren); ein Linksklick zeigt deine Woche. Einstellungen: { $config }

## Das Dehnungsfenster

# Unter dem Countdown im Ring (kurz halten: der Ring ist klein)
stretch-time-left = übrig
stretch-paused = Pausiert
stretch-step-of = Schritt { $step } von { $steps }
stretch-done = Fertig
stretch-skip = Überspringen
# The sound toggle's name for screen readers
stretch-sound = Ton
# Die Tastenzeile; $paused und $sound sind "true" oder "false"
stretch-keys = { $paused ->
    [true] Leertaste fortsetzen
   *[false] Leertaste pausieren
} · Eingabe fertig · Esc überspringen{ $sound ->
    [true] {" · V Ton"}
   *[false] {""}
}
feeling-keys = 1 Gut · 2 Nichts für mich · 3 Hat wehgetan · Esc schließen. Keine Antwort ist auch in Ordnung.
hurt-title = Diese Dehnung hat wehgetan
hurt-keys = Eingabe oder Esc schließt
window-close = Schließen

## Das Wochenfenster

week-window-title = posture-break — Deine Woche
week-title = Deine Woche
week-last-7-days = Letzte 7 Tage
week-completion = Erledigt
# $rate_28: ein Prozentwert ("80%") oder "–"
week-completion-detail = { $completed } von { $offered } angebotenen diese Woche; 28 Tage: { $rate_28 }
week-streak = Serie
week-streak-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
week-legend-stretches = Dehnungen
week-legend-natural-breaks = natürliche Pausen
week-legend-standing = Zeit im Stehen (unten)
week-legend-sitting = Zeit im Sitzen (unten)
week-last-28-days = Letzte 28 Tage: { $completed } Dehnungen, { $breaks } natürliche Pausen
# Beschriftung unter den Balken der 28 Tage; $month: 1 bis 12
day-and-month = { $day }. { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}
week-keys = Esc schließt
# Zeit eines Tages in einer Position, kurz: "45 min", "5 h", "1:05 h" ($minutes hat dort zwei Ziffern)
time-compact-minutes = { $minutes } min
time-compact-hours = { $hours } h
time-compact = { $hours }:{ $minutes } h

## `stats`

# Beschriftung einer Zeile; die Werte stehen bündig nach der längsten
stats-label = { $label }:
stats-today = Heute
stats-last-7-days = Letzte 7 Tage
stats-last-28-days = Letzte 28 Tage
stats-completion = Erledigt
stats-positions = Positionen
stats-streak = Serie
stats-kinds = Arten
stats-rated-good = Als gut bewertet
stats-day = { $completed } erledigt, { $natural_breaks ->
    [one] { $natural_breaks } natürliche Pause
   *[other] { $natural_breaks } natürliche Pausen
}, { $skipped } übersprungen, { $reminded } Erinnerungen
stats-completion-rate = { $percent }% (letzte 7 Tage)
stats-no-reminders-yet = noch keine Erinnerungen (letzte 7 Tage)
# $span: today, last_7_days; $standing, $sitting: "1 Std. 20 Min."
stats-positions-value = { $span ->
    [today] heute
   *[last_7_days] letzte 7 Tage
} stehend { $standing }, sitzend { $sitting }
stats-kinds-value = { $mobility } Mobilität, { $strength } Kraft (letzte 7 Tage)

## Das eigene Fenster der App (`posture-break open`) für Arbeitsumgebungen ohne Infobereich

## `sync status`: several computers through a synced folder

sync-off = Sync ist aus: Setze [sync] folder in der Konfiguration, um Pausen zwischen deinen Computern zu teilen.
# $name: this computer's name; $folder: the folder as written in the config
sync-here = Dieser Computer ist { $name } in { $folder }
sync-no-peers = Noch kein anderer Computer hat dort geschrieben.
# $presence: away, here; $when: "2026-12-07 10:05"
sync-peer = { $name }: { $presence ->
    [away] abwesend
   *[here] in Benutzung
}, zuletzt gehört um { $when }
sync-peer-silent = { $name }: nichts Lesbares bisher

home-window-title = posture-break
home-keys = Pfeiltasten bewegen · Eingabe wählen · Esc schließen

## Übungen: `assets/exercises.toml` ist die englische Quelle; IDs und Zahl der Schritte passen dazu.
## Die Vorsichtshinweise und Sicherheitstexte müssen genau bleiben: Sie sagen, wann man aufhören soll.

exercises-notice = Diese Dehnübungen dienen der allgemeinen Information und sind keine medizinische Beratung; bewege dich sanft und hör auf, wenn etwas schmerzt.
exercises-red-flags = Wenn du in die Beine ausstrahlende Taubheit oder Kribbeln, Schmerzen in der Brust oder Veränderungen bei der Darm- oder Blasenkontrolle hast, sprich mit medizinischem Fachpersonal, bevor du diese Dehnübungen machst.

exercise-cat-cow = Katze-Kuh
    .caution = Bewege dich nur in einem angenehmen Bewegungsumfang, und polstere deine Knie oder lass die Übung aus, wenn das Knien schmerzt.
    .step-1 = Geh in den Vierfüßlerstand, Handgelenke unter den Schultern und Knie unter den Hüften.
    .step-2 = Atme ein, lass den Bauch sinken und hebe die Brust, den Blick leicht nach vorn.
    .step-3 = Atme aus, runde den Rücken zur Decke und lass den Kopf sinken.
    .step-4 = Wechsle im Rhythmus deines Atems langsam und fließend zwischen beiden Formen.
    .step-5 = Kehre zu einem geraden Rücken zurück und setz dich dann zum Ausruhen Richtung Fersen zurück.

exercise-seal-stretch = Seehund-Dehnung
    .caution = Bleib stattdessen auf den Unterarmen abgestützt, wenn das Strecken der Arme deinen unteren Rücken belastet.
    .step-1 = Leg dich auf den Bauch, die Hände unter den Schultern auf dem Boden.
    .step-2 = Drück dich mit den Händen hoch, um die Brust anzuheben; die Hüften bleiben am Boden.
    .step-3 = Halte die Position, lass den Rücken sich sanft nach hinten wölben und halte die Schultern weg von den Ohren.
    .step-4 = Senk dich langsam ab und drück dich dann wieder hoch, nur so weit, wie es angenehm ist.
    .step-5 = Leg dich ab und leg die Stirn auf die Hände.

exercise-seated-trunk-rotation = Rumpfdrehung im Sitzen
    .caution = Dreh dich gleichmäßig, ohne zu federn und ohne das Ende der Bewegung zu erzwingen.
    .step-1 = Setz dich aufrecht nah an die Vorderkante deines Stuhls, beide Füße flach auf dem Boden.
    .step-2 = Verschränke die Arme vor der Brust, die Hände liegen auf der jeweils gegenüberliegenden Schulter.
    .step-3 = Dreh den Oberkörper langsam nach rechts; die Hüften bleiben nach vorn gerichtet.
    .step-4 = Kehre zur Mitte zurück und dreh dich dann langsam nach links.
    .step-5 = Wechsle weiter sanft die Seiten und atme beim Drehen aus.

exercise-bent-over-iyt = I/Y/T vorgebeugt
    .caution = Halte den Nacken in Verlängerung des Rückens, und lass das Vorbeugen weg, wenn es deinem unteren Rücken Beschwerden macht.
    .step-1 = Stell dich mit leicht gebeugten Knien hin und beuge dich aus der Hüfte nach vorn, Rücken gerade, Arme hängen nach unten.
    .step-2 = Mach ein I: Hebe beide Arme nach vorn neben die Ohren, Daumen nach oben, dann senk sie langsam.
    .step-3 = Mach ein Y: Hebe die Arme schräg nach oben, drück die Schulterblätter zusammen, dann senk sie langsam.
    .step-4 = Mach ein T: Hebe die Arme gerade zur Seite, dann senk sie kontrolliert.
    .step-5 = Richte dich langsam auf und lass die Arme locker.

exercise-seated-cat-cow = Katze-Kuh im Sitzen
    .caution = Bewege dich langsam und schmerzfrei, besonders im Nacken.
    .step-1 = Setz dich nah an die Vorderkante deines Stuhls, die Hände ruhen auf den Knien.
    .step-2 = Atme ein, schieb die Brust nach vorn und zieh die Schultern nach hinten unten.
    .step-3 = Atme aus, runde den oberen Rücken und lass das Kinn Richtung Brust sinken.
    .step-4 = Bewege dich im Rhythmus deines Atems langsam weiter zwischen beiden Positionen.
    .step-5 = Sitz zum Schluss aufrecht in einer entspannten, bequemen Haltung.

exercise-chin-tucks = Kinn einziehen
    .caution = Bewege dich sanft, und hör auf, wenn du Schwindel, Kribbeln oder in den Arm ausstrahlende Schmerzen spürst.
    .step-1 = Setz dich aufrecht, die Schultern entspannt, den Blick geradeaus.
    .step-2 = Schieb das Kinn gerade nach hinten, als würdest du ein Doppelkinn machen, ohne den Kopf zu neigen.
    .step-3 = Halte einige Sekunden und spüre eine sanfte Dehnung am Schädelansatz.
    .step-4 = Lös die Spannung und wiederhole langsam, den Blick waagerecht.
    .step-5 = Entspann den Nacken und lass deinen Atem zur Ruhe kommen.

exercise-shoulder-blade-squeeze = Schulterblätter zusammenziehen
    .caution = Zieh sanft zusammen, halte den Nacken entspannt und vermeide ein Hohlkreuz im unteren Rücken.
    .step-1 = Setz dich aufrecht, die Arme entspannt neben dem Körper, die Ellbogen leicht gebeugt.
    .step-2 = Zieh die Schulterblätter nach hinten unten, als würdest du einen Bleistift zwischen ihnen halten.
    .step-3 = Halte etwa fünf Sekunden, atme dabei normal und zieh die Schultern nicht hoch.
    .step-4 = Lös langsam und wiederhole das Zusammenziehen in ruhigem Tempo.
    .step-5 = Lass die Schultern ganz entspannen.

exercise-seated-w-squeeze = W-Zug im Sitzen
    .caution = Halte die Bewegung klein und leicht, den Nacken lang; hör auf, bevor es in den Schultern zwickt.
    .step-1 = Setz dich aufrecht, ohne dich anzulehnen, die Füße flach, die Arme entspannt neben dem Körper.
    .step-2 = Beuge die Ellbogen und hebe die Hände auf Schulterhöhe, Handflächen nach vorn, sodass ein W entsteht.
    .step-3 = Zieh die Ellbogen nach unten hinten und drück die Schulterblätter zusammen.
    .step-4 = Halte einen Atemzug lang, dann geh sanft zurück ins W; wiederhole in ruhigem Tempo.
    .step-5 = Senk die Arme und lass die Schultern entspannen.

exercise-neck-side-stretch = Seitliche Nackendehnung
    .caution = Zieh nicht am Kopf, und hör auf, wenn du Kribbeln oder Schwindel spürst.
    .step-1 = Setz dich aufrecht und halte dich mit der rechten Hand seitlich an der Sitzfläche deines Stuhls fest.
    .step-2 = Neige das linke Ohr zur linken Schulter, bis du eine Dehnung an der rechten Halsseite spürst.
    .step-3 = Bring den Kopf langsam zurück zur Mitte.
    .step-4 = Halte dich mit der linken Hand an der Sitzfläche fest und neige das rechte Ohr zur rechten Schulter.
    .step-5 = Bring den Kopf zurück zur Mitte und lass die Schultern entspannen.

exercise-levator-scapulae-stretch = Schulterblattheber-Dehnung
    .caution = Zieh nicht am Kopf, und lass nach, wenn du Kribbeln, Schwindel oder stechende Schmerzen spürst.
    .step-1 = Setz dich aufrecht und halte dich mit der rechten Hand seitlich an der Sitzfläche deines Stuhls fest.
    .step-2 = Dreh den Kopf halb nach links und senk die Nase Richtung linke Achselhöhle.
    .step-3 = Heb den Kopf langsam zurück zur Mitte.
    .step-4 = Halte dich mit der linken Hand an der Sitzfläche fest und senk die Nase Richtung rechte Achselhöhle.
    .step-5 = Heb den Kopf langsam zurück zur Mitte und entspann die Schultern.

exercise-seated-thread-the-needle = Einfädeln im Sitzen
    .caution = Halte die Hüften ruhig und dreh dich nur so weit, wie es angenehm ist.
    .step-1 = Setz dich aufrecht, die Füße flach, die linke Hand auf dem rechten Knie.
    .step-2 = Streck den rechten Arm quer vor dem Körper nach links und lass den oberen Rücken sich runden und drehen.
    .step-3 = Schwing den rechten Arm nach hinten oben zur Decke und dreh die Brust nach rechts.
    .step-4 = Wechsle die Hände und streck den linken Arm quer vor dem Körper nach rechts.
    .step-5 = Schwing den linken Arm nach hinten oben zur Decke und dreh die Brust nach links.
    .step-6 = Kehre zur Mitte zurück, setz dich aufrecht und atme einmal langsam durch.

exercise-seated-open-book = Offenes Buch im Sitzen
    .caution = Halte die Hüften nach vorn gerichtet und hör auf, bevor es in der Schulter zwickt.
    .step-1 = Setz dich aufrecht und streck beide Arme auf Schulterhöhe gerade nach vorn, die Handflächen aneinander.
    .step-2 = Schwing den rechten Arm zur Seite nach hinten und dreh Brust und Blick mit, um der Hand zu folgen.
    .step-3 = Bring ihn zurück und schwing dann den linken Arm zur Seite nach hinten, mit einer Drehung nach links.
    .step-4 = Wechsle langsam weiter ab und öffne dich nur so weit, wie es angenehm ist.
    .step-5 = Senk die Arme und sitz aufrecht.

exercise-shoulder-rolls = Schulterkreisen
    .caution = Kreise langsam und gleichmäßig, und mach die Kreise kleiner, wenn etwas zwickt.
    .step-1 = Setz dich aufrecht, die Arme hängen locker neben dem Körper.
    .step-2 = Zieh die Schultern zu den Ohren und roll sie dann in langsamen Kreisen nach hinten unten.
    .step-3 = Wechsle die Richtung und roll die Schultern in langsamen Kreisen nach vorn.
    .step-4 = Schließ mit ein paar weiteren Kreisen nach hinten ab und lass die Schultern jedes Mal sinken.
    .step-5 = Atme aus und lass die Arme schwer hängen.

exercise-chair-back-extension = Streckung über die Stuhllehne
    .caution = Nimm einen stabilen Stuhl, der nicht rollt und dessen Lehne nicht nachgibt, und lehn dich nur so weit zurück, wie es angenehm ist.
    .step-1 = Setz dich ganz nach hinten auf einen Stuhl, dessen Lehne etwa bis zur Unterkante deiner Schulterblätter reicht.
    .step-2 = Verschränke die Arme vor der Brust oder stütze den Kopf leicht mit den Händen.
    .step-3 = Lehn dich sanft über die Oberkante der Lehne zurück und lass den oberen Rücken sich nach hinten wölben.
    .step-4 = Richte dich wieder auf und lehn dich dann erneut zurück, dabei ausatmen.
    .step-5 = Setz dich langsam auf und entspann dich.

exercise-doorway-chest-opener = Brustdehnung im Türrahmen
    .caution = Halte die Dehnung sanft, und geh zurück, wenn du ein Kribbeln in den Händen oder ein Zwicken in der Schulter spürst.
    .step-1 = Stell dich in einen Türrahmen, die Unterarme am Rahmen, die Ellbogen auf Schulterhöhe.
    .step-2 = Mach mit einem Fuß einen Schritt nach vorn und lehn dich sanft vor, bis du eine Dehnung quer über die Brust spürst.
    .step-3 = Halte die Dehnung, atme langsam und halte die Schultern unten.
    .step-4 = Geh etwas zurück und lehn dich dann wieder vor, nur dann etwas weiter, wenn es angenehm ist.
    .step-5 = Tritt aus dem Türrahmen und lass die Arme locker hängen.

exercise-wall-angels = Wandengel
    .caution = Deine Arme müssen die Wand nicht berühren; hör auf, bevor es in den Schultern zwickt.
    .step-1 = Stell dich mit dem Rücken an eine Wand, die Füße einen kleinen Schritt davor, die Knie locker.
    .step-2 = Heb die Arme in eine U-Form wie ein Torpfosten, die Rückseiten der Arme zur Wand.
    .step-3 = Schieb die Arme langsam an der Wand nach oben und halte sie so nah daran, wie es angenehm ist.
    .step-4 = Schieb sie zurück nach unten in die U-Form und zieh dabei die Schulterblätter nach unten.
    .step-5 = Schieb sie weiter langsam auf und ab, ohne die Arme gegen die Wand zu drücken.

exercise-standing-y-raise = Y-Heben im Stehen
    .caution = Heb die Arme nur so hoch, wie es angenehm ist, ohne ins Hohlkreuz zu gehen.
    .step-1 = Stell dich aufrecht hin, die Füße hüftbreit, die Knie locker, die Arme neben dem Körper, die Daumen nach vorn.
    .step-2 = Zieh die Schulterblätter leicht nach hinten unten.
    .step-3 = Heb die gestreckten Arme schräg nach oben zu einem Y, die Daumen zeigen nach oben.
    .step-4 = Senk sie langsam und heb sie in ruhigem Tempo wieder an; halte die Schultern weg von den Ohren.
    .step-5 = Lass die Arme hängen und die Schultern entspannen.

exercise-standing-side-bend = Seitbeuge im Stehen
    .caution = Neige dich gerade zur Seite statt nach vorn, und halte die Dehnung sanft.
    .step-1 = Stell dich aufrecht hin, die Füße hüftbreit, die Arme neben dem Körper.
    .step-2 = Streck den rechten Arm über den Kopf und neige dich sanft nach links; spüre, wie sich deine rechte Seite dehnt.
    .step-3 = Komm langsam zurück zur Mitte.
    .step-4 = Streck den linken Arm über den Kopf und neige dich sanft nach rechts.
    .step-5 = Wechsle weiter langsam die Seiten und atme beim Neigen aus.

exercise-clasped-hands-chest-opener = Brustöffner mit verschränkten Händen
    .caution = Heb die Arme nur leicht an, und hör auf, wenn du ein Zwicken vorn an den Schultern spürst.
    .step-1 = Stell dich aufrecht hin und verschränke die Hände hinter dem Rücken oder halte ein Handtuch zwischen ihnen.
    .step-2 = Streck die Arme sanft und zieh die Schulterblätter zusammen, während du die Brust anhebst.
    .step-3 = Halte und atme langsam; das Kinn bleibt waagerecht, die Schultern weg von den Ohren.
    .step-4 = Lös die Hände, kreise ein paarmal mit den Schultern, dann verschränke die Hände und heb erneut an.
    .step-5 = Lass los und lass die Arme locker hängen.

exercise-thread-the-needle = Einfädeln
    .caution = Belaste deinen Nacken nicht, und polstere deine Knie oder lass die Übung aus, wenn das Knien schmerzt.
    .step-1 = Geh in den Vierfüßlerstand, Handgelenke unter den Schultern und Knie unter den Hüften.
    .step-2 = Schieb den rechten Arm unter dem Körper hindurch nach links und senk die rechte Schulter Richtung Boden.
    .step-3 = Dreh dich zurück und streck den rechten Arm zur Decke; folge ihm mit den Augen.
    .step-4 = Schieb den linken Arm unter dem Körper hindurch nach rechts und senk die linke Schulter Richtung Boden.
    .step-5 = Dreh dich zurück und streck den linken Arm zur Decke; folge ihm mit den Augen.
    .step-6 = Kehre in den Vierfüßlerstand zurück und setz dich dann zum Ausruhen Richtung Fersen zurück.

## Screen readers: the windows' texts read aloud, where the screen shows them apart

# $step, $steps: numbers; $text: the step's words
access-step = Schritt { $step } von { $steps }: { $text }
# $time: minutes and seconds left, e.g. 0:42; $paused: yes or no
access-time = { $paused ->
    [yes] { $time } pausiert
   *[no] { $time } übrig
}
# $day: a short weekday name (weekday-short); $count: stretches completed that day
access-week-day = { $day } { $count }
# $days: the last seven days, each an access-week-day, joined by commas
access-week-last-7 = Letzte 7 Tage: { $days }
# $rate: a percentage such as 80%; $detail: week-completion-detail
access-week-completion = Erledigt: { $rate } ({ $detail })
# $streak: week-streak-days
access-week-streak = Serie: { $streak }

## Errors in the config file and in the user's exercises file, after "file:line:column: ".
## Keys, sections, paths and values in backticks or quotes stay exactly as written: they are
## what the person types in the file. Only the words around them are translated.
## $suggestion is the closest allowed word, or "none" when nothing is close.

# $bytes: the file's size; $max: the limit in KiB
config-too-big = Die Datei ist { $bytes } Bytes groß; hier sind höchstens { $max } KiB erlaubt. Ist das die richtige Datei?
config-not-utf8 = ungültiges UTF-8: Die Datei muss als UTF-8-Text gespeichert sein
# $what: key or section; $name: as written ([brackets] included for a section);
# $allowed: the keys or sections allowed there, comma-separated
config-unknown-name = { $what ->
    [section] unbekannter Abschnitt `{ $name }`
   *[key] unbekannter Schlüssel `{ $name }`
}{ $suggestion ->
    [none] {""}
   *[other] ; meintest du `{ $suggestion }`?
} (hier erlaubt: { $allowed })
# $key: a key written at the top that belongs in $section; $detail: config-unknown-name
config-key-belongs = `{ $key }` gehört in den Abschnitt [{ $section }]: Setze den Schlüssel unter eine Zeile `[{ $section }]` ({ $detail })
# $name: the section as written, e.g. [schedule]
config-duplicate-section = doppelter Abschnitt `{ $name }`: Jeder Abschnitt darf nur einmal vorkommen; führe seine Schlüssel im ersten zusammen
# $name: the key
config-duplicate-key = doppelter Schlüssel `{ $name }`: Jeder Schlüssel darf nur einmal vorkommen
config-duplicate-key-unnamed = doppelter Schlüssel: Jeder Schlüssel darf nur einmal vorkommen
# $value: the bare word written (yes, no, on, off…)
config-yes-no = `{ $value }` ist kein gültiger Wert: Für Ja/Nein schreibe true oder false (kleingeschrieben, ohne Anführungszeichen)
# $value: the text written without quotes
config-quote-text = Text muss in Anführungszeichen stehen: Schreibe "{ $value }"
config-quote-text-example = Text muss in Anführungszeichen stehen, z. B. "45m"
config-unclosed-string = nicht geschlossene Zeichenkette: Das schließende `"` fehlt
# $found: a config-found; $expected: a config-expected
config-wrong-type = falscher Typ: { $found } gefunden, { $expected } erwartet
# What the file has where another type belongs. $value: as written
config-found = { $kind ->
    [integer] Ganzzahl `{ $value }`
    [float] Gleitkommazahl `{ $value }`
    [boolean] Wahrheitswert `{ $value }`
    [string] Zeichenkette { $value }
    [list] eine Liste
    [table] eine Tabelle
    [date] ein Datum `{ $value }`
    [datetime] ein Datum mit Uhrzeit `{ $value }`
    [time] eine Uhrzeit `{ $value }`
   *[other] { $value }
}
# What a key takes. $name: the section for a table, else the reader's own English words
config-expected = { $what ->
    [boolean] true oder false
    [string] eine Zeichenkette
    [list] eine Liste in eckigen Klammern, z. B. ["a", "b"]
    [table] eine Tabelle: [{ $name }]
    [duration] eine Dauer als Zeichenkette wie "45m", "1h 30m" oder "90s"
    [sit-stand] eine Tabelle mit zwei Dauern: {"{"} sit = "40m", stand = "20m" {"}"}
    [integer] eine ganze Zahl
    [number] eine Zahl
   *[other] { $name }
}
# $name: the section
config-section-list = `{ $name }` muss eine einzige Tabelle sein, geschrieben [{ $name }], keine Liste davon wie [[{ $name }]]
# $key: the key that must be there
config-missing-key = fehlendes Feld `{ $key }`
# The TOML reader's findings. $detail: its own English words, for the rarer ones
config-syntax = { $problem ->
    [key-no-value] Schlüssel ohne Wert
    [unclosed-table] nicht geschlossene Tabelle
    [unclosed-array-table] nicht geschlossenes Array von Tabellen
    [unclosed-array] nicht geschlossenes Array
    [unclosed-inline-table] nicht geschlossene Inline-Tabelle
    [missing-comma-array] fehlendes Komma zwischen Array-Elementen
    [missing-comma-table] fehlendes Komma zwischen Schlüssel-Wert-Paaren
    [missing-value] fehlender Wert
    [extra-comma] überzähliges Komma
    [extra-equals] überzähliges `=`
    [invalid-key] ungültiger Schlüssel ohne Anführungszeichen
    [invalid-string] ungültige Zeichenkette
    [invalid-value] ungültiger Wert
    [unexpected-content] unerwarteter Inhalt
   *[other] { $detail }
}
# $syntax: a config-syntax; $expected: the marks that may come here, in backticks, or config-syntax-thing
config-syntax-expected = { $syntax }, erwartet: { $expected }
config-syntax-thing = { $thing ->
    [key] ein Schlüssel
   *[value] ein Wert
}

# Durations ("45m", "1h 30m", "90s")
config-duration-empty = leere Dauer; schreibe z. B. "45m", "1h 30m" oder "90s"
config-duration-negative = negative Dauern sind nicht erlaubt
# $value: as written
config-duration-unreadable = `{ $value }` ist als Dauer nicht lesbar; schreibe z. B. "45m", "1h 30m" oder "90s"
# $value: the number written without a unit
config-duration-no-unit = `{ $value }` hat keine Einheit; schreibe "{ $value }m" für Minuten oder "{ $value }s" für Sekunden
# $unit: the unit written
config-duration-unknown-unit = unbekannte Einheit `{ $unit }`; verwende s, m oder h (z. B. "45m", "1h 30m", "90s")
config-duration-too-large = die Dauer ist zu lang
# $value: as written; $reason: one of the config-duration messages above
config-value-reason = `{ $value }`: { $reason }
# $value: the number written
config-duration-number = Dauern sind Zeichenketten mit Einheit: Schreibe "{ $value }m" oder "{ $value }s", nicht { $value }
config-duration-fraction = Dauern sind Zeichenketten mit Einheit wie "90s", nicht die Zahl { $value }
# $zero: yes when the value is zero, else no; $value, $min, $max: durations such as 45m
config-out-of-range = { $zero ->
    [yes] `{ $key }` darf nicht null sein: Der Wert ist { $value }, erlaubt sind { $min } bis { $max }
   *[no] `{ $key }` liegt außerhalb des erlaubten Bereichs: Der Wert ist { $value }, erlaubt sind { $min } bis { $max }
}
config-choices-empty = `{ $key }` ist leer: Gib mindestens eine Dauer an, z. B. ["10m"]
# $count: entries written; $max: entries a menu takes
config-choices-too-many = `{ $key }` hat { $count } Einträge; in ein Menü passen höchstens { $max }
# $stretch, $interval: durations such as 45m
config-stretch-longer = `stretch.duration` ({ $stretch }) ist länger als `schedule.interval` ({ $interval }); eine Dehnung muss zwischen zwei Erinnerungen passen
# $idle, $natural: durations such as 5m
config-idle-longer = `presence.idle_after` ({ $idle }) ist länger als `presence.natural_break` ({ $natural }); du musst erst als abwesend gelten, bevor die Zeit weg vom Computer als Pause zählen kann
# $every, $interval: durations such as 45m
config-nudge-not-shorter = `posture.nudge_every` ({ $every }) muss kürzer sein als `schedule.interval` ({ $interval }): Haltungshinweise kommen zwischen den Dehnungen

# Times of day
config-time-unquoted = Uhrzeiten stehen in Anführungszeichen, z. B. "08:00"
# $value: as written
config-time-bad = `{ $value }` ist keine Uhrzeit; verwende das 24-Stunden-Format "HH:MM" von "00:00" bis "23:59"

# Words from a short list. $key: the key; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-word-unknown = `{ $key }` ist "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(meintest du "{ $suggestion }"?)
}; erlaubt: { $allowed }
config-language-unknown = `general.language` ist "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(meintest du "{ $suggestion }"?)
}; verfügbare Sprachen: { $allowed }
config-positions-empty = `stretch.positions` ist leer: Gib mindestens eine von "seated", "standing", "floor" an
# $what: position, kind or area; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-unknown-word = { $what ->
    [position] unbekannte Position "{ $value }";
    [kind] unbekannte Art "{ $value }";
   *[area] unbekannter Körperbereich "{ $value }";
}{ $suggestion ->
    [none] {""}
   *[other] {" "}meintest du "{ $suggestion }"?
} erlaubt: { $allowed }
config-hold-when-unknown = `{ $value }` kann keine Erinnerung zurückhalten{ $suggestion ->
    [none] {""}
   *[other] {" "}(meintest du `{ $suggestion }`?)
}; erlaubt: { $allowed }

# [sync]. $name: the machine name as written; $max: its longest length; $char: the character, quoted
config-sync-name = { $problem ->
    [empty] `sync.name` "{ $name }" ist leer
    [too-long] `sync.name` "{ $name }" ist länger als { $max } Zeichen
    [character] `sync.name` "{ $name }" enthält { $char }: Verwende Buchstaben, Ziffern, '-', '_' und '.' (der Name wird zum Dateinamen)
    [dot] `sync.name` "{ $name }" beginnt mit '.': Solche Dateien sind versteckt oder gehören dem Sync-Programm selbst
   *[conflict] `sync.name` "{ $name }" sieht aus wie eine Konfliktkopie von Syncthing
}
config-sync-name-alone = `sync.name` ohne `sync.folder`: Sync ist nur mit einem Ordner aktiv, z. B. folder = "~/Sync/posture-break"
config-sync-folder-empty = `sync.folder` ist leer: Gib den synchronisierten Ordner an, z. B. "~/Sync/posture-break", oder lass den Schlüssel weg, damit Sync aus bleibt
# $folder: as written
config-sync-folder-relative = `sync.folder` "{ $folder }" ist relativ: Schreibe einen vollständigen Pfad oder einen unter deinem Home-Verzeichnis, z. B. "~/Sync/posture-break"

# [working_hours]
config-days-empty = `working_hours.days` ist leer: Liste die Tage auf, an denen Erinnerungen kommen dürfen, z. B. ["mon", "tue", "wed", "thu", "fri"] (um einen Tag freizunehmen, schreibe z. B. `fri = []`; für keine Arbeitszeiten entferne den Abschnitt)
# $value: as written
config-day-unknown = `{ $value }` ist kein Tag{ $suggestion ->
    [none] {""}
   *[other] {" "}(meintest du `{ $suggestion }`?)
}; verwende mon, tue, wed, thu, fri, sat, sun
# $key: hours or a day (mon…sun); $value: the range as written; $part: the time in it
config-hours-not-range = `working_hours.{ $key }`: `{ $value }` ist kein Zeitbereich; schreibe Bereiche als "HH:MM-HH:MM" im 24-Stunden-Format, z. B. "09:00-17:30"
config-hours-not-time = `working_hours.{ $key }`: `{ $value }`: `{ $part }` ist keine Uhrzeit; schreibe Bereiche als "HH:MM-HH:MM" im 24-Stunden-Format, z. B. "09:00-17:30"
config-hours-out-of-day = `working_hours.{ $key }`: `{ $value }`: `{ $part }` ist keine gültige Uhrzeit (00:00 bis 23:59; 24:00 nur als Ende)
config-hours-empty = `working_hours.{ $key }`: `{ $value }` ist leer: Beginn und Ende sind dieselbe Uhrzeit
# $other: the earlier range it overlaps
config-hours-overlap = `working_hours.{ $key }`: `{ $value }` überschneidet sich mit `{ $other }`; gib jede Zeit nur einmal an

# The user's exercises file. $id: the exercise id as written
config-exercise-id-bad = die Übungs-ID "{ $id }" muss aus 1–64 Zeichen a-z, 0-9 und '-' bestehen
config-exercise-id-taken = die Übungs-ID "{ $id }" ist bereits vergeben; IDs müssen eindeutig sein
# $field: name or caution
config-exercise-field-length = `{ $field }` muss 1–200 Zeichen lang sein
# $allowed: the areas, quoted and comma-separated
config-exercise-areas-empty = `areas` ist leer; gib einen oder mehrere von { $allowed } an
config-exercise-steps-count = `steps` muss 1 bis 12 Schritte enthalten
# $secs: as written
config-exercise-step-secs = `secs` des Schritts ist { $secs }; erlaubt sind 1 bis 600
config-exercise-step-text = `text` des Schritts muss 1–300 Zeichen lang sein
config-exercise-flow-without-pose = `flow` braucht eine `pose` als Ausgangsform: Schreibe die erste Form als `pose`
config-exercise-flow-count = `flow` muss 1 bis 7 Formen enthalten
# A figure's pose out of bounds, in the pose model's own English words (joint names, degrees)
config-exercise-pose = { $detail }

## The launcher (the desktop entry): how app menus describe it, and its right-click actions
## (the others are the tray menu's: menu-stretch-now, menu-snooze, menu-your-week)

launcher-generic-name = Erinnerung an Dehnpausen
launcher-comment = Bietet alle 45 Minuten eine einminütige angeleitete Dehnung für mittleren Rücken, Nacken und Schultern an
launcher-pause-hour = 1 Stunde pausieren
launcher-open = Fenster öffnen
