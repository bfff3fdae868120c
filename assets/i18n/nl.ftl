# posture-break: Nederlandse catalogus. Dezelfde berichten, attributen en variabelen als en.ftl.
# Sleutels, paden en waarden uit de configuratie blijven zoals ze geschreven zijn.

## Woorden die op veel plekken worden gebruikt

# $day: mon, tue, wed, thu, fri, sat, sun
weekday-short = { $day ->
    [mon] ma
    [tue] di
    [wed] wo
    [thu] do
    [fri] vr
    [sat] za
   *[sun] zo
}
# $position: seated, standing, floor
exercise-position = { $position ->
    [seated] zittend
    [standing] staand
   *[floor] op de vloer
}
# $kind: mobility, strength
exercise-kind = { $kind ->
    [mobility] mobiliteit
   *[strength] kracht
}
# $area: middle_back, neck, shoulders
exercise-area = { $area ->
    [middle_back] midden van de rug
    [neck] nek
   *[shoulders] schouders
}

# $day: een weekday-short; $time: 09:00
day-and-time = { $day } { $time }
# Een tijdsduur, "1 uur 30 minuten": de delen samengevoegd met duration-join.
duration-hours = { $count ->
    [one] { $count } uur
   *[other] { $count } uur
}
duration-minutes = { $count ->
    [one] { $count } minuut
   *[other] { $count } minuten
}
duration-seconds = { $count ->
    [one] { $count } seconde
   *[other] { $count } seconden
}
# $first, $second: twee delen van een duration-*
duration-join = { $first } { $second }
duration-minutes-short = { $count } min
duration-hours-short = { $count } u
# "een rekoefening van 1 minuut"; $unit: minute of second
duration-adjective = { $unit ->
    [minute] { $count ->
        [one] { $count } minuut
       *[other] { $count } minuten
    }
   *[second] { $count ->
        [one] { $count } seconde
       *[other] { $count } seconden
    }
}
# $busy: fullscreen, do-not-disturb, camera
busy-what = { $busy ->
    [fullscreen] het schermvullende venster
    [do-not-disturb] de modus Niet storen
   *[camera] het gesprek (camera)
}
# $position: sitting, standing
you-are = { $position ->
    [sitting] Je zit
   *[standing] Je staat
}

## De toestand in woorden: de statusregel van het systeemvak

tray-next-stretch = Volgende rekoefening om { $time }
tray-back-from-break = Welkom terug: dat telde als pauze; volgende rekoefening om { $time }
tray-held-busy = Rekoefening staat klaar: wacht tot { busy-what } voorbij is
tray-held-away = Wacht tot je terug bent
tray-held-elsewhere = Rekoefening gepland: getoond op de computer in gebruik
# $when: een tijd (10:35) of een day-and-time
tray-off-until = Uit tot { $when }
tray-off-none-ahead = Uit: geen werktijden meer gepland
tray-reminding = Herinnering wordt getoond
tray-stretching = Nu aan het rekken
tray-snoozed-until = Uitgesteld tot { $time }
tray-paused-until-resumed = Gepauzeerd tot je hervat
tray-paused-until = Gepauzeerd tot { $when }
tray-paused-until-tomorrow = Gepauzeerd tot morgen { $time }

## De zin van het commando `status` (tijden met seconden)

status-snoozed-until = uitgesteld tot { $time }
status-paused-until = gepauzeerd tot { $time }
status-paused-until-resumed = gepauzeerd tot hervatten
status-reminding = er wordt een herinnering getoond
status-held-busy = er staat een rekoefening klaar; de herinnering wacht tot { busy-what } voorbij is
status-held-away = er staat een rekoefening klaar; de herinnering wacht tot je terug bent
status-held-elsewhere = er is een rekoefening gepland; de herinnering verschijnt op de computer die je gebruikt
status-off-hours-until = buiten werktijd tot { $time }
status-off-hours-none-ahead = buiten werktijd (geen werktijden meer gepland)
status-stretching = aan het rekken: { $exercise }
status-active = actief, volgende rekoefening om { $time }
# $interval: een tijdsduur; $config: het pad van het configuratiebestand
status-sentence = { $summary } (om de { $interval }; configuratie { $config })

## Een paar tekens voor een statusbalk (`status --format short`, tekst van waybar)

# $state: active, snoozed, paused, reminding, stretching, held, off_hours
bar = { $state ->
    [reminding] nu rekken
    [stretching] rekken
    [held] staat klaar
    [snoozed] uitgesteld
    [paused] gepauzeerd
    [off_hours] uit
   *[active] volgende
}
bar-with-time = { bar } { $time }
waybar-tooltip = posture-break: { $summary }
waybar-not-running = posture-break draait niet

## Voortgang en overzicht van de oefeningen (tooltip, weekvenster, `stats`)

progress-today = { $count ->
    [0] Vandaag nog geen rekoefening
    [one] { $count } rekoefening vandaag
   *[other] { $count } rekoefeningen vandaag
}
# $today: een progress-today; $streak: dagen op rij met een rekoefening
progress-with-streak = { $today } · { $streak ->
    [one] { $streak } dag op rij
   *[other] { $streak } dagen op rij
}
exercises-this-week = { $mobility } mobiliteit, { $strength } kracht deze week
# $split: een exercises-this-week; $names: namen samengevoegd met list-separator
exercises-rated-good = { $split } · Goed beoordeeld: { $names }
list-separator = {", "}

## De vraag na een rekoefening, en wat "Het deed pijn" toont

feeling-question = Hoe voelde dat?
# $feeling: good, not_for_me, hurt
feeling-answer = { $feeling ->
    [good] Goed
    [not_for_me] Niets voor mij
   *[hurt] Het deed pijn
}
hurt-stop = Stop, en beweeg alleen binnen een comfortabel bereik.
hurt-see-a-clinician = Raadpleeg een zorgverlener als de pijn aanhoudt, of als je gevoelloosheid of tintelingen hebt die naar je benen uitstralen, pijn op de borst, of veranderingen in de controle over je blaas of darmen.
# De volgende regel toont het commando dat de oefening terugzet.
hurt-not-offered-again = { $exercise } wordt niet meer aangeboden. Zo zet je de oefening terug:
# De herinnering als er geen oefening meer over is. `positions` en [stretch] blijven zoals ze zijn.
nothing-left-all-hurt = { $count ->
    [one] De enige oefening die je posities toestaan is beoordeeld met "Het deed pijn", dus er is geen rekoefening om aan te bieden. Wis de beoordeling (posture-break exercises rate ID clear) of sta meer posities toe met `positions` onder [stretch] in de configuratie.
   *[other] Alle { $count } oefeningen die je posities toestaan zijn beoordeeld met "Het deed pijn", dus er is geen rekoefening om aan te bieden. Wis een beoordeling (posture-break exercises rate ID clear) of sta meer posities toe met `positions` onder [stretch] in de configuratie.
}
nothing-left-no-position = Geen enkele oefening past bij je posities, dus er is geen rekoefening om aan te bieden: sta meer posities toe met `positions` onder [stretch] in de configuratie.

## Houdingstips tussen de rekoefeningen door

nudge-change-position = Verander van houding
nudge-sit-back = Leun achterover tegen je stoel; een opgerolde handdoek achter je onderrug helpt
nudge-shoulders = Laat je schouders zakken en rol ze naar achteren
nudge-stand-up-a-moment = Sta even op
nudge-time-to-stand = Tijd om op te staan
nudge-time-to-sit = Tijd om te gaan zitten

## De oefeningen op de opdrachtregel (`exercises list|show|next|rate`)

# $areas: lichaamsdelen samengevoegd met list-separator; $done: keren gedaan; $rating: een feeling-answer, of "none"
exercise-list-details = { $areas }; { $done } keer gedaan{ $rating ->
    [none] {""}
   *[other] , beoordeeld: { $rating }
}
# $number: het nummer van de stap; $secs: de duur in seconden
exercise-show-step = { $number }. { $text } ({ $secs } s)
exercise-caution = Let op: { $caution }
# $reason: strength_turn, favourite, rotation
pick-reason = { $reason ->
    [strength_turn] beurt voor kracht: er gingen twee mobiliteitsoefeningen aan vooraf
    [favourite] favoriet: goed beoordeeld, twee keer zo vaak aangeboden
   *[rotation] afwisseling
}
# $rating: een feeling-answer
exercise-rated = { $exercise }: beoordeeld als "{ $rating }"
exercise-rating-cleared = { $exercise }: beoordeling gewist

## Het menu in het systeemvak (en het menu van het XEmbed-systeemvak)

menu-stretch-now = Rekoefening nu starten
menu-snooze = Uitstellen
menu-pause = Pauzeren
menu-until-tomorrow = Tot morgen
menu-until-resumed = Tot ik hervat
menu-resume = Hervatten
menu-posture-nudges = Houdingstips
menu-sitting = Ik zit
menu-standing = Ik sta
menu-your-week = Jouw week
menu-open-config = Configuratiebestand openen
menu-start-at-login = Starten bij inloggen
menu-quit = Afsluiten

## Meldingen

# $length: een duration-adjective
reminder-summary = Tijd voor een rekoefening van { $length }
# $step: de eerste stap van de oefening
reminder-body = { $exercise }: { $step }
# De knoppen van de herinnering; $duration: "10 min"
reminder-start = Rekoefening starten
reminder-snooze = { $duration } uitstellen
reminder-skip = Overslaan
notice-config-removed = posture-break: configuratiebestand verwijderd
notice-config-removed-body = { $path } is verwijderd; de standaardinstellingen worden gebruikt tot het opnieuw wordt geschreven
# De configuratiefout zelf volgt in het Engels, met bestand:regel:kolom.
notice-config-not-applied = posture-break: configuratie niet toegepast
notice-keeping-config = de laatste geldige configuratie blijft in gebruik
notice-keeping-exercises = de laatste geldige oefeningen blijven in gebruik
notice-using-defaults = de standaardinstellingen worden gebruikt
welcome-summary = posture-break is actief
# Het welkom als geen systeemvak de app toont (GNOME zonder de AppIndicator-extensie)
welcome-body-no-tray = Je eerste rekoefening van { $length } is om { $first }, daarna om de { $interval }.
    Deze desktop toont geen pictogram in het systeemvak: open posture-break via je programmastarter (met de rechtermuisknop vind je daar "Rekoefening nu starten", "Uitstellen", "1 uur pauzeren" en "Jouw week"), of voer posture-break open uit. Instellingen: { $config }
# $first: de tijd van de eerste rekoefening; $interval: een tijdsduur; $config: het pad van de configuratie
welcome-body = posture-break draait in het systeemvak. Je eerste rekoefening van { $length } is om { $first }, daarna om de { $interval }.
    Klik met de rechtermuisknop op het pictogram in het systeemvak voor het menu (rekoefening starten, uitstellen, pauzeren); met de linkermuisknop zie je je week. Instellingen: { $config }

## Het rekvenster

# Onder de aftelling in de ring (kort houden: de ring is klein)
stretch-time-left = over
stretch-paused = Gepauzeerd
stretch-step-of = Stap { $step } van { $steps }
stretch-done = Klaar
stretch-skip = Overslaan
# The sound toggle's name for screen readers
stretch-sound = Geluid
# De regel met toetsen; $paused en $sound zijn "true" of "false"
stretch-keys = { $paused ->
    [true] Spatie hervatten
   *[false] Spatie pauzeren
} · Enter klaar · Esc overslaan{ $sound ->
    [true] {" · V geluid"}
   *[false] {""}
}
feeling-keys = 1 Goed · 2 Niets voor mij · 3 Het deed pijn · Esc sluiten. Niet antwoorden mag ook.
hurt-title = Die rekoefening deed pijn
hurt-keys = Enter of Esc sluit
window-close = Sluiten

## Het weekvenster

week-window-title = posture-break — Jouw week
week-title = Jouw week
week-last-7-days = Afgelopen 7 dagen
week-completion = Voltooid
# $rate_28: een percentage ("80%") of "–"
week-completion-detail = { $completed } van { $offered } aangeboden deze week; 28 dagen: { $rate_28 }
week-streak = Reeks
week-streak-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}
week-legend-stretches = rekoefeningen
week-legend-natural-breaks = natuurlijke pauzes
week-legend-standing = tijd staand (onder)
week-legend-sitting = tijd zittend (onder)
week-last-28-days = Afgelopen 28 dagen: { $completed } rekoefeningen, { $breaks } natuurlijke pauzes
# Een label onder de staven van de 28 dagen; $month: 1 tot 12
day-and-month = { $day } { $month ->
    [1] jan
    [2] feb
    [3] mrt
    [4] apr
    [5] mei
    [6] jun
    [7] jul
    [8] aug
    [9] sep
    [10] okt
    [11] nov
   *[12] dec
}
week-keys = Esc sluit
# De tijd van een dag in één houding, kort: "45m", "5u", "1u05" ($minutes heeft daar twee cijfers)
time-compact-minutes = { $minutes }m
time-compact-hours = { $hours }u
time-compact = { $hours }u{ $minutes }

## `stats`

# Het label van een regel; de waarden worden uitgelijnd na het langste label
stats-label = { $label }:
stats-today = Vandaag
stats-last-7-days = Afgelopen 7 dagen
stats-last-28-days = Afgelopen 28 dagen
stats-completion = Voltooid
stats-positions = Houdingen
stats-streak = Reeks
stats-kinds = Soorten
stats-rated-good = Goed beoordeeld
stats-day = { $completed } voltooid, { $natural_breaks ->
    [one] { $natural_breaks } natuurlijke pauze
   *[other] { $natural_breaks } natuurlijke pauzes
}, { $skipped } overgeslagen, { $reminded } herinneringen
stats-completion-rate = { $percent }% (afgelopen 7 dagen)
stats-no-reminders-yet = nog geen herinneringen (afgelopen 7 dagen)
# $span: today, last_7_days; $standing, $sitting: "1 u 20 min"
stats-positions-value = { $span ->
    [today] vandaag
   *[last_7_days] afgelopen 7 dagen
}: staand { $standing }, zittend { $sitting }
stats-kinds-value = { $mobility } mobiliteit, { $strength } kracht (afgelopen 7 dagen)

## Het eigen venster van de app (`posture-break open`), voor desktops zonder systeemvak

## `sync status`: several computers through a synced folder

sync-off = Synchronisatie staat uit: stel [sync] folder in de configuratie in om pauzes tussen je computers te delen.
# $name: this computer's name; $folder: the folder as written in the config
sync-here = Deze computer is { $name } in { $folder }
sync-no-peers = Nog geen andere computer heeft daar geschreven.
# $presence: away, here; $when: "2026-12-07 10:05"
sync-peer = { $name }: { $presence ->
    [away] afwezig
   *[here] in gebruik
}, laatst gehoord op { $when }
sync-peer-silent = { $name }: nog niets leesbaars

home-window-title = posture-break
home-keys = Op/neer · Enter kiest · Rechts/links submenu · Esc sluit

## Oefeningen: `assets/exercises.toml` is de Engelse bron; de ids en het aantal stappen komen daarmee overeen.
## De waarschuwingen en veiligheidsteksten moeten getrouw blijven: ze vertellen wanneer je moet stoppen.

exercises-notice = Deze rekoefeningen zijn algemene voorlichting, geen medisch advies; beweeg rustig en stop als iets pijn doet.
exercises-red-flags = Als je gevoelloosheid of tintelingen hebt die naar je benen uitstralen, pijn op de borst, of veranderingen in de controle over je darmen of blaas, overleg dan met een zorgverlener voordat je deze rekoefeningen doet.

exercise-cat-cow = Kat-koe
    .caution = Beweeg alleen binnen een comfortabel bereik, en leg iets zachts onder je knieën of sla de oefening over als knielen pijn doet.
    .step-1 = Ga op handen en knieën zitten, polsen onder je schouders en knieën onder je heupen.
    .step-2 = Adem in, laat je buik zakken en til je borst op, terwijl je iets naar voren kijkt.
    .step-3 = Adem uit, maak je rug bol richting het plafond en laat je hoofd hangen.
    .step-4 = Blijf langzaam op je ademhaling tussen de twee houdingen bewegen.
    .step-5 = Kom terug naar een vlakke rug en ga dan met je billen richting je hielen zitten om te rusten.

exercise-seal-stretch = Zeehondhouding
    .caution = Blijf in plaats daarvan op je onderarmen steunen als het strekken van je armen je onderrug belast.
    .step-1 = Ga op je buik liggen met je handen op de vloer onder je schouders.
    .step-2 = Duw je op met je handen om je borst op te tillen, terwijl je heupen op de vloer blijven.
    .step-3 = Houd dit vast, laat je rug rustig hol worden en houd je schouders weg van je oren.
    .step-4 = Zak langzaam en duw je dan weer op, alleen zo ver als prettig voelt.
    .step-5 = Zak omlaag en laat je voorhoofd op je handen rusten.

exercise-seated-trunk-rotation = Zittende romprotatie
    .caution = Draai vloeiend, zonder te veren of het einde van de beweging te forceren.
    .step-1 = Ga rechtop vooraan op je stoel zitten met beide voeten plat op de vloer.
    .step-2 = Kruis je armen voor je borst, met je handen op de tegenovergestelde schouders.
    .step-3 = Draai je bovenlichaam langzaam naar rechts, terwijl je heupen naar voren gericht blijven.
    .step-4 = Kom terug naar het midden en draai dan langzaam naar links.
    .step-5 = Blijf rustig van kant wisselen en adem uit terwijl je draait.

exercise-bent-over-iyt = Voorovergebogen I/Y/T
    .caution = Houd je nek in lijn met je rug, en sla het vooroverbuigen vanuit de heupen over als vooroverbuigen last geeft in je onderrug.
    .step-1 = Sta met licht gebogen knieën en buig vanuit je heupen voorover, met een vlakke rug en je armen omlaag hangend.
    .step-2 = Maak een I: breng beide armen naar voren omhoog naast je oren, duimen omhoog, en laat ze dan langzaam zakken.
    .step-3 = Maak een Y: breng je armen omhoog en naar buiten terwijl je je schouderbladen samenknijpt, en laat ze dan langzaam zakken.
    .step-4 = Maak een T: til je gestrekte armen zijwaarts op en laat ze dan gecontroleerd zakken.
    .step-5 = Kom langzaam overeind en laat je armen ontspannen.

exercise-seated-cat-cow = Zittende kat-koe
    .caution = Houd de beweging langzaam en pijnvrij, vooral bij de nek.
    .step-1 = Ga vooraan op je stoel zitten met je handen op je knieën.
    .step-2 = Adem in, breng je borst naar voren en trek je schouders naar achteren en omlaag.
    .step-3 = Adem uit, maak je bovenrug bol en laat je kin richting je borst zakken.
    .step-4 = Blijf langzaam op je ademhaling tussen de twee houdingen bewegen.
    .step-5 = Eindig rechtop zittend in een ontspannen, makkelijke houding.

exercise-chin-tucks = Kin intrekken
    .caution = Beweeg rustig, en stop als je duizelig wordt, tintelingen voelt of pijn die naar je arm uitstraalt.
    .step-1 = Ga rechtop zitten met ontspannen schouders en kijk recht vooruit.
    .step-2 = Schuif je kin recht naar achteren, alsof je een dubbele kin maakt, zonder je hoofd te kantelen.
    .step-3 = Houd dit een paar seconden vast en voel een lichte rek aan de onderkant van je schedel.
    .step-4 = Laat los en herhaal langzaam, met je blik recht vooruit.
    .step-5 = Ontspan je nek en laat je ademhaling tot rust komen.

exercise-shoulder-blade-squeeze = Schouderbladen samenknijpen
    .caution = Knijp zachtjes, houd je nek ontspannen en maak je onderrug niet hol.
    .step-1 = Ga rechtop zitten met je armen ontspannen langs je zij en je ellebogen licht gebogen.
    .step-2 = Trek je schouderbladen naar achteren en omlaag, alsof je er een potlood tussen vasthoudt.
    .step-3 = Houd dit ongeveer vijf seconden vast terwijl je normaal ademt, zonder je schouders op te trekken.
    .step-4 = Laat langzaam los en herhaal het samenknijpen in een rustig tempo.
    .step-5 = Laat je schouders helemaal ontspannen.

exercise-seated-w-squeeze = Zittende W-knijp
    .caution = Houd de beweging klein en licht, met een lange nek; stop voordat je iets voelt knellen in je schouders.
    .step-1 = Ga rechtop zitten, los van de rugleuning, voeten plat en armen ontspannen langs je zij.
    .step-2 = Buig je ellebogen en til je handen op tot schouderhoogte, handpalmen naar voren, zodat je een W vormt.
    .step-3 = Trek je ellebogen omlaag en naar achteren en knijp je schouderbladen samen.
    .step-4 = Houd dit één ademhaling vast en ga dan rustig terug naar de W; herhaal in een rustig tempo.
    .step-5 = Laat je armen zakken en je schouders ontspannen.

exercise-neck-side-stretch = Zijwaartse nekstretch
    .caution = Trek niet aan je hoofd, en stop als je tintelingen voelt of duizelig wordt.
    .step-1 = Ga rechtop zitten en houd met je rechterhand de zijkant van je zitting vast.
    .step-2 = Kantel je linkeroor naar je linkerschouder tot je een rek voelt aan de rechterkant van je nek.
    .step-3 = Breng je hoofd langzaam terug naar het midden.
    .step-4 = Houd de zitting vast met je linkerhand en kantel je rechteroor naar je rechterschouder.
    .step-5 = Breng je hoofd terug naar het midden en laat je schouders ontspannen.

exercise-levator-scapulae-stretch = Stretch van de schouderbladheffer
    .caution = Trek niet aan je hoofd, en neem gas terug als je tintelingen, duizeligheid of scherpe pijn voelt.
    .step-1 = Ga rechtop zitten en houd met je rechterhand de zijkant van je zitting vast.
    .step-2 = Draai je hoofd half naar links en breng je neus omlaag richting je linkeroksel.
    .step-3 = Breng je hoofd langzaam weer omhoog naar het midden.
    .step-4 = Houd de zitting vast met je linkerhand en breng je neus omlaag richting je rechteroksel.
    .step-5 = Breng je hoofd langzaam weer omhoog naar het midden en ontspan je schouders.

exercise-seated-thread-the-needle = Zittende draad door de naald
    .caution = Houd je heupen stil en draai alleen zo ver als prettig is.
    .step-1 = Ga rechtop zitten met je voeten plat en je linkerhand op je rechterknie.
    .step-2 = Reik met je rechterarm voor je lichaam langs naar links en laat je bovenrug bol worden en meedraaien.
    .step-3 = Zwaai je rechterarm naar achteren en omhoog richting het plafond en draai je borst naar rechts.
    .step-4 = Wissel van hand en reik met je linkerarm voor je lichaam langs naar rechts.
    .step-5 = Zwaai je linkerarm naar achteren en omhoog richting het plafond en draai je borst naar links.
    .step-6 = Kom terug naar het midden, ga rechtop zitten en adem langzaam in en uit.

exercise-seated-open-book = Zittend open boek
    .caution = Houd je heupen naar voren gericht en stop voordat je iets voelt knellen in je schouder.
    .step-1 = Ga rechtop zitten en strek beide armen recht voor je uit op schouderhoogte, handpalmen tegen elkaar.
    .step-2 = Zwaai je rechterarm naar buiten en naar achteren en draai je borst en ogen mee met je hand.
    .step-3 = Breng hem terug en zwaai dan je linkerarm naar buiten en naar achteren, terwijl je naar links draait.
    .step-4 = Blijf langzaam afwisselen en open alleen zo ver als prettig voelt.
    .step-5 = Laat je armen zakken en ga rechtop zitten.

exercise-shoulder-rolls = Schouderrollen
    .caution = Maak de cirkels langzaam en soepel, en maak ze kleiner als er iets knelt.
    .step-1 = Ga rechtop zitten met je armen losjes langs je zij.
    .step-2 = Til je schouders op richting je oren en rol ze dan in langzame cirkels naar achteren en omlaag.
    .step-3 = Wissel van richting en rol je schouders in langzame cirkels naar voren.
    .step-4 = Sluit af met nog een paar rollen naar achteren en laat je schouders telkens zakken.
    .step-5 = Adem uit en laat je armen zwaar hangen.

exercise-chair-back-extension = Extensie over de rugleuning
    .caution = Gebruik een stevige stoel die niet rolt of achteroverkantelt, en leun alleen zo ver achterover als prettig is.
    .step-1 = Ga achter in een stoel zitten waarvan de rugleuning ongeveer tot de onderkant van je schouderbladen komt.
    .step-2 = Kruis je armen voor je borst of ondersteun je hoofd licht met je handen.
    .step-3 = Leun rustig achterover over de bovenrand van de rugleuning en laat je bovenrug hol worden.
    .step-4 = Kom weer rechtop en leun dan opnieuw achterover, terwijl je uitademt.
    .step-5 = Ga langzaam weer rechtop zitten en ontspan.

exercise-doorway-chest-opener = Borstopener in de deuropening
    .caution = Houd de rek mild, en neem gas terug als je tintelingen in je handen voelt of iets voelt knellen in je schouder.
    .step-1 = Ga in een deuropening staan met je onderarmen tegen de deurpost en je ellebogen op schouderhoogte.
    .step-2 = Zet één voet naar voren en leun rustig naar voren tot je een rek voelt over je borst.
    .step-3 = Houd de rek vast, adem langzaam en houd je schouders laag.
    .step-4 = Kom rustig terug en leun dan opnieuw naar voren, alleen iets verder als dat prettig voelt.
    .step-5 = Stap uit de deuropening en laat je armen losjes hangen.

exercise-wall-angels = Muurengelen
    .caution = Je armen hoeven de muur niet te raken; stop voordat je iets voelt knellen in je schouders.
    .step-1 = Ga met je rug tegen een muur staan, voeten een kleine stap naar voren en knieën licht gebogen.
    .step-2 = Breng je armen omhoog in de vorm van een doelpaal, met de achterkant van je armen naar de muur.
    .step-3 = Schuif je armen langzaam omhoog langs de muur en houd ze er zo dicht bij als prettig is.
    .step-4 = Schuif ze weer omlaag naar de doelpaalvorm en trek je schouderbladen omlaag.
    .step-5 = Blijf langzaam op en neer schuiven, zonder je armen tegen de muur te forceren.

exercise-standing-y-raise = Staande Y-heffing
    .caution = Til je armen alleen zo hoog op als prettig voelt, zonder je onderrug hol te maken.
    .step-1 = Sta rechtop, voeten op heupbreedte en knieën licht gebogen, armen langs je zij, duimen naar voren.
    .step-2 = Trek je schouderbladen iets naar achteren en omlaag.
    .step-3 = Til je gestrekte armen omhoog en naar buiten in een Y, duimen omhoog.
    .step-4 = Laat ze langzaam zakken en til ze in een rustig tempo weer op, met je schouders weg van je oren.
    .step-5 = Laat je armen hangen en je schouders ontspannen.

exercise-standing-side-bend = Staande zijwaartse buiging
    .caution = Leun recht opzij in plaats van naar voren, en houd de rek mild.
    .step-1 = Sta rechtop met je voeten op heupbreedte en je armen langs je zij.
    .step-2 = Reik met je rechterarm boven je hoofd en leun rustig naar links, zodat je je rechterzij voelt rekken.
    .step-3 = Kom langzaam terug naar het midden.
    .step-4 = Reik met je linkerarm boven je hoofd en leun rustig naar rechts.
    .step-5 = Blijf langzaam van kant wisselen en adem uit terwijl je opzij leunt.

exercise-clasped-hands-chest-opener = Borstopener met handen in elkaar
    .caution = Til je armen maar een klein beetje op, en stop als je iets voelt knellen aan de voorkant van je schouders.
    .step-1 = Sta rechtop en vouw je handen achter je rug in elkaar, of houd een handdoek tussen je handen vast.
    .step-2 = Strek je armen rustig en trek je schouderbladen naar elkaar toe terwijl je je borst optilt.
    .step-3 = Houd dit vast en adem langzaam, met je kin recht en je schouders weg van je oren.
    .step-4 = Laat los, rol je schouders een paar keer, vouw dan je handen weer in elkaar en til opnieuw op.
    .step-5 = Laat los en laat je armen losjes hangen.

exercise-thread-the-needle = Draad door de naald
    .caution = Houd het gewicht van je nek af, en leg iets zachts onder je knieën of sla de oefening over als knielen pijn doet.
    .step-1 = Ga op handen en knieën zitten, polsen onder je schouders en knieën onder je heupen.
    .step-2 = Schuif je rechterarm onder je lichaam door naar links en laat je rechterschouder richting de vloer zakken.
    .step-3 = Draai terug en reik met je rechterarm omhoog naar het plafond, terwijl je hem met je ogen volgt.
    .step-4 = Schuif je linkerarm onder je lichaam door naar rechts en laat je linkerschouder richting de vloer zakken.
    .step-5 = Draai terug en reik met je linkerarm omhoog naar het plafond, terwijl je hem met je ogen volgt.
    .step-6 = Kom terug op handen en knieën en ga dan met je billen richting je hielen zitten om te rusten.

## Screen readers: the windows' texts read aloud, where the screen shows them apart

# $step, $steps: numbers; $text: the step's words
access-step = Stap { $step } van { $steps }: { $text }
# $time: minutes and seconds left, e.g. 0:42; $paused: yes or no
access-time = { $paused ->
    [yes] { $time } gepauzeerd
   *[no] { $time } over
}
# $day: a short weekday name (weekday-short); $count: stretches completed that day
access-week-day = { $day } { $count }
# $days: the last seven days, each an access-week-day, joined by commas
access-week-last-7 = Afgelopen 7 dagen: { $days }
# $rate: a percentage such as 80%; $detail: week-completion-detail
access-week-completion = Voltooid: { $rate } ({ $detail })
# $streak: week-streak-days
access-week-streak = Reeks: { $streak }

## Errors in the config file and in the user's exercises file, after "file:line:column: ".
## Keys, sections, paths and values in backticks or quotes stay exactly as written: they are
## what the person types in the file. Only the words around them are translated.
## $suggestion is the closest allowed word, or "none" when nothing is close.

# $bytes: the file's size; $max: the limit in KiB
config-too-big = bestand is { $bytes } bytes; een bestand mag hier hoogstens { $max } KiB zijn, is dit het juiste bestand?
config-not-utf8 = ongeldige UTF-8: het bestand moet als UTF-8-tekst worden opgeslagen
# $what: key or section; $name: as written ([brackets] included for a section);
# $allowed: the keys or sections allowed there, comma-separated
config-unknown-name = { $what ->
    [section] onbekende sectie `{ $name }`
   *[key] onbekende sleutel `{ $name }`
}{ $suggestion ->
    [none] {""}
   *[other] ; bedoelde je `{ $suggestion }`?
} (hier toegestaan: { $allowed })
# $key: a key written at the top that belongs in $section; $detail: config-unknown-name
config-key-belongs = `{ $key }` hoort in de sectie [{ $section }]: zet de sleutel onder een regel `[{ $section }]` ({ $detail })
# $name: the section as written, e.g. [schedule]
config-duplicate-section = dubbele sectie `{ $name }`: elke sectie mag maar één keer voorkomen; voeg de sleutels samen in de eerste
# $name: the key
config-duplicate-key = dubbele sleutel `{ $name }`: elke sleutel mag maar één keer voorkomen
config-duplicate-key-unnamed = dubbele sleutel: elke sleutel mag maar één keer voorkomen
# $value: the bare word written (yes, no, on, off…)
config-yes-no = `{ $value }` is geen waarde: schrijf voor ja/nee true of false (kleine letters, zonder aanhalingstekens)
# $value: the text written without quotes
config-quote-text = tekst moet tussen aanhalingstekens staan: schrijf "{ $value }"
config-quote-text-example = tekst moet tussen aanhalingstekens staan, bijv. "45m"
config-unclosed-string = string niet afgesloten: het afsluitende aanhalingsteken `"` ontbreekt
# $found: a config-found; $expected: a config-expected
config-wrong-type = verkeerd type: { $found } gevonden, { $expected } verwacht
# What the file has where another type belongs. $value: as written
config-found = { $kind ->
    [integer] geheel getal `{ $value }`
    [float] kommagetal `{ $value }`
    [boolean] boolean `{ $value }`
    [string] string { $value }
    [list] een lijst
    [table] een tabel
    [date] een datum `{ $value }`
    [datetime] een datum en tijd `{ $value }`
    [time] een tijd `{ $value }`
   *[other] { $value }
}
# What a key takes. $name: the section for a table, else the reader's own English words
config-expected = { $what ->
    [boolean] true of false
    [string] een string
    [list] een lijst tussen vierkante haken, bijv. ["a", "b"]
    [table] een tabel: [{ $name }]
    [duration] een tijdsduur als string, zoals "45m", "1h 30m" of "90s"
    [sit-stand] een tabel met twee tijdsduren: {"{"} sit = "40m", stand = "20m" {"}"}
    [integer] een geheel getal
    [number] een getal
   *[other] { $name }
}
# $name: the section
config-section-list = `{ $name }` moet één tabel zijn, geschreven als [{ $name }], geen lijst ervan zoals [[{ $name }]]
# $key: the key that must be there
config-missing-key = veld `{ $key }` ontbreekt
# The TOML reader's findings. $detail: its own English words, for the rarer ones
config-syntax = { $problem ->
    [key-no-value] sleutel zonder waarde
    [unclosed-table] tabel niet afgesloten
    [unclosed-array-table] array van tabellen niet afgesloten
    [unclosed-array] array niet afgesloten
    [unclosed-inline-table] inline tabel niet afgesloten
    [missing-comma-array] komma ontbreekt tussen array-elementen
    [missing-comma-table] komma ontbreekt tussen sleutel-waardeparen
    [missing-value] waarde ontbreekt
    [extra-comma] overbodige komma
    [extra-equals] overbodige `=`
    [invalid-key] ongeldige sleutel zonder aanhalingstekens
    [invalid-string] ongeldige string
    [invalid-value] ongeldige waarde
    [unexpected-content] onverwachte inhoud
   *[other] { $detail }
}
# $syntax: a config-syntax; $expected: the marks that may come here, in backticks, or config-syntax-thing
config-syntax-expected = { $syntax }, { $expected } verwacht
config-syntax-thing = { $thing ->
    [key] een sleutel
   *[value] een waarde
}

# Durations ("45m", "1h 30m", "90s")
config-duration-empty = lege tijdsduur; schrijf bijv. "45m", "1h 30m" of "90s"
config-duration-negative = negatieve tijdsduren zijn niet toegestaan
# $value: as written
config-duration-unreadable = `{ $value }` is niet te lezen als tijdsduur; schrijf bijv. "45m", "1h 30m" of "90s"
# $value: the number written without a unit
config-duration-no-unit = `{ $value }` heeft geen eenheid; schrijf "{ $value }m" voor minuten of "{ $value }s" voor seconden
# $unit: the unit written
config-duration-unknown-unit = onbekende eenheid `{ $unit }`; gebruik s, m of h (bijv. "45m", "1h 30m", "90s")
config-duration-too-large = tijdsduur is te lang
# $value: as written; $reason: one of the config-duration messages above
config-value-reason = `{ $value }`: { $reason }
# $value: the number written
config-duration-number = een tijdsduur is een string met een eenheid: schrijf "{ $value }m" of "{ $value }s", niet { $value }
config-duration-fraction = een tijdsduur is een string met een eenheid, zoals "90s", niet het getal { $value }
# $zero: yes when the value is zero, else no; $value, $min, $max: durations such as 45m
config-out-of-range = { $zero ->
    [yes] `{ $key }` mag niet nul zijn: het is { $value }, toegestaan is { $min } tot { $max }
   *[no] `{ $key }` valt buiten het bereik: het is { $value }, toegestaan is { $min } tot { $max }
}
config-choices-empty = `{ $key }` is leeg: geef minstens één tijdsduur op, bijv. ["10m"]
# $count: entries written; $max: entries a menu takes
config-choices-too-many = `{ $key }` heeft { $count } items; er passen er hoogstens { $max } in een menu
# $stretch, $interval: durations such as 45m
config-stretch-longer = `stretch.duration` ({ $stretch }) is langer dan `schedule.interval` ({ $interval }); een rekoefening moet tussen twee herinneringen passen
# $idle, $natural: durations such as 5m
config-idle-longer = `presence.idle_after` ({ $idle }) is langer dan `presence.natural_break` ({ $natural }); je moet eerst als afwezig gelden voordat tijd weg als pauze kan tellen
# $every, $interval: durations such as 45m
config-nudge-not-shorter = `posture.nudge_every` ({ $every }) moet korter zijn dan `schedule.interval` ({ $interval }): houdingstips komen tussen de rekoefeningen door

# Times of day
config-time-unquoted = een tijdstip schrijf je tussen aanhalingstekens, zoals "08:00"
# $value: as written
config-time-bad = `{ $value }` is geen tijdstip; gebruik de 24-uursnotatie "HH:MM", van "00:00" tot "23:59"

# Words from a short list. $key: the key; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-word-unknown = `{ $key }` is "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(bedoelde je "{ $suggestion }"?)
}; toegestaan: { $allowed }
config-language-unknown = `general.language` is "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(bedoelde je "{ $suggestion }"?)
}; de talen zijn: { $allowed }
config-positions-empty = `stretch.positions` is leeg: noem minstens één van "seated", "standing", "floor"
# $what: position, kind or area; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-unknown-word = { $what ->
    [position] onbekende positie "{ $value }";
    [kind] onbekende soort "{ $value }";
   *[area] onbekend lichaamsdeel "{ $value }";
}{ $suggestion ->
    [none] {""}
   *[other] {" "}bedoelde je "{ $suggestion }"?
} toegestaan: { $allowed }
config-hold-when-unknown = `{ $value }` is niets waarop een herinnering kan wachten{ $suggestion ->
    [none] {""}
   *[other] {" "}(bedoelde je `{ $suggestion }`?)
}; toegestaan: { $allowed }

# [sync]. $name: the machine name as written; $max: its longest length; $char: the character, quoted
config-sync-name = { $problem ->
    [empty] `sync.name` "{ $name }" is leeg
    [too-long] `sync.name` "{ $name }" is langer dan { $max } tekens
    [character] `sync.name` "{ $name }" bevat { $char }: gebruik letters, cijfers, '-', '_' en '.' (het wordt een bestandsnaam)
    [dot] `sync.name` "{ $name }" begint met '.': zulke bestanden zijn verborgen of van een synchronisatieprogramma zelf
   *[conflict] `sync.name` "{ $name }" lijkt op een conflictkopie van Syncthing
}
config-sync-name-alone = `sync.name` zonder `sync.folder`: synchronisatie staat alleen aan met een map, bijv. folder = "~/Sync/posture-break"
config-sync-folder-empty = `sync.folder` is leeg: geef de gesynchroniseerde map op, bijv. "~/Sync/posture-break", of laat de sleutel weg om synchronisatie uit te laten
# $folder: as written
config-sync-folder-relative = `sync.folder` "{ $folder }" is een relatief pad: schrijf een volledig pad of een pad in je thuismap, bijv. "~/Sync/posture-break"

# [working_hours]
config-days-empty = `working_hours.days` is leeg: noem de dagen waarop herinneringen mogen komen, zoals ["mon", "tue", "wed", "thu", "fri"] (voor één vrije dag schrijf je bijv. `fri = []`; wil je geen werktijden, verwijder dan de sectie)
# $value: as written
config-day-unknown = `{ $value }` is geen dag{ $suggestion ->
    [none] {""}
   *[other] {" "}(bedoelde je `{ $suggestion }`?)
}; gebruik mon, tue, wed, thu, fri, sat, sun
# $key: hours or a day (mon…sun); $value: the range as written; $part: the time in it
config-hours-not-range = `working_hours.{ $key }`: `{ $value }` is geen tijdsbereik; schrijf bereiken als "HH:MM-HH:MM" in 24-uursnotatie, bijv. "09:00-17:30"
config-hours-not-time = `working_hours.{ $key }`: `{ $value }`: `{ $part }` is geen tijdstip; schrijf bereiken als "HH:MM-HH:MM" in 24-uursnotatie, bijv. "09:00-17:30"
config-hours-out-of-day = `working_hours.{ $key }`: `{ $value }`: `{ $part }` is geen tijdstip van de dag (00:00 tot 23:59; 24:00 alleen als einde)
config-hours-empty = `working_hours.{ $key }`: `{ $value }` is leeg: begin en einde zijn hetzelfde tijdstip
# $other: the earlier range it overlaps
config-hours-overlap = `working_hours.{ $key }`: `{ $value }` overlapt met `{ $other }`; geef elke tijd maar één keer op

# The user's exercises file. $id: the exercise id as written
config-exercise-id-bad = oefening-id "{ $id }" moet 1 tot 64 tekens uit a-z, 0-9 en '-' bevatten
config-exercise-id-taken = oefening-id "{ $id }" is al in gebruik; ids moeten uniek zijn
# $field: name or caution
config-exercise-field-length = `{ $field }` moet 1 tot 200 tekens lang zijn
# $allowed: the areas, quoted and comma-separated
config-exercise-areas-empty = `areas` is leeg; noem er een of meer uit { $allowed }
config-exercise-steps-count = `steps` moet 1 tot 12 stappen bevatten
# $secs: as written
config-exercise-step-secs = `secs` van een stap is { $secs }; toegestaan is 1 tot 600
config-exercise-step-text = `text` van een stap moet 1 tot 300 tekens lang zijn
config-exercise-flow-without-pose = `flow` heeft een `pose` nodig om mee te beginnen: schrijf de eerste houding als `pose`
config-exercise-flow-count = `flow` moet 1 tot 7 houdingen bevatten
# A figure's pose out of bounds, in the pose model's own English words (joint names, degrees)
config-exercise-pose = { $detail }

## The launcher (the desktop entry): how app menus describe it, and its right-click actions
## (the others are the tray menu's: menu-stretch-now, menu-snooze, menu-your-week)

launcher-generic-name = Herinnering voor rekpauzes
launcher-comment = Biedt elke 45 minuten een begeleide rekoefening van één minuut voor de middenrug, nek en schouders
launcher-pause-hour = 1 uur pauzeren
launcher-open = Venster openen
