# posture-break: katalog polski. Te same komunikaty, atrybuty i zmienne co en.ftl.
# Klucze, ścieżki i wartości z konfiguracji zostają bez zmian; zmienne w { } są wypełniane.

## Słowa używane w wielu miejscach

# $day: mon, tue, wed, thu, fri, sat, sun
weekday-short = { $day ->
    [mon] pon.
    [tue] wt.
    [wed] śr.
    [thu] czw.
    [fri] pt.
    [sat] sob.
   *[sun] niedz.
}
# $position: seated, standing, floor
exercise-position = { $position ->
    [seated] na siedząco
    [standing] na stojąco
   *[floor] na podłodze
}
# $kind: mobility, strength
exercise-kind = { $kind ->
    [mobility] mobilność
   *[strength] siła
}
# $area: middle_back, neck, shoulders
exercise-area = { $area ->
    [middle_back] środek pleców
    [neck] szyja
   *[shoulders] barki
}

# $day: a weekday-short; $time: 09:00
day-and-time = { $day } { $time }
# Długość czasu, „1 godzina 30 minut”: części łączy duration-join.
duration-hours = { $count ->
    [one] { $count } godzina
    [few] { $count } godziny
    [many] { $count } godzin
   *[other] { $count } godziny
}
duration-minutes = { $count ->
    [one] { $count } minuta
    [few] { $count } minuty
    [many] { $count } minut
   *[other] { $count } minuty
}
duration-seconds = { $count ->
    [one] { $count } sekunda
    [few] { $count } sekundy
    [many] { $count } sekund
   *[other] { $count } sekundy
}
# $first, $second: two parts of a duration-*
duration-join = { $first } { $second }
duration-minutes-short = { $count } min
duration-hours-short = { $count } godz.
# „1-minutowe rozciąganie”; $unit: minute or second
duration-adjective = { $unit ->
    [minute] { $count }-minutowe
   *[second] { $count }-sekundowe
}
# $busy: fullscreen, do-not-disturb, camera (dopełniacz: „czekam na koniec …”)
busy-what = { $busy ->
    [fullscreen] okna pełnoekranowego
    [do-not-disturb] trybu „Nie przeszkadzać”
   *[camera] rozmowy (kamera)
}
# $position: sitting, standing
you-are = { $position ->
    [sitting] Siedzisz
   *[standing] Stoisz
}

## Stan w słowach: wiersz stanu w zasobniku

tray-next-stretch = Następne rozciąganie o { $time }
tray-back-from-break = Witaj z powrotem: zaliczono to jako przerwę; następne rozciąganie o { $time }
tray-held-busy = Pora na rozciąganie: czekam na koniec { busy-what }
tray-held-away = Czekam na Twój powrót
tray-held-elsewhere = Pora na rozciąganie: przypomnienie na używanym komputerze
# $when: a time (10:35) or a day-and-time
tray-off-until = Wyłączone do { $when }
tray-off-none-ahead = Wyłączone: brak kolejnych godzin pracy
tray-reminding = Wyświetlane przypomnienie
tray-stretching = Trwa rozciąganie
tray-snoozed-until = Odłożone do { $time }
tray-paused-until-resumed = Wstrzymane do wznowienia
tray-paused-until = Wstrzymane do { $when }
tray-paused-until-tomorrow = Wstrzymane do jutra, godz. { $time }

## Zdanie polecenia `status` (czasy z sekundami)

status-snoozed-until = odłożone do { $time }
status-paused-until = wstrzymane do { $time }
status-paused-until-resumed = wstrzymane do wznowienia
status-reminding = wyświetlane jest przypomnienie
status-held-busy = pora na rozciąganie; przypomnienie czeka na koniec { busy-what }
status-held-away = pora na rozciąganie; przypomnienie czeka na Twój powrót
status-held-elsewhere = pora na rozciąganie; przypomnienie pojawia się na komputerze, którego używasz
status-off-hours-until = poza godzinami pracy do { $time }
status-off-hours-none-ahead = poza godzinami pracy (brak kolejnych)
status-stretching = rozciąganie: { $exercise }
status-active = aktywne, następne rozciąganie o { $time }
# $interval: a duration; $config: the config file's path
status-sentence = { $summary } (interwał: { $interval }; konfiguracja: { $config })

## Kilka znaków na pasek stanu (`status --format short`, tekst waybara)

# $state: active, snoozed, paused, reminding, stretching, held, off_hours
bar = { $state ->
    [reminding] rozciągnij się
    [stretching] rozciąganie
    [held] pora na rozciąganie
    [snoozed] odłożone
    [paused] pauza
    [off_hours] wył.
   *[active] następne
}
bar-with-time = { bar } { $time }
waybar-tooltip = posture-break: { $summary }
waybar-not-running = posture-break nie działa

## Postępy i podsumowanie ćwiczeń (podpowiedź w zasobniku, okno tygodnia, `stats`)

progress-today = { $count ->
    [0] Dziś jeszcze bez rozciągania
    [one] { $count } rozciąganie dzisiaj
    [few] { $count } rozciągania dzisiaj
    [many] { $count } rozciągań dzisiaj
   *[other] { $count } rozciągania dzisiaj
}
# $today: a progress-today; $streak: days in a row with a stretch
progress-with-streak = { $today } · { $streak ->
    [one] { $streak } dzień z rzędu
    [few] { $streak } dni z rzędu
    [many] { $streak } dni z rzędu
   *[other] { $streak } dnia z rzędu
}
exercises-this-week = W tym tygodniu: { $mobility ->
    [one] { $mobility } ćwiczenie mobilności
    [few] { $mobility } ćwiczenia mobilności
    [many] { $mobility } ćwiczeń mobilności
   *[other] { $mobility } ćwiczenia mobilności
}, { $strength ->
    [one] { $strength } siłowe
    [few] { $strength } siłowe
    [many] { $strength } siłowych
   *[other] { $strength } siłowego
}
# $split: an exercises-this-week; $names: exercise names joined by list-separator
exercises-rated-good = { $split } · Ocenione dobrze: { $names }
list-separator = {", "}

## Pytanie po rozciąganiu i to, co pokazuje „Bolało”

feeling-question = Jak było?
# $feeling: good, not_for_me, hurt
feeling-answer = { $feeling ->
    [good] Dobrze
    [not_for_me] Nie dla mnie
   *[hurt] Bolało
}
hurt-stop = Przerwij i poruszaj się tylko w wygodnym zakresie.
hurt-see-a-clinician = Skonsultuj się z lekarzem, jeśli ból nie ustępuje albo jeśli masz drętwienie lub mrowienie schodzące w dół nóg, ból w klatce piersiowej lub zmiany w kontroli pęcherza lub jelit.
# The next line shows the command that brings the exercise back.
hurt-not-offered-again = Ćwiczenie „{ $exercise }” nie będzie już proponowane. Aby je przywrócić:
# `positions` i [stretch] zostają bez zmian.
nothing-left-all-hurt = { $count ->
    [one] Jedyne ćwiczenie pasujące do Twoich pozycji ma ocenę „Bolało”, więc nie ma czego zaproponować. Usuń jego ocenę (posture-break exercises rate ID clear) albo dopuść więcej pozycji w `positions` w sekcji [stretch] konfiguracji.
    [few] Wszystkie { $count } ćwiczenia pasujące do Twoich pozycji mają ocenę „Bolało”, więc nie ma czego zaproponować. Usuń którąś ocenę (posture-break exercises rate ID clear) albo dopuść więcej pozycji w `positions` w sekcji [stretch] konfiguracji.
    [many] Wszystkich { $count } ćwiczeń pasujących do Twoich pozycji ma ocenę „Bolało”, więc nie ma czego zaproponować. Usuń którąś ocenę (posture-break exercises rate ID clear) albo dopuść więcej pozycji w `positions` w sekcji [stretch] konfiguracji.
   *[other] Wszystkie ćwiczenia pasujące do Twoich pozycji ({ $count }) mają ocenę „Bolało”, więc nie ma czego zaproponować. Usuń którąś ocenę (posture-break exercises rate ID clear) albo dopuść więcej pozycji w `positions` w sekcji [stretch] konfiguracji.
}
nothing-left-no-position = Żadne ćwiczenie nie pasuje do Twoich pozycji, więc nie ma czego zaproponować: dopuść więcej pozycji w `positions` w sekcji [stretch] konfiguracji.

## Przypomnienia o postawie między rozciąganiami

nudge-change-position = Zmień pozycję
nudge-sit-back = Oprzyj się o oparcie krzesła; pomoże zwinięty ręcznik za dolną częścią pleców
nudge-shoulders = Opuść barki i przetocz je do tyłu
nudge-stand-up-a-moment = Wstań na chwilę
nudge-time-to-stand = Czas wstać
nudge-time-to-sit = Czas usiąść

## Ćwiczenia w wierszu poleceń (`exercises list|show|next|rate`)

# $areas: body areas joined by list-separator; $done: times completed; $rating: a feeling-answer, or "none"
exercise-list-details = { $areas }; wykonano: { $done }{ $rating ->
    [none] {""}
   *[other] , ocena: { $rating }
}
# $number: the step's number; $secs: its length in seconds
exercise-show-step = { $number }. { $text } ({ $secs } s)
exercise-caution = Uwaga: { $caution }
# $reason: strength_turn, favourite, rotation
pick-reason = { $reason ->
    [strength_turn] kolej na siłę: wcześniej były dwa ćwiczenia mobilności
    [favourite] ulubione: ocenione dobrze, proponowane dwa razy częściej
   *[rotation] rotacja
}
# $rating: a feeling-answer
exercise-rated = { $exercise }: ocena „{ $rating }”
exercise-rating-cleared = { $exercise }: ocena usunięta

## Menu w zasobniku (i menu zasobnika XEmbed)

menu-stretch-now = Rozpocznij rozciąganie teraz
menu-snooze = Odłóż
menu-pause = Wstrzymaj
menu-until-tomorrow = Do jutra
menu-until-resumed = Do wznowienia
menu-resume = Wznów
menu-posture-nudges = Przypomnienia o postawie
menu-sitting = Siedzę
menu-standing = Stoję
menu-your-week = Twój tydzień
menu-open-config = Otwórz plik konfiguracyjny
menu-start-at-login = Uruchamiaj po zalogowaniu
menu-quit = Zakończ

## Powiadomienia

# $length: a duration-adjective
reminder-summary = Czas na { $length } rozciąganie
# $step: the exercise's first step
reminder-body = { $exercise }: { $step }
# Przyciski przypomnienia; $duration: „10 min”
reminder-start = Rozpocznij
reminder-snooze = Odłóż o { $duration }
reminder-skip = Pomiń
notice-config-removed = posture-break: usunięto plik konfiguracyjny
notice-config-removed-body = Usunięto { $path }; do ponownego zapisania pliku używane są ustawienia domyślne
# Sam błąd konfiguracji następuje po angielsku, z plik:wiersz:kolumna.
notice-config-not-applied = posture-break: nie zastosowano konfiguracji
notice-keeping-config = zachowano ostatnią poprawną konfigurację
notice-keeping-exercises = zachowano ostatnie poprawne ćwiczenia
notice-using-defaults = używane są ustawienia domyślne
welcome-summary = posture-break działa
# Powitanie, gdy żaden zasobnik nie pokazuje aplikacji (GNOME bez rozszerzenia AppIndicator)
welcome-body-no-tray = Pierwsze { $length } rozciąganie o { $first }, odstęp między kolejnymi: { $interval }.
    To środowisko nie wyświetla ikony w zasobniku: otwórz posture-break z menu aplikacji (prawy przycisk myszy pokazuje tam „Rozpocznij rozciąganie teraz”, „Odłóż”, „Wstrzymaj na 1 godzinę” i „Twój tydzień”) albo uruchom posture-break open. Ustawienia: { $config }
# $first: the first stretch's time; $interval: a duration; $config: the config file's path
welcome-body = posture-break działa w zasobniku systemowym. Pierwsze { $length } rozciąganie o { $first }, odstęp między kolejnymi: { $interval }.
    Kliknij ikonę w zasobniku prawym przyciskiem, aby otworzyć menu (rozpoczęcie rozciągania, odłożenie, pauza); lewy przycisk pokazuje Twój tydzień. Ustawienia: { $config }

## Okno rozciągania

# Pod odliczaniem w pierścieniu (krótko: pierścień jest mały)
stretch-time-left = zostało
stretch-paused = Pauza
stretch-step-of = Krok { $step } z { $steps }
stretch-done = Gotowe
stretch-skip = Pomiń
# The sound toggle's name for screen readers
stretch-sound = Dźwięk
# The keys line; $paused and $sound are "true" or "false"
stretch-keys = { $paused ->
    [true] Spacja: wznów
   *[false] Spacja: pauza
} · Enter: gotowe · Esc: pomiń{ $sound ->
    [true] {" · V: dźwięk"}
   *[false] {""}
}
feeling-keys = 1 Dobrze · 2 Nie dla mnie · 3 Bolało · Esc: zamknij. Można nie odpowiadać.
hurt-title = To rozciąganie bolało
hurt-keys = Enter lub Esc zamyka
window-close = Zamknij

## Okno tygodnia

week-window-title = posture-break — Twój tydzień
week-title = Twój tydzień
week-last-7-days = Ostatnie 7 dni
week-completion = Wykonanie
# $rate_28: a percentage ("80%") or "–"
week-completion-detail = W tym tygodniu wykonano { $completed } z { $offered } propozycji; 28 dni: { $rate_28 }
week-streak = Seria
week-streak-days = { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
}
week-legend-stretches = rozciągania
week-legend-natural-breaks = naturalne przerwy
week-legend-standing = czas na stojąco (poniżej)
week-legend-sitting = czas na siedząco (poniżej)
week-last-28-days = Ostatnie 28 dni: { $completed ->
    [one] { $completed } rozciąganie
    [few] { $completed } rozciągania
    [many] { $completed } rozciągań
   *[other] { $completed } rozciągania
}, { $breaks ->
    [one] { $breaks } naturalna przerwa
    [few] { $breaks } naturalne przerwy
    [many] { $breaks } naturalnych przerw
   *[other] { $breaks } naturalnej przerwy
}
# A label under the 28 days' bars; $month: 1 to 12
day-and-month = { $day } { $month ->
    [1] sty
    [2] lut
    [3] mar
    [4] kwi
    [5] maj
    [6] cze
    [7] lip
    [8] sie
    [9] wrz
    [10] paź
    [11] lis
   *[12] gru
}
week-keys = Esc zamyka
# A day's time in one position, short: "45min", "5h", "1h05" ($minutes has two digits there)
time-compact-minutes = { $minutes }min
time-compact-hours = { $hours }h
time-compact = { $hours }h{ $minutes }

## `stats`

# A row's label; the values line up after the longest label
stats-label = { $label }:
stats-today = Dziś
stats-last-7-days = Ostatnie 7 dni
stats-last-28-days = Ostatnie 28 dni
stats-completion = Wykonanie
stats-positions = Pozycje
stats-streak = Seria
stats-kinds = Rodzaje
stats-rated-good = Ocenione dobrze
stats-day = wykonano { $completed }, { $natural_breaks ->
    [one] { $natural_breaks } naturalna przerwa
    [few] { $natural_breaks } naturalne przerwy
    [many] { $natural_breaks } naturalnych przerw
   *[other] { $natural_breaks } naturalnej przerwy
}, pominięto { $skipped }, { $reminded ->
    [one] { $reminded } przypomnienie
    [few] { $reminded } przypomnienia
    [many] { $reminded } przypomnień
   *[other] { $reminded } przypomnienia
}
stats-completion-rate = { $percent }% (ostatnie 7 dni)
stats-no-reminders-yet = jeszcze brak przypomnień (ostatnie 7 dni)
# $span: today, last_7_days; $standing, $sitting: "1 godz. 20 min"
stats-positions-value = { $span ->
    [today] dziś
   *[last_7_days] w ostatnich 7 dniach
} na stojąco { $standing }, na siedząco { $sitting }
stats-kinds-value = { $mobility ->
    [one] { $mobility } ćwiczenie mobilności
    [few] { $mobility } ćwiczenia mobilności
    [many] { $mobility } ćwiczeń mobilności
   *[other] { $mobility } ćwiczenia mobilności
}, { $strength ->
    [one] { $strength } siłowe
    [few] { $strength } siłowe
    [many] { $strength } siłowych
   *[other] { $strength } siłowego
} (ostatnie 7 dni)

## Własne okno aplikacji (`posture-break open`) dla środowisk bez zasobnika

## `sync status`: several computers through a synced folder

sync-off = Synchronizacja jest wyłączona: ustaw [sync] folder w konfiguracji, aby dzielić przerwy między komputerami.
# $name: this computer's name; $folder: the folder as written in the config
sync-here = Ten komputer to { $name } w { $folder }
sync-no-peers = Żaden inny komputer jeszcze tam nie zapisał.
# $presence: away, here; $when: "2026-12-07 10:05"
sync-peer = { $name }: { $presence ->
    [away] nieobecny
   *[here] w użyciu
}, ostatni sygnał { $when }
sync-peer-silent = { $name }: na razie nic czytelnego

home-window-title = posture-break
home-keys = Strzałki: ruch, podmenu · Enter: wybór · Esc: zamknij

## Ćwiczenia: `assets/exercises.toml` jest angielskim źródłem; identyfikatory i liczba kroków są z nim zgodne.
## Ostrzeżenia i uwagi o bezpieczeństwie muszą być wierne: mówią, kiedy przerwać.

exercises-notice = Te ćwiczenia rozciągające mają charakter ogólnej edukacji, a nie porady medycznej; poruszaj się łagodnie i przerwij, jeśli cokolwiek boli.
exercises-red-flags = Jeśli masz drętwienie lub mrowienie schodzące w dół nóg, ból w klatce piersiowej lub zmiany w kontroli jelit lub pęcherza, porozmawiaj z lekarzem, zanim zaczniesz wykonywać te ćwiczenia.

exercise-cat-cow = Kot-krowa
    .caution = Poruszaj się tylko w wygodnym zakresie; podłóż coś pod kolana albo pomiń to ćwiczenie, jeśli klęczenie boli.
    .step-1 = Przejdź do klęku podpartego: nadgarstki pod barkami, kolana pod biodrami.
    .step-2 = Na wdechu opuść brzuch i unieś klatkę piersiową, patrząc lekko przed siebie.
    .step-3 = Na wydechu zaokrąglij plecy w stronę sufitu i opuść głowę.
    .step-4 = Płynnie i powoli przechodź między tymi dwiema pozycjami w rytmie oddechu.
    .step-5 = Wróć do płaskich pleców, a potem cofnij pośladki w stronę pięt, aby odpocząć.

exercise-seal-stretch = Foka
    .caution = Jeśli prostowanie rąk obciąża dolną część pleców, zostań zamiast tego w podporze na przedramionach.
    .step-1 = Połóż się na brzuchu, dłonie na podłodze pod barkami.
    .step-2 = Odepchnij się dłońmi i unieś klatkę piersiową, biodra zostają na podłodze.
    .step-3 = Wytrzymaj, pozwalając plecom łagodnie się wygiąć; barki trzymaj z dala od uszu.
    .step-4 = Powoli opuść się, a potem znów się unieś, tylko tak wysoko, jak jest wygodnie.
    .step-5 = Opuść się i oprzyj czoło na dłoniach.

exercise-seated-trunk-rotation = Skręty tułowia na siedząco
    .caution = Skręcaj się płynnie, bez sprężynowania i bez forsowania końca ruchu.
    .step-1 = Usiądź prosto blisko przedniej krawędzi krzesła, obie stopy płasko na podłodze.
    .step-2 = Skrzyżuj ręce na klatce piersiowej, dłonie oparte na przeciwległych barkach.
    .step-3 = Powoli obróć górną część ciała w prawo, a biodra trzymaj skierowane do przodu.
    .step-4 = Wróć do środka, a potem powoli obróć się w lewo.
    .step-5 = Łagodnie zmieniaj strony, robiąc wydech podczas skrętu.

exercise-bent-over-iyt = I/Y/T w opadzie tułowia
    .caution = Trzymaj szyję w linii z plecami i pomiń pochylenie, jeśli skłon do przodu sprawia dyskomfort w dolnej części pleców.
    .step-1 = Stań z lekko ugiętymi kolanami i pochyl się w biodrach, plecy proste, ręce zwisają w dół.
    .step-2 = Zrób I: unieś obie ręce do przodu obok uszu, kciuki do góry, potem powoli opuść.
    .step-3 = Zrób Y: unieś ręce w górę i na boki, ściągając łopatki, potem powoli opuść.
    .step-4 = Zrób T: unieś wyprostowane ręce na boki, potem opuść je z kontrolą.
    .step-5 = Powoli się wyprostuj i rozluźnij ręce.

exercise-seated-cat-cow = Kot-krowa na siedząco
    .caution = Wykonuj ruch powoli i bez bólu, zwłaszcza w odcinku szyjnym.
    .step-1 = Usiądź blisko przedniej krawędzi krzesła, dłonie oparte na kolanach.
    .step-2 = Na wdechu wypchnij klatkę piersiową do przodu, a barki ściągnij w tył i w dół.
    .step-3 = Na wydechu zaokrąglij górną część pleców i opuść brodę w stronę klatki piersiowej.
    .step-4 = Powoli przechodź między tymi dwiema pozycjami w rytmie oddechu.
    .step-5 = Zakończ, siedząc prosto w swobodnej, rozluźnionej pozycji.

exercise-chin-tucks = Cofanie brody
    .caution = Poruszaj się łagodnie i przerwij, jeśli poczujesz zawroty głowy, mrowienie lub ból promieniujący do ręki.
    .step-1 = Usiądź prosto, z rozluźnionymi barkami, patrząc prosto przed siebie.
    .step-2 = Wsuń brodę prosto do tyłu, jak przy robieniu podwójnego podbródka, nie przechylając głowy.
    .step-3 = Wytrzymaj kilka sekund, czując łagodne rozciąganie u podstawy czaszki.
    .step-4 = Rozluźnij i powoli powtarzaj, utrzymując wzrok na wprost.
    .step-5 = Rozluźnij szyję i pozwól, by oddech się uspokoił.

exercise-shoulder-blade-squeeze = Ściąganie łopatek
    .caution = Ściągaj łagodnie, trzymaj szyję rozluźnioną i nie wyginaj dolnej części pleców.
    .step-1 = Usiądź prosto, ręce swobodnie wzdłuż boków, łokcie lekko ugięte.
    .step-2 = Ściągnij łopatki w tył i w dół, jakby między nimi trzeba było utrzymać ołówek.
    .step-3 = Wytrzymaj około pięciu sekund, oddychając normalnie, bez unoszenia barków.
    .step-4 = Powoli rozluźnij, a potem powtórz ściągnięcie w spokojnym tempie.
    .step-5 = Całkowicie rozluźnij barki.

exercise-seated-w-squeeze = Ściąganie W na siedząco
    .caution = Wykonuj mały, łatwy ruch z wydłużoną szyją; zatrzymaj się, zanim poczujesz jakiekolwiek szczypanie w barkach.
    .step-1 = Usiądź prosto, z dala od oparcia, stopy płasko, ręce swobodnie wzdłuż boków.
    .step-2 = Ugnij łokcie i unieś dłonie na wysokość barków, wnętrzem do przodu, tworząc literę W.
    .step-3 = Przyciągnij łokcie w dół i w tył, ściągając łopatki do siebie.
    .step-4 = Wytrzymaj przez jeden oddech, potem wróć do W; powtarzaj w spokojnym tempie.
    .step-5 = Opuść ręce i rozluźnij barki.

exercise-neck-side-stretch = Boczne rozciąganie szyi
    .caution = Nie ciągnij głowy i przerwij, jeśli poczujesz mrowienie lub zawroty głowy.
    .step-1 = Usiądź prosto i prawą ręką chwyć bok siedziska krzesła.
    .step-2 = Przechyl lewe ucho w stronę lewego barku, aż poczujesz rozciąganie po prawej stronie szyi.
    .step-3 = Powoli wróć głową do środka.
    .step-4 = Chwyć siedzisko lewą ręką i przechyl prawe ucho w stronę prawego barku.
    .step-5 = Wróć głową do środka i rozluźnij barki.

exercise-levator-scapulae-stretch = Rozciąganie mięśnia dźwigacza łopatki
    .caution = Nie ciągnij głowy i zmniejsz rozciąganie, jeśli poczujesz mrowienie, zawroty głowy lub ostry ból.
    .step-1 = Usiądź prosto i prawą ręką chwyć bok siedziska krzesła.
    .step-2 = Obróć głowę częściowo w lewo i skieruj nos w dół, w stronę lewej pachy.
    .step-3 = Powoli unieś głowę z powrotem do środka.
    .step-4 = Chwyć siedzisko lewą ręką i skieruj nos w dół, w stronę prawej pachy.
    .step-5 = Powoli unieś głowę z powrotem do środka i rozluźnij barki.

exercise-seated-thread-the-needle = Nawlekanie igły na siedząco
    .caution = Trzymaj biodra nieruchomo i skręcaj się tylko tak daleko, jak jest wygodnie.
    .step-1 = Usiądź prosto, stopy płasko, lewa dłoń oparta na prawym kolanie.
    .step-2 = Sięgnij prawą ręką w poprzek ciała w lewo, pozwalając górnej części pleców zaokrąglić się i skręcić.
    .step-3 = Przenieś prawą rękę łukiem w tył i w górę, w stronę sufitu, obracając klatkę piersiową w prawo.
    .step-4 = Zmień ręce i sięgnij lewą ręką w poprzek ciała w prawo.
    .step-5 = Przenieś lewą rękę łukiem w tył i w górę, w stronę sufitu, obracając klatkę piersiową w lewo.
    .step-6 = Wróć do środka, usiądź prosto i weź powolny oddech.

exercise-seated-open-book = Otwieranie książki na siedząco
    .caution = Trzymaj biodra skierowane do przodu i zatrzymaj się, zanim poczujesz jakiekolwiek szczypanie w barku.
    .step-1 = Usiądź prosto i wyciągnij obie ręce prosto przed siebie na wysokości barków, dłonie złączone.
    .step-2 = Przenieś prawą rękę łukiem na bok i w tył, obracając klatkę piersiową i wzrok za dłonią.
    .step-3 = Wróć nią, a potem przenieś lewą rękę łukiem na bok i w tył, obracając się w lewo.
    .step-4 = Powoli zmieniaj strony, otwierając się tylko tak daleko, jak jest wygodnie.
    .step-5 = Opuść ręce i usiądź prosto.

exercise-shoulder-rolls = Krążenia barków
    .caution = Wykonuj krążenia powoli i płynnie; zmniejsz je, jeśli coś zaczyna szczypać.
    .step-1 = Usiądź prosto, ręce luźno zwisają wzdłuż boków.
    .step-2 = Unieś barki w stronę uszu, a potem zataczaj nimi powolne koła w tył i w dół.
    .step-3 = Zmień kierunek i zataczaj barkami powolne koła do przodu.
    .step-4 = Zakończ kilkoma krążeniami w tył, za każdym razem opuszczając barki.
    .step-5 = Zrób wydech i pozwól rękom ciężko zwisać.

exercise-chair-back-extension = Wyprost na oparciu krzesła
    .caution = Użyj stabilnego krzesła, które nie toczy się ani nie odchyla, i odchylaj się tylko tak daleko, jak jest wygodnie.
    .step-1 = Usiądź głęboko na krześle, którego oparcie sięga mniej więcej dolnej krawędzi łopatek.
    .step-2 = Skrzyżuj ręce na klatce piersiowej albo lekko podeprzyj głowę dłońmi.
    .step-3 = Łagodnie odchyl się do tyłu nad górną krawędzią oparcia, pozwalając górnej części pleców się wygiąć.
    .step-4 = Wróć do pionu, a potem znów się odchyl, robiąc przy tym wydech.
    .step-5 = Powoli usiądź prosto i rozluźnij się.

exercise-doorway-chest-opener = Otwarcie klatki piersiowej w drzwiach
    .caution = Rozciągaj łagodnie i wycofaj się, jeśli poczujesz mrowienie w dłoniach lub szczypanie w barku.
    .step-1 = Stań w drzwiach, przedramiona oparte o framugę, łokcie na wysokości barków.
    .step-2 = Zrób krok jedną nogą do przodu i łagodnie pochyl się, aż poczujesz rozciąganie w poprzek klatki piersiowej.
    .step-3 = Utrzymaj rozciąganie, oddychając powoli i trzymając barki nisko.
    .step-4 = Cofnij się, a potem znów się pochyl, trochę dalej tylko wtedy, gdy jest to wygodne.
    .step-5 = Wyjdź z drzwi i pozwól rękom luźno zwisać.

exercise-wall-angels = Anioły przy ścianie
    .caution = Ręce nie muszą dotykać ściany; zatrzymaj się, zanim poczujesz jakiekolwiek szczypanie w barkach.
    .step-1 = Stań plecami przy ścianie, stopy mały krok przed nią, kolana lekko ugięte.
    .step-2 = Unieś ręce w kształt słupków bramki, tylną stroną ramion do ściany.
    .step-3 = Powoli przesuwaj ręce w górę po ścianie, trzymając je tak blisko niej, jak jest wygodnie.
    .step-4 = Przesuń je z powrotem w dół do kształtu bramki, ściągając łopatki w dół.
    .step-5 = Dalej powoli przesuwaj ręce w górę i w dół, nie dociskając ich na siłę do ściany.

exercise-standing-y-raise = Unoszenie rąk w Y na stojąco
    .caution = Unoś ręce tylko tak wysoko, jak jest wygodnie, bez wyginania dolnej części pleców.
    .step-1 = Stań prosto, stopy na szerokość bioder, kolana lekko ugięte, ręce wzdłuż boków, kciuki do przodu.
    .step-2 = Lekko ściągnij łopatki w tył i w dół.
    .step-3 = Unieś wyprostowane ręce w górę i na boki w kształt litery Y, kciuki skierowane w górę.
    .step-4 = Powoli je opuść i znów unieś w spokojnym tempie, trzymając barki z dala od uszu.
    .step-5 = Opuść swobodnie ręce i rozluźnij barki.

exercise-standing-side-bend = Skłon boczny na stojąco
    .caution = Pochylaj się prosto w bok, a nie do przodu, i rozciągaj łagodnie.
    .step-1 = Stań prosto, stopy na szerokość bioder, ręce wzdłuż boków.
    .step-2 = Sięgnij prawą ręką nad głowę i łagodnie pochyl się w lewo, czując wydłużenie prawego boku.
    .step-3 = Powoli wróć do środka.
    .step-4 = Sięgnij lewą ręką nad głowę i łagodnie pochyl się w prawo.
    .step-5 = Powoli zmieniaj strony, robiąc wydech podczas skłonu.

exercise-clasped-hands-chest-opener = Otwarcie klatki piersiowej ze splecionymi dłońmi
    .caution = Unoś ręce tylko trochę i przerwij, jeśli poczujesz szczypanie z przodu barków.
    .step-1 = Stań prosto i spleć dłonie za plecami albo trzymaj między nimi ręcznik.
    .step-2 = Łagodnie wyprostuj ręce i ściągnij łopatki, unosząc klatkę piersiową.
    .step-3 = Wytrzymaj i oddychaj powoli, broda na poziomie, barki z dala od uszu.
    .step-4 = Puść, zrób kilka krążeń barkami, a potem znów spleć dłonie i unieś ręce.
    .step-5 = Puść dłonie i pozwól rękom luźno zwisać.

exercise-thread-the-needle = Nawlekanie igły
    .caution = Nie obciążaj szyi; podłóż coś pod kolana albo pomiń to ćwiczenie, jeśli klęczenie boli.
    .step-1 = Przejdź do klęku podpartego: nadgarstki pod barkami, kolana pod biodrami.
    .step-2 = Wsuń prawą rękę pod tułów w lewo, opuszczając prawy bark w stronę podłogi.
    .step-3 = Odkręć się i sięgnij prawą ręką w górę, w stronę sufitu, podążając za nią wzrokiem.
    .step-4 = Wsuń lewą rękę pod tułów w prawo, opuszczając lewy bark w stronę podłogi.
    .step-5 = Odkręć się i sięgnij lewą ręką w górę, w stronę sufitu, podążając za nią wzrokiem.
    .step-6 = Wróć do klęku podpartego, a potem cofnij pośladki w stronę pięt, aby odpocząć.

## Screen readers: the windows' texts read aloud, where the screen shows them apart

# $step, $steps: numbers; $text: the step's words
access-step = Krok { $step } z { $steps }: { $text }
# $time: minutes and seconds left, e.g. 0:42; $paused: yes or no
access-time = { $paused ->
    [yes] { $time }, pauza
   *[no] zostało { $time }
}
# $day: a short weekday name (weekday-short); $count: stretches completed that day
access-week-day = { $day } { $count }
# $days: the last seven days, each an access-week-day, joined by commas
access-week-last-7 = Ostatnie 7 dni: { $days }
# $rate: a percentage such as 80%; $detail: week-completion-detail
access-week-completion = Wykonanie: { $rate } ({ $detail })
# $streak: week-streak-days
access-week-streak = Seria: { $streak }

## Errors in the config file and in the user's exercises file, after "file:line:column: ".
## Keys, sections, paths and values in backticks or quotes stay exactly as written: they are
## what the person types in the file. Only the words around them are translated.
## $suggestion is the closest allowed word, or "none" when nothing is close.

# $bytes: the file's size; $max: the limit in KiB
config-too-big = plik ma { $bytes ->
    [one] { $bytes } bajt
    [few] { $bytes } bajty
    [many] { $bytes } bajtów
   *[other] { $bytes } bajta
}, a tutaj dopuszczalne jest najwyżej { $max } KiB — czy to właściwy plik?
config-not-utf8 = nieprawidłowe UTF-8: plik musi być zapisany jako tekst UTF-8
# $what: key or section; $name: as written ([brackets] included for a section);
# $allowed: the keys or sections allowed there, comma-separated
config-unknown-name = { $what ->
    [section] nieznana sekcja `{ $name }`
   *[key] nieznany klucz `{ $name }`
}{ $suggestion ->
    [none] {""}
   *[other] ; czy chodziło o `{ $suggestion }`?
} (dozwolone tutaj: { $allowed })
# $key: a key written at the top that belongs in $section; $detail: config-unknown-name
config-key-belongs = `{ $key }` należy do sekcji [{ $section }]: umieść go pod wierszem `[{ $section }]` ({ $detail })
# $name: the section as written, e.g. [schedule]
config-duplicate-section = powtórzona sekcja `{ $name }`: każda sekcja może wystąpić tylko raz; przenieś jej klucze do pierwszej z nich
# $name: the key
config-duplicate-key = powtórzony klucz `{ $name }`: każdy klucz może wystąpić tylko raz
config-duplicate-key-unnamed = powtórzony klucz: każdy klucz może wystąpić tylko raz
# $value: the bare word written (yes, no, on, off…)
config-yes-no = `{ $value }` nie jest wartością: dla tak/nie wpisz true lub false (małymi literami, bez cudzysłowu)
# $value: the text written without quotes
config-quote-text = tekst musi być w cudzysłowie: wpisz "{ $value }"
config-quote-text-example = tekst musi być w cudzysłowie, np. "45m"
config-unclosed-string = niezamknięty ciąg znaków: brakuje zamykającego `"`
# $found: a config-found; $expected: a config-expected
config-wrong-type = nieprawidłowy typ — znaleziono: { $found }; oczekiwano: { $expected }
# What the file has where another type belongs. $value: as written
config-found = { $kind ->
    [integer] liczba całkowita `{ $value }`
    [float] liczba zmiennoprzecinkowa `{ $value }`
    [boolean] wartość logiczna `{ $value }`
    [string] ciąg znaków { $value }
    [list] lista
    [table] tabela
    [date] data `{ $value }`
    [datetime] data i godzina `{ $value }`
    [time] godzina `{ $value }`
   *[other] { $value }
}
# What a key takes. $name: the section for a table, else the reader's own English words
config-expected = { $what ->
    [boolean] true lub false
    [string] ciąg znaków
    [list] lista w nawiasach kwadratowych, np. ["a", "b"]
    [table] tabela: [{ $name }]
    [duration] czas trwania jako ciąg znaków, np. "45m", "1h 30m" lub "90s"
    [sit-stand] tabela dwóch czasów trwania: {"{"} sit = "40m", stand = "20m" {"}"}
    [integer] liczba całkowita
    [number] liczba
   *[other] { $name }
}
# $name: the section
config-section-list = `{ $name }` musi być jedną tabelą, zapisaną jako [{ $name }], a nie listą tabel, jak [[{ $name }]]
# $key: the key that must be there
config-missing-key = brakuje pola `{ $key }`
# The TOML reader's findings. $detail: its own English words, for the rarer ones
config-syntax = { $problem ->
    [key-no-value] klucz bez wartości
    [unclosed-table] niezamknięta tabela
    [unclosed-array-table] niezamknięta lista tabel
    [unclosed-array] niezamknięta lista
    [unclosed-inline-table] niezamknięta tabela w nawiasach klamrowych
    [missing-comma-array] brak przecinka między elementami listy
    [missing-comma-table] brak przecinka między parami klucz-wartość
    [missing-value] brak wartości
    [extra-comma] zbędny przecinek
    [extra-equals] zbędny znak `=`
    [invalid-key] nieprawidłowy klucz bez cudzysłowu
    [invalid-string] nieprawidłowy ciąg znaków
    [invalid-value] nieprawidłowa wartość
    [unexpected-content] nieoczekiwana treść
   *[other] { $detail }
}
# $syntax: a config-syntax; $expected: the marks that may come here, in backticks, or config-syntax-thing
config-syntax-expected = { $syntax }, oczekiwano: { $expected }
config-syntax-thing = { $thing ->
    [key] klucz
   *[value] wartość
}

# Durations ("45m", "1h 30m", "90s")
config-duration-empty = pusty czas trwania; wpisz np. "45m", "1h 30m" lub "90s"
config-duration-negative = ujemne czasy trwania są niedozwolone
# $value: as written
config-duration-unreadable = nie można odczytać `{ $value }` jako czasu trwania; wpisz np. "45m", "1h 30m" lub "90s"
# $value: the number written without a unit
config-duration-no-unit = `{ $value }` nie ma jednostki; wpisz "{ $value }m" dla minut lub "{ $value }s" dla sekund
# $unit: the unit written
config-duration-unknown-unit = nieznana jednostka `{ $unit }`; użyj s, m lub h (np. "45m", "1h 30m", "90s")
config-duration-too-large = za długi czas trwania
# $value: as written; $reason: one of the config-duration messages above
config-value-reason = `{ $value }`: { $reason }
# $value: the number written
config-duration-number = czas trwania to ciąg znaków z jednostką: wpisz "{ $value }m" lub "{ $value }s", a nie { $value }
config-duration-fraction = czas trwania to ciąg znaków z jednostką, np. "90s", a nie liczba { $value }
# $zero: yes when the value is zero, else no; $value, $min, $max: durations such as 45m
config-out-of-range = { $zero ->
    [yes] `{ $key }` nie może być zerem: wynosi { $value }, dozwolone od { $min } do { $max }
   *[no] `{ $key }` jest poza zakresem: wynosi { $value }, dozwolone od { $min } do { $max }
}
config-choices-empty = lista `{ $key }` jest pusta: podaj co najmniej jeden czas trwania, np. ["10m"]
# $count: entries written; $max: entries a menu takes
config-choices-too-many = lista `{ $key }` ma { $count ->
    [one] { $count } wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisu
}; w menu mieści się najwyżej { $max }
# $stretch, $interval: durations such as 45m
config-stretch-longer = wartość `stretch.duration` ({ $stretch }) jest większa niż `schedule.interval` ({ $interval }); rozciąganie musi zmieścić się między przypomnieniami
# $idle, $natural: durations such as 5m
config-idle-longer = wartość `presence.idle_after` ({ $idle }) jest większa niż `presence.natural_break` ({ $natural }); nieobecność musi zostać wykryta, zanim czas poza komputerem zostanie zaliczony jako przerwa
# $every, $interval: durations such as 45m
config-nudge-not-shorter = wartość `posture.nudge_every` ({ $every }) musi być mniejsza niż `schedule.interval` ({ $interval }): przypomnienia o postawie pojawiają się między rozciąganiami

# Times of day
config-time-unquoted = godzinę zapisuje się w cudzysłowie, np. "08:00"
# $value: as written
config-time-bad = `{ $value }` nie jest godziną; użyj zapisu 24-godzinnego "HH:MM" od "00:00" do "23:59"

# Words from a short list. $key: the key; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-word-unknown = `{ $key }` ma wartość "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(czy chodziło o "{ $suggestion }"?)
}; dozwolone: { $allowed }
config-language-unknown = `general.language` ma wartość "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(czy chodziło o "{ $suggestion }"?)
}; dostępne języki: { $allowed }
config-positions-empty = lista `stretch.positions` jest pusta: podaj co najmniej jedną z wartości "seated", "standing", "floor"
# $what: position, kind or area; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-unknown-word = { $what ->
    [position] nieznana pozycja "{ $value }";
    [kind] nieznany rodzaj "{ $value }";
   *[area] nieznany obszar "{ $value }";
}{ $suggestion ->
    [none] {""}
   *[other] {" "}czy chodziło o "{ $suggestion }"?
} dozwolone: { $allowed }
config-hold-when-unknown = `{ $value }` nie jest czymś, co może wstrzymać przypomnienie{ $suggestion ->
    [none] {""}
   *[other] {" "}(czy chodziło o `{ $suggestion }`?)
}; dozwolone: { $allowed }

# [sync]. $name: the machine name as written; $max: its longest length; $char: the character, quoted
config-sync-name = { $problem ->
    [empty] wartość `sync.name` "{ $name }" jest pusta
    [too-long] wartość `sync.name` "{ $name }" ma więcej niż { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }
    [character] wartość `sync.name` "{ $name }" zawiera { $char }: używaj liter, cyfr oraz '-', '_' i '.' (to nazwa pliku)
    [dot] wartość `sync.name` "{ $name }" zaczyna się od '.': takie pliki są ukryte albo należą do samego programu synchronizującego
   *[conflict] wartość `sync.name` "{ $name }" wygląda jak kopia konfliktu Syncthinga
}
config-sync-name-alone = `sync.name` bez `sync.folder`: synchronizacja działa tylko z folderem, np. folder = "~/Sync/posture-break"
config-sync-folder-empty = wartość `sync.folder` jest pusta: podaj synchronizowany folder, np. "~/Sync/posture-break", albo usuń ten klucz, aby synchronizacja pozostała wyłączona
# $folder: as written
config-sync-folder-relative = wartość `sync.folder` "{ $folder }" jest ścieżką względną: wpisz pełną ścieżkę albo ścieżkę w katalogu domowym, np. "~/Sync/posture-break"

# [working_hours]
config-days-empty = lista `working_hours.days` jest pusta: wymień dni, w które mogą pojawiać się przypomnienia, np. ["mon", "tue", "wed", "thu", "fri"] (aby jeden dzień był wolny, wpisz np. `fri = []`; aby nie mieć godzin pracy, usuń sekcję)
# $value: as written
config-day-unknown = `{ $value }` nie jest dniem tygodnia{ $suggestion ->
    [none] {""}
   *[other] {" "}(czy chodziło o `{ $suggestion }`?)
}; użyj mon, tue, wed, thu, fri, sat, sun
# $key: hours or a day (mon…sun); $value: the range as written; $part: the time in it
config-hours-not-range = `working_hours.{ $key }`: `{ $value }` nie jest przedziałem czasu; zapisuj przedziały jako "HH:MM-HH:MM" w formacie 24-godzinnym, np. "09:00-17:30"
config-hours-not-time = `working_hours.{ $key }`: `{ $value }`: `{ $part }` nie jest godziną; zapisuj przedziały jako "HH:MM-HH:MM" w formacie 24-godzinnym, np. "09:00-17:30"
config-hours-out-of-day = `working_hours.{ $key }`: `{ $value }`: `{ $part }` nie jest godziną w ciągu doby (od 00:00 do 23:59; 24:00 tylko jako koniec)
config-hours-empty = `working_hours.{ $key }`: przedział `{ $value }` jest pusty: jego początek i koniec to ta sama godzina
# $other: the earlier range it overlaps
config-hours-overlap = `working_hours.{ $key }`: `{ $value }` nakłada się na `{ $other }`; każdą godzinę podaj tylko raz

# The user's exercises file. $id: the exercise id as written
config-exercise-id-bad = identyfikator ćwiczenia "{ $id }" musi mieć od 1 do 64 znaków spośród a-z, 0-9 i '-'
config-exercise-id-taken = identyfikator ćwiczenia "{ $id }" jest już użyty; identyfikatory muszą być unikalne
# $field: name or caution
config-exercise-field-length = `{ $field }` musi mieć od 1 do 200 znaków
# $allowed: the areas, quoted and comma-separated
config-exercise-areas-empty = lista `areas` jest pusta; wymień co najmniej jeden z obszarów: { $allowed }
config-exercise-steps-count = `steps` musi zawierać od 1 do 12 kroków
# $secs: as written
config-exercise-step-secs = `secs` kroku wynosi { $secs }; dozwolone od 1 do 600
config-exercise-step-text = `text` kroku musi mieć od 1 do 300 znaków
config-exercise-flow-without-pose = `flow` wymaga `pose`, od której zaczyna się ruch: zapisz pierwszą pozę jako `pose`
config-exercise-flow-count = `flow` musi zawierać od 1 do 7 póz
# A figure's pose out of bounds, in the pose model's own English words (joint names, degrees)
config-exercise-pose = { $detail }

## The launcher (the desktop entry): how app menus describe it, and its right-click actions
## (the others are the tray menu's: menu-stretch-now, menu-snooze, menu-your-week)

launcher-generic-name = Przypomnienie o przerwach na rozciąganie
launcher-comment = Co 45 minut proponuje minutowe rozciąganie z instrukcjami dla środkowej części pleców, karku i ramion
launcher-pause-hour = Wstrzymaj na 1 godzinę
launcher-open = Otwórz okno
