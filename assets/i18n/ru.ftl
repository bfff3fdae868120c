# posture-break: русский каталог. Те же сообщения, атрибуты и переменные, что в en.ftl.
# Ключи, пути и значения из файла настроек остаются как есть; переменные в { } подставляются.

## Слова, используемые во многих местах

# $day: mon, tue, wed, thu, fri, sat, sun
weekday-short = { $day ->
    [mon] пн
    [tue] вт
    [wed] ср
    [thu] чт
    [fri] пт
    [sat] сб
   *[sun] вс
}
# $position: seated, standing, floor
exercise-position = { $position ->
    [seated] сидя
    [standing] стоя
   *[floor] на полу
}
# $kind: mobility, strength
exercise-kind = { $kind ->
    [mobility] подвижность
   *[strength] сила
}
# $area: middle_back, neck, shoulders
exercise-area = { $area ->
    [middle_back] середина спины
    [neck] шея
   *[shoulders] плечи
}

# $day: a weekday-short; $time: 09:00
day-and-time = { $day } { $time }
# Длительность, «1 час 30 минут»: части соединяет duration-join.
duration-hours = { $count ->
    [one] { $count } час
    [few] { $count } часа
    [many] { $count } часов
   *[other] { $count } часа
}
duration-minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
duration-seconds = { $count ->
    [one] { $count } секунда
    [few] { $count } секунды
    [many] { $count } секунд
   *[other] { $count } секунды
}
# $first, $second: two parts of a duration-*
duration-join = { $first } { $second }
duration-minutes-short = { $count } мин
duration-hours-short = { $count } ч
# «1-минутную растяжку» (винительный падеж); $unit: minute or second
duration-adjective = { $unit ->
    [minute] { $count }-минутную
   *[second] { $count }-секундную
}
# $busy: fullscreen, do-not-disturb, camera (родительный падеж: «окончания …»)
busy-what = { $busy ->
    [fullscreen] полноэкранного окна
    [do-not-disturb] режима «Не беспокоить»
   *[camera] звонка (камера)
}
# $position: sitting, standing
you-are = { $position ->
    [sitting] Вы сидите
   *[standing] Вы стоите
}

## Состояние словами: строка состояния в трее

tray-next-stretch = Следующая растяжка в { $time }
tray-back-from-break = С возвращением: это засчитано как перерыв; следующая растяжка в { $time }
tray-held-busy = Пора на растяжку: ждём окончания { busy-what }
tray-held-away = Ждём вашего возвращения
tray-held-elsewhere = Пора размяться: напоминание на используемом компьютере
# $when: a time (10:35) or a day-and-time
tray-off-until = Выключено до { $when }
tray-off-none-ahead = Выключено: рабочего времени впереди нет
tray-reminding = Показано напоминание
tray-stretching = Идёт растяжка
tray-snoozed-until = Отложено до { $time }
tray-paused-until-resumed = Пауза до возобновления
tray-paused-until = Пауза до { $when }
tray-paused-until-tomorrow = Пауза до завтра, { $time }

## Фраза команды `status` (время с секундами)

status-snoozed-until = отложено до { $time }
status-paused-until = пауза до { $time }
status-paused-until-resumed = пауза до возобновления
status-reminding = показано напоминание
status-held-busy = пора на растяжку; напоминание ждёт окончания { busy-what }
status-held-away = пора на растяжку; напоминание ждёт вашего возвращения
status-held-elsewhere = пора размяться; напоминание показано на компьютере, за которым вы работаете
status-off-hours-until = вне рабочего времени до { $time }
status-off-hours-none-ahead = вне рабочего времени (впереди его нет)
status-stretching = растяжка: { $exercise }
status-active = активно, следующая растяжка в { $time }
# $interval: a duration; $config: the config file's path
status-sentence = { $summary } (интервал: { $interval }; настройки: { $config })

## Несколько символов для панели состояния (`status --format short`, текст waybar)

# $state: active, snoozed, paused, reminding, stretching, held, off_hours
bar = { $state ->
    [reminding] пора размяться
    [stretching] растяжка
    [held] растяжка ждёт
    [snoozed] отложено
    [paused] пауза
    [off_hours] выкл.
   *[active] след.
}
bar-with-time = { bar } { $time }
waybar-tooltip = posture-break: { $summary }
waybar-not-running = posture-break не запущен

## Прогресс и сводка упражнений (подсказка трея, окно недели, `stats`)

progress-today = { $count ->
    [0] Сегодня растяжек ещё не было
    [one] Сегодня { $count } растяжка
    [few] Сегодня { $count } растяжки
    [many] Сегодня { $count } растяжек
   *[other] Сегодня { $count } растяжки
}
# $today: a progress-today; $streak: days in a row with a stretch
progress-with-streak = { $today } · { $streak ->
    [one] { $streak } день подряд
    [few] { $streak } дня подряд
    [many] { $streak } дней подряд
   *[other] { $streak } дня подряд
}
exercises-this-week = На этой неделе: { $mobility ->
    [one] { $mobility } упражнение на подвижность
    [few] { $mobility } упражнения на подвижность
    [many] { $mobility } упражнений на подвижность
   *[other] { $mobility } упражнения на подвижность
}, { $strength ->
    [one] { $strength } силовое
    [few] { $strength } силовых
    [many] { $strength } силовых
   *[other] { $strength } силового
}
# $split: an exercises-this-week; $names: exercise names joined by list-separator
exercises-rated-good = { $split } · Оценка «хорошо»: { $names }
list-separator = {", "}

## Вопрос после растяжки и то, что показывает «Было больно»

feeling-question = Как ощущения?
# $feeling: good, not_for_me, hurt
feeling-answer = { $feeling ->
    [good] Хорошо
    [not_for_me] Не моё
   *[hurt] Было больно
}
hurt-stop = Остановитесь и двигайтесь только в комфортной амплитуде.
hurt-see-a-clinician = Обратитесь к врачу, если боль не проходит или если у вас есть онемение или покалывание, спускающееся по ногам, боль в груди или изменения в контроле мочевого пузыря или кишечника.
# The next line shows the command that brings the exercise back.
hurt-not-offered-again = Упражнение «{ $exercise }» больше не будет предлагаться. Чтобы вернуть его:
# `positions` и [stretch] остаются как есть.
nothing-left-all-hurt = { $count ->
    [one] { $count } упражнение, подходящее для ваших положений, оценено как «Было больно», поэтому предложить нечего. Сбросьте оценку (posture-break exercises rate ID clear) или разрешите больше положений в `positions` в разделе [stretch] файла настроек.
    [few] Все { $count } упражнения, подходящие для ваших положений, оценены как «Было больно», поэтому предложить нечего. Сбросьте одну из оценок (posture-break exercises rate ID clear) или разрешите больше положений в `positions` в разделе [stretch] файла настроек.
    [many] Все { $count } упражнений, подходящих для ваших положений, оценены как «Было больно», поэтому предложить нечего. Сбросьте одну из оценок (posture-break exercises rate ID clear) или разрешите больше положений в `positions` в разделе [stretch] файла настроек.
   *[other] Все подходящие для ваших положений упражнения ({ $count }) оценены как «Было больно», поэтому предложить нечего. Сбросьте одну из оценок (posture-break exercises rate ID clear) или разрешите больше положений в `positions` в разделе [stretch] файла настроек.
}
nothing-left-no-position = Ни одно упражнение не подходит для ваших положений, поэтому предложить нечего: разрешите больше положений в `positions` в разделе [stretch] файла настроек.

## Подсказки об осанке между растяжками

nudge-change-position = Смените положение
nudge-sit-back = Сядьте, опираясь на спинку стула; поможет свёрнутое полотенце за поясницей
nudge-shoulders = Опустите плечи и отведите их назад
nudge-stand-up-a-moment = Встаньте ненадолго
nudge-time-to-stand = Пора встать
nudge-time-to-sit = Пора сесть

## Упражнения в командной строке (`exercises list|show|next|rate`)

# $areas: body areas joined by list-separator; $done: times completed; $rating: a feeling-answer, or "none"
exercise-list-details = { $areas }; выполнено: { $done }{ $rating ->
    [none] {""}
   *[other] , оценка: { $rating }
}
# $number: the step's number; $secs: its length in seconds
exercise-show-step = { $number }. { $text } ({ $secs } с)
exercise-caution = Осторожно: { $caution }
# $reason: strength_turn, favourite, rotation
pick-reason = { $reason ->
    [strength_turn] очередь силового: перед ним были два упражнения на подвижность
    [favourite] избранное: оценено «хорошо», предлагается вдвое чаще
   *[rotation] по очереди
}
# $rating: a feeling-answer
exercise-rated = { $exercise }: оценка «{ $rating }»
exercise-rating-cleared = { $exercise }: оценка сброшена

## Меню в трее (и меню трея XEmbed)

menu-stretch-now = Начать растяжку сейчас
menu-snooze = Отложить
menu-pause = Приостановить
menu-until-tomorrow = До завтра
menu-until-resumed = До возобновления
menu-resume = Возобновить
menu-posture-nudges = Подсказки об осанке
menu-sitting = Я сижу
menu-standing = Я стою
menu-your-week = Ваша неделя
menu-open-config = Открыть файл настроек
menu-start-at-login = Запускать при входе в систему
menu-quit = Выход

## Уведомления

# $length: a duration-adjective
reminder-summary = Пора сделать { $length } растяжку
# $step: the exercise's first step
reminder-body = { $exercise }: { $step }
# Кнопки напоминания; $duration: «10 мин»
reminder-start = Начать
reminder-snooze = Отложить на { $duration }
reminder-skip = Пропустить
notice-config-removed = posture-break: файл настроек удалён
notice-config-removed-body = Файл { $path } удалён; пока он не будет записан снова, используются настройки по умолчанию
# Сама ошибка настроек следует на английском, с файл:строка:столбец.
notice-config-not-applied = posture-break: настройки не применены
notice-keeping-config = сохранены последние корректные настройки
notice-keeping-exercises = сохранены последние корректные упражнения
notice-using-defaults = используются настройки по умолчанию
welcome-summary = posture-break запущен
# Приветствие, когда трея нет (GNOME без расширения AppIndicator)
welcome-body-no-tray = Первую { $length } растяжку posture-break предложит в { $first }; интервал между растяжками: { $interval }.
    В этой среде рабочего стола нет значка в трее: откройте posture-break из меню приложений (по щелчку правой кнопкой там есть «Начать растяжку сейчас», «Отложить», «Приостановить на 1 час» и «Ваша неделя») или выполните posture-break open. Настройки: { $config }
# $first: the first stretch's time; $interval: a duration; $config: the config file's path
welcome-body = posture-break работает в системном трее. Первую { $length } растяжку он предложит в { $first }; интервал между растяжками: { $interval }.
    Щёлкните правой кнопкой по значку в трее, чтобы открыть меню (начать растяжку, отложить, приостановить); щелчок левой кнопкой показывает вашу неделю. Настройки: { $config }

## Окно растяжки

# Под обратным отсчётом в кольце (коротко: кольцо маленькое)
stretch-time-left = осталось
stretch-paused = Пауза
stretch-step-of = Шаг { $step } из { $steps }
stretch-done = Готово
stretch-skip = Пропустить
# The sound toggle's name for screen readers
stretch-sound = Звук
# The keys line; $paused and $sound are "true" or "false"
stretch-keys = { $paused ->
    [true] Пробел: продолжить
   *[false] Пробел: пауза
} · Enter: готово · Esc: пропустить{ $sound ->
    [true] {" · V: звук"}
   *[false] {""}
}
feeling-keys = 1 Хорошо · 2 Не моё · 3 Было больно · Esc: закрыть. Можно не отвечать.
hurt-title = Растяжка причинила боль
hurt-keys = Enter или Esc — закрыть
window-close = Закрыть

## Окно недели

week-window-title = posture-break — Ваша неделя
week-title = Ваша неделя
week-last-7-days = Последние 7 дней
week-completion = Выполнение
# $rate_28: a percentage ("80%") or "–"
week-completion-detail = На этой неделе: выполнено { $completed }, предложено { $offered }; за 28 дней: { $rate_28 }
week-streak = Серия
week-streak-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
week-legend-stretches = растяжки
week-legend-natural-breaks = естественные перерывы
week-legend-standing = время стоя (ниже)
week-legend-sitting = время сидя (ниже)
week-last-28-days = Последние 28 дней: { $completed ->
    [one] { $completed } растяжка
    [few] { $completed } растяжки
    [many] { $completed } растяжек
   *[other] { $completed } растяжки
}, { $breaks ->
    [one] { $breaks } естественный перерыв
    [few] { $breaks } естественных перерыва
    [many] { $breaks } естественных перерывов
   *[other] { $breaks } естественного перерыва
}
# A label under the 28 days' bars; $month: 1 to 12
day-and-month = { $day } { $month ->
    [1] янв.
    [2] февр.
    [3] мар.
    [4] апр.
    [5] мая
    [6] июн.
    [7] июл.
    [8] авг.
    [9] сент.
    [10] окт.
    [11] нояб.
   *[12] дек.
}
week-keys = Esc — закрыть
# A day's time in one position, short: "45м", "5ч", "1ч05" ($minutes has two digits there)
time-compact-minutes = { $minutes }м
time-compact-hours = { $hours }ч
time-compact = { $hours }ч{ $minutes }

## `stats`

# A row's label; the values line up after the longest label
stats-label = { $label }:
stats-today = Сегодня
stats-last-7-days = Последние 7 дней
stats-last-28-days = Последние 28 дней
stats-completion = Выполнение
stats-positions = Положения
stats-streak = Серия
stats-kinds = Виды
stats-rated-good = Оценка «хорошо»
stats-day = выполнено { $completed }, { $natural_breaks ->
    [one] { $natural_breaks } естественный перерыв
    [few] { $natural_breaks } естественных перерыва
    [many] { $natural_breaks } естественных перерывов
   *[other] { $natural_breaks } естественного перерыва
}, пропущено { $skipped }, { $reminded ->
    [one] { $reminded } напоминание
    [few] { $reminded } напоминания
    [many] { $reminded } напоминаний
   *[other] { $reminded } напоминания
}
stats-completion-rate = { $percent }% (последние 7 дней)
stats-no-reminders-yet = напоминаний пока не было (последние 7 дней)
# $span: today, last_7_days; $standing, $sitting: "1 ч 20 мин"
stats-positions-value = { $span ->
    [today] сегодня
   *[last_7_days] за последние 7 дней
} стоя { $standing }, сидя { $sitting }
stats-kinds-value = { $mobility ->
    [one] { $mobility } упражнение на подвижность
    [few] { $mobility } упражнения на подвижность
    [many] { $mobility } упражнений на подвижность
   *[other] { $mobility } упражнения на подвижность
}, { $strength ->
    [one] { $strength } силовое
    [few] { $strength } силовых
    [many] { $strength } силовых
   *[other] { $strength } силового
} (последние 7 дней)

## Собственное окно приложения (`posture-break open`) для сред без трея

## `sync status`: several computers through a synced folder

sync-off = Синхронизация выключена: укажите [sync] folder в настройках, чтобы делить перерывы между компьютерами.
# $name: this computer's name; $folder: the folder as written in the config
sync-here = Этот компьютер — { $name } в { $folder }
sync-no-peers = Другие компьютеры туда ещё не писали.
# $presence: away, here; $when: "2026-12-07 10:05"
sync-peer = { $name }: { $presence ->
    [away] нет на месте
   *[here] используется
}, последняя запись { $when }
sync-peer-silent = { $name }: пока ничего читаемого

home-window-title = posture-break
home-keys = Стрелки: переход, подменю · Enter: выбор · Esc: выход

## Упражнения: `assets/exercises.toml` — английский источник; идентификаторы и число шагов совпадают с ним.
## Предостережения и замечания о безопасности должны быть точными: они говорят, когда остановиться.

exercises-notice = Эти упражнения на растяжку носят общеобразовательный характер и не являются медицинской рекомендацией; двигайтесь мягко и остановитесь, если что-то болит.
exercises-red-flags = Если у вас есть онемение или покалывание, спускающееся по ногам, боль в груди или изменения в контроле кишечника или мочевого пузыря, поговорите с врачом, прежде чем выполнять эти упражнения.

exercise-cat-cow = Кошка-корова
    .caution = Двигайтесь только в комфортной амплитуде; подложите что-нибудь под колени или пропустите упражнение, если стоять на коленях больно.
    .step-1 = Встаньте на четвереньки: запястья под плечами, колени под тазом.
    .step-2 = На вдохе опустите живот и поднимите грудь, глядя немного вперёд.
    .step-3 = На выдохе округлите спину к потолку и опустите голову.
    .step-4 = Продолжайте плавно и медленно переходить между этими двумя положениями в ритме дыхания.
    .step-5 = Вернитесь к ровной спине, затем отведите таз к пяткам и отдохните.

exercise-seal-stretch = Поза тюленя
    .caution = Если выпрямление рук нагружает поясницу, оставайтесь вместо этого с опорой на предплечья.
    .step-1 = Лягте лицом вниз, ладони на полу под плечами.
    .step-2 = Оттолкнитесь руками и поднимите грудь, оставляя таз на полу.
    .step-3 = Задержитесь, позволяя спине мягко прогнуться; плечи держите подальше от ушей.
    .step-4 = Медленно опуститесь, затем снова поднимитесь — только настолько, насколько комфортно.
    .step-5 = Опуститесь и положите лоб на кисти рук.

exercise-seated-trunk-rotation = Скручивания корпуса сидя
    .caution = Поворачивайтесь плавно, без пружинящих движений и не форсируя конец движения.
    .step-1 = Сядьте прямо ближе к краю стула, обе стопы стоят на полу.
    .step-2 = Скрестите руки на груди, кисти лежат на противоположных плечах.
    .step-3 = Медленно поверните верхнюю часть тела вправо, таз остаётся направлен вперёд.
    .step-4 = Вернитесь в центр, затем медленно повернитесь влево.
    .step-5 = Продолжайте мягко чередовать стороны, выдыхая при повороте.

exercise-bent-over-iyt = I/Y/T в наклоне
    .caution = Держите шею на одной линии со спиной и пропустите наклон, если наклон вперёд беспокоит поясницу.
    .step-1 = Встаньте, слегка согнув колени, и наклонитесь вперёд в тазобедренных суставах: спина прямая, руки свисают вниз.
    .step-2 = Буква I: поднимите обе руки вперёд вдоль ушей, большие пальцы вверх, затем медленно опустите.
    .step-3 = Буква Y: поднимите руки вверх и в стороны, сводя лопатки, затем медленно опустите.
    .step-4 = Буква T: поднимите прямые руки в стороны, затем опустите их под контролем.
    .step-5 = Медленно выпрямитесь и расслабьте руки.

exercise-seated-cat-cow = Кошка-корова сидя
    .caution = Двигайтесь медленно и без боли, особенно в области шеи.
    .step-1 = Сядьте ближе к краю стула, кисти лежат на коленях.
    .step-2 = На вдохе подайте грудь вперёд, плечи отведите назад и вниз.
    .step-3 = На выдохе округлите верхнюю часть спины и опустите подбородок к груди.
    .step-4 = Продолжайте медленно переходить между этими двумя положениями в ритме дыхания.
    .step-5 = Закончите, сидя прямо в расслабленном, удобном положении.

exercise-chin-tucks = Втягивание подбородка
    .caution = Двигайтесь мягко и остановитесь, если почувствуете головокружение, покалывание или боль, отдающую в руку.
    .step-1 = Сядьте прямо, плечи расслаблены, взгляд направлен прямо перед собой.
    .step-2 = Плавно отведите подбородок прямо назад, как будто делаете двойной подбородок, не наклоняя голову.
    .step-3 = Задержитесь на несколько секунд, ощущая мягкое растяжение у основания черепа.
    .step-4 = Расслабьтесь и медленно повторите, сохраняя взгляд ровным.
    .step-5 = Расслабьте шею и дайте дыханию успокоиться.

exercise-shoulder-blade-squeeze = Сведение лопаток
    .caution = Сводите мягко, держите шею расслабленной и не прогибайте поясницу.
    .step-1 = Сядьте прямо, руки расслаблены вдоль тела, локти слегка согнуты.
    .step-2 = Сведите лопатки назад и вниз, как будто удерживаете между ними карандаш.
    .step-3 = Удерживайте около пяти секунд, дыша как обычно и не поднимая плечи.
    .step-4 = Медленно расслабьтесь, затем повторите сведение в спокойном темпе.
    .step-5 = Полностью расслабьте плечи.

exercise-seated-w-squeeze = W-сведение сидя
    .caution = Делайте небольшое, лёгкое движение, вытянув шею; остановитесь до появления любого защемления в плечах.
    .step-1 = Сядьте прямо, не опираясь на спинку, стопы на полу, руки расслаблены вдоль тела.
    .step-2 = Согните локти и поднимите кисти до уровня плеч ладонями вперёд, образуя букву W.
    .step-3 = Отведите локти вниз и назад, сводя лопатки.
    .step-4 = Задержитесь на один вдох, затем вернитесь в W; повторяйте в спокойном темпе.
    .step-5 = Опустите руки и расслабьте плечи.

exercise-neck-side-stretch = Боковая растяжка шеи
    .caution = Не тяните голову рукой и остановитесь, если почувствуете покалывание или головокружение.
    .step-1 = Сядьте прямо и возьмитесь правой рукой за край сиденья стула сбоку.
    .step-2 = Наклоните голову левым ухом к левому плечу, пока не почувствуете растяжение в правой части шеи.
    .step-3 = Медленно верните голову в центр.
    .step-4 = Возьмитесь за сиденье левой рукой и наклоните голову правым ухом к правому плечу.
    .step-5 = Верните голову в центр и расслабьте плечи.

exercise-levator-scapulae-stretch = Растяжка мышцы, поднимающей лопатку
    .caution = Не тяните голову рукой и ослабьте растяжение, если почувствуете покалывание, головокружение или резкую боль.
    .step-1 = Сядьте прямо и возьмитесь правой рукой за край сиденья стула сбоку.
    .step-2 = Поверните голову наполовину влево и опустите нос к левой подмышке.
    .step-3 = Медленно поднимите голову обратно в центр.
    .step-4 = Возьмитесь за сиденье левой рукой и опустите нос к правой подмышке.
    .step-5 = Медленно поднимите голову обратно в центр и расслабьте плечи.

exercise-seated-thread-the-needle = Нитка в иголку сидя
    .caution = Держите таз неподвижным и поворачивайтесь только настолько, насколько комфортно.
    .step-1 = Сядьте прямо, стопы на полу, левая кисть лежит на правом колене.
    .step-2 = Потянитесь правой рукой поперёк тела влево, позволяя верхней части спины округлиться и повернуться.
    .step-3 = Широким движением отведите правую руку назад и вверх к потолку, разворачивая грудь вправо.
    .step-4 = Смените руки и потянитесь левой рукой поперёк тела вправо.
    .step-5 = Широким движением отведите левую руку назад и вверх к потолку, разворачивая грудь влево.
    .step-6 = Вернитесь в центр, сядьте прямо и сделайте медленный вдох.

exercise-seated-open-book = Открытая книга сидя
    .caution = Держите таз направленным вперёд и остановитесь до появления любого защемления в плече.
    .step-1 = Сядьте прямо и вытяните обе руки перед собой на уровне плеч, ладони вместе.
    .step-2 = Широким движением отведите правую руку в сторону и назад, поворачивая грудь и взгляд вслед за кистью.
    .step-3 = Верните её, затем отведите левую руку в сторону и назад, поворачиваясь влево.
    .step-4 = Продолжайте медленно чередовать стороны, раскрываясь только настолько, насколько комфортно.
    .step-5 = Опустите руки и сядьте прямо.

exercise-shoulder-rolls = Вращения плечами
    .caution = Вращайте медленно и плавно и уменьшите круги, если что-то защемляет.
    .step-1 = Сядьте прямо, руки свободно свисают вдоль тела.
    .step-2 = Поднимите плечи к ушам, затем медленными кругами отведите их назад и вниз.
    .step-3 = Смените направление и медленными кругами вращайте плечами вперёд.
    .step-4 = Закончите ещё несколькими вращениями назад, каждый раз опуская плечи.
    .step-5 = Выдохните и позвольте рукам тяжело свисать.

exercise-chair-back-extension = Прогиб через спинку стула
    .caution = Используйте устойчивый стул, который не катается и не откидывается, и отклоняйтесь назад только настолько, насколько комфортно.
    .step-1 = Сядьте глубоко на стул, спинка которого доходит примерно до нижнего края лопаток.
    .step-2 = Скрестите руки на груди или слегка поддержите голову руками.
    .step-3 = Мягко отклонитесь назад через верхний край спинки, позволяя верхней части спины прогнуться.
    .step-4 = Вернитесь в вертикальное положение, затем снова отклонитесь, выдыхая при этом.
    .step-5 = Медленно выпрямитесь и расслабьтесь.

exercise-doorway-chest-opener = Растяжка груди в дверном проёме
    .caution = Тянитесь мягко и ослабьте растяжение, если почувствуете покалывание в кистях или защемление в плече.
    .step-1 = Встаньте в дверном проёме, предплечья на косяках, локти на уровне плеч.
    .step-2 = Сделайте шаг одной ногой вперёд и мягко подайтесь вперёд, пока не почувствуете растяжение поперёк груди.
    .step-3 = Удерживайте растяжение, дыша медленно и держа плечи опущенными.
    .step-4 = Отступите назад, затем снова подайтесь вперёд — чуть дальше, только если это комфортно.
    .step-5 = Выйдите из дверного проёма и позвольте рукам свободно свисать.

exercise-wall-angels = Ангелы у стены
    .caution = Рукам не обязательно касаться стены; остановитесь до появления любого защемления в плечах.
    .step-1 = Встаньте спиной к стене, стопы на небольшой шаг впереди, колени слегка согнуты.
    .step-2 = Поднимите руки в форме «ворот», тыльной стороной рук к стене.
    .step-3 = Медленно скользите руками вверх по стене, держа их настолько близко к ней, насколько комфортно.
    .step-4 = Опустите их обратно в форму «ворот», отводя лопатки вниз.
    .step-5 = Продолжайте медленно скользить вверх и вниз, не прижимая руки к стене силой.

exercise-standing-y-raise = Подъём рук в Y стоя
    .caution = Поднимайте руки только настолько высоко, насколько комфортно, не прогибая поясницу.
    .step-1 = Встаньте прямо, стопы на ширине бёдер, колени слегка согнуты, руки вдоль тела, большие пальцы вперёд.
    .step-2 = Слегка сведите лопатки назад и вниз.
    .step-3 = Поднимите прямые руки вверх и в стороны буквой Y, большие пальцы смотрят вверх.
    .step-4 = Медленно опустите их и снова поднимите в спокойном темпе, держа плечи подальше от ушей.
    .step-5 = Опустите руки и расслабьте плечи.

exercise-standing-side-bend = Боковой наклон стоя
    .caution = Наклоняйтесь строго в сторону, а не вперёд, и растягивайтесь мягко.
    .step-1 = Встаньте прямо, стопы на ширине бёдер, руки вдоль тела.
    .step-2 = Потянитесь правой рукой над головой и мягко наклонитесь влево, чувствуя, как вытягивается правый бок.
    .step-3 = Медленно вернитесь в центр.
    .step-4 = Потянитесь левой рукой над головой и мягко наклонитесь вправо.
    .step-5 = Продолжайте медленно чередовать стороны, выдыхая при наклоне.

exercise-clasped-hands-chest-opener = Раскрытие груди с замком за спиной
    .caution = Поднимайте руки лишь немного и остановитесь, если почувствуете защемление в передней части плеч.
    .step-1 = Встаньте прямо и сцепите кисти в замок за спиной или держите между ними полотенце.
    .step-2 = Мягко выпрямите руки и сведите лопатки, поднимая грудь.
    .step-3 = Задержитесь и дышите медленно, подбородок ровно, плечи подальше от ушей.
    .step-4 = Расцепите руки, несколько раз вращайте плечами, затем снова сцепите кисти и поднимите руки.
    .step-5 = Отпустите руки и позвольте им свободно свисать.

exercise-thread-the-needle = Нитка в иголку
    .caution = Не переносите вес на шею; подложите что-нибудь под колени или пропустите упражнение, если стоять на коленях больно.
    .step-1 = Встаньте на четвереньки: запястья под плечами, колени под тазом.
    .step-2 = Проведите правую руку под корпусом влево, опуская правое плечо к полу.
    .step-3 = Раскрутитесь и потянитесь правой рукой вверх к потолку, следя за ней взглядом.
    .step-4 = Проведите левую руку под корпусом вправо, опуская левое плечо к полу.
    .step-5 = Раскрутитесь и потянитесь левой рукой вверх к потолку, следя за ней взглядом.
    .step-6 = Вернитесь на четвереньки, затем отведите таз к пяткам и отдохните.

## Screen readers: the windows' texts read aloud, where the screen shows them apart

# $step, $steps: numbers; $text: the step's words
access-step = Шаг { $step } из { $steps }: { $text }
# $time: minutes and seconds left, e.g. 0:42; $paused: yes or no
access-time = { $paused ->
    [yes] { $time }, пауза
   *[no] осталось { $time }
}
# $day: a short weekday name (weekday-short); $count: stretches completed that day
access-week-day = { $day } { $count }
# $days: the last seven days, each an access-week-day, joined by commas
access-week-last-7 = Последние 7 дней: { $days }
# $rate: a percentage such as 80%; $detail: week-completion-detail
access-week-completion = Выполнение: { $rate } ({ $detail })
# $streak: week-streak-days
access-week-streak = Серия: { $streak }

## Errors in the config file and in the user's exercises file, after "file:line:column: ".
## Keys, sections, paths and values in backticks or quotes stay exactly as written: they are
## what the person types in the file. Only the words around them are translated.
## $suggestion is the closest allowed word, or "none" when nothing is close.

# $bytes: the file's size; $max: the limit in KiB
config-too-big = файл занимает { $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байта
    [many] { $bytes } байт
   *[other] { $bytes } байта
}, а здесь допустимо не больше { $max } КиБ — это точно нужный файл?
config-not-utf8 = недопустимый UTF-8: файл должен быть сохранён как текст в кодировке UTF-8
# $what: key or section; $name: as written ([brackets] included for a section);
# $allowed: the keys or sections allowed there, comma-separated
config-unknown-name = { $what ->
    [section] неизвестный раздел `{ $name }`
   *[key] неизвестный ключ `{ $name }`
}{ $suggestion ->
    [none] {""}
   *[other] ; возможно, имелось в виду `{ $suggestion }`?
} (допустимо здесь: { $allowed })
# $key: a key written at the top that belongs in $section; $detail: config-unknown-name
config-key-belongs = `{ $key }` относится к разделу [{ $section }]: поместите его ниже строки `[{ $section }]` ({ $detail })
# $name: the section as written, e.g. [schedule]
config-duplicate-section = повторяющийся раздел `{ $name }`: каждый раздел может встречаться только один раз; перенесите его ключи в первый
# $name: the key
config-duplicate-key = повторяющийся ключ `{ $name }`: каждый ключ может встречаться только один раз
config-duplicate-key-unnamed = повторяющийся ключ: каждый ключ может встречаться только один раз
# $value: the bare word written (yes, no, on, off…)
config-yes-no = `{ $value }` не является значением: для «да/нет» пишите true или false (строчными буквами, без кавычек)
# $value: the text written without quotes
config-quote-text = текст нужно заключить в кавычки: напишите "{ $value }"
config-quote-text-example = текст нужно заключить в кавычки, например "45m"
config-unclosed-string = незакрытая строка: нет закрывающей кавычки `"`
# $found: a config-found; $expected: a config-expected
config-wrong-type = неверный тип — найдено: { $found }; ожидается: { $expected }
# What the file has where another type belongs. $value: as written
config-found = { $kind ->
    [integer] целое число `{ $value }`
    [float] число с плавающей точкой `{ $value }`
    [boolean] логическое значение `{ $value }`
    [string] строка { $value }
    [list] список
    [table] таблица
    [date] дата `{ $value }`
    [datetime] дата и время `{ $value }`
    [time] время `{ $value }`
   *[other] { $value }
}
# What a key takes. $name: the section for a table, else the reader's own English words
config-expected = { $what ->
    [boolean] true или false
    [string] строка
    [list] список в квадратных скобках, например ["a", "b"]
    [table] таблица: [{ $name }]
    [duration] длительность в виде строки, например "45m", "1h 30m" или "90s"
    [sit-stand] таблица из двух длительностей: {"{"} sit = "40m", stand = "20m" {"}"}
    [integer] целое число
    [number] число
   *[other] { $name }
}
# $name: the section
config-section-list = раздел `{ $name }` должен быть одной таблицей, записанной как [{ $name }], а не списком таблиц вида [[{ $name }]]
# $key: the key that must be there
config-missing-key = отсутствует поле `{ $key }`
# The TOML reader's findings. $detail: its own English words, for the rarer ones
config-syntax = { $problem ->
    [key-no-value] ключ без значения
    [unclosed-table] незакрытая таблица
    [unclosed-array-table] незакрытый список таблиц
    [unclosed-array] незакрытый список
    [unclosed-inline-table] незакрытая таблица в фигурных скобках
    [missing-comma-array] нет запятой между элементами списка
    [missing-comma-table] нет запятой между парами «ключ = значение»
    [missing-value] нет значения
    [extra-comma] лишняя запятая
    [extra-equals] лишний знак `=`
    [invalid-key] недопустимый ключ без кавычек
    [invalid-string] недопустимая строка
    [invalid-value] недопустимое значение
    [unexpected-content] неожиданное содержимое
   *[other] { $detail }
}
# $syntax: a config-syntax; $expected: the marks that may come here, in backticks, or config-syntax-thing
config-syntax-expected = { $syntax }, ожидается { $expected }
config-syntax-thing = { $thing ->
    [key] ключ
   *[value] значение
}

# Durations ("45m", "1h 30m", "90s")
config-duration-empty = пустая длительность; напишите, например, "45m", "1h 30m" или "90s"
config-duration-negative = отрицательные длительности недопустимы
# $value: as written
config-duration-unreadable = не удаётся прочитать `{ $value }` как длительность; напишите, например, "45m", "1h 30m" или "90s"
# $value: the number written without a unit
config-duration-no-unit = у `{ $value }` нет единицы измерения; напишите "{ $value }m" для минут или "{ $value }s" для секунд
# $unit: the unit written
config-duration-unknown-unit = неизвестная единица `{ $unit }`; используйте s, m или h (например, "45m", "1h 30m", "90s")
config-duration-too-large = слишком большая длительность
# $value: as written; $reason: one of the config-duration messages above
config-value-reason = `{ $value }`: { $reason }
# $value: the number written
config-duration-number = длительность — это строка с единицей измерения: напишите "{ $value }m" или "{ $value }s", а не { $value }
config-duration-fraction = длительность — это строка с единицей измерения, например "90s", а не число { $value }
# $zero: yes when the value is zero, else no; $value, $min, $max: durations such as 45m
config-out-of-range = { $zero ->
    [yes] значение `{ $key }` не может быть нулевым: указано { $value }, допустимо от { $min } до { $max }
   *[no] значение `{ $key }` вне допустимого диапазона: указано { $value }, допустимо от { $min } до { $max }
}
config-choices-empty = список `{ $key }` пуст: укажите хотя бы одну длительность, например ["10m"]
# $count: entries written; $max: entries a menu takes
config-choices-too-many = в списке `{ $key }` { $count ->
    [one] { $count } элемент
    [few] { $count } элемента
    [many] { $count } элементов
   *[other] { $count } элемента
}; в меню помещается не больше { $max }
# $stretch, $interval: durations such as 45m
config-stretch-longer = значение `stretch.duration` ({ $stretch }) больше, чем `schedule.interval` ({ $interval }); растяжка должна помещаться между напоминаниями
# $idle, $natural: durations such as 5m
config-idle-longer = значение `presence.idle_after` ({ $idle }) больше, чем `presence.natural_break` ({ $natural }); ваше отсутствие должно быть замечено раньше, чем время отсутствия засчитается как перерыв
# $every, $interval: durations such as 45m
config-nudge-not-shorter = значение `posture.nudge_every` ({ $every }) должно быть меньше, чем `schedule.interval` ({ $interval }): подсказки об осанке появляются между растяжками

# Times of day
config-time-unquoted = время суток пишется в кавычках, например "08:00"
# $value: as written
config-time-bad = `{ $value }` — не время суток; используйте 24-часовой формат "HH:MM" от "00:00" до "23:59"

# Words from a short list. $key: the key; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-word-unknown = `{ $key }` имеет значение "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(возможно, имелось в виду "{ $suggestion }"?)
}; допустимо: { $allowed }
config-language-unknown = `general.language` имеет значение "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(возможно, имелось в виду "{ $suggestion }"?)
}; доступные языки: { $allowed }
config-positions-empty = список `stretch.positions` пуст: укажите хотя бы одно из значений "seated", "standing", "floor"
# $what: position, kind or area; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-unknown-word = { $what ->
    [position] неизвестное положение "{ $value }";
    [kind] неизвестный вид "{ $value }";
   *[area] неизвестная область "{ $value }";
}{ $suggestion ->
    [none] {""}
   *[other] {" "}возможно, имелось в виду "{ $suggestion }"?
} допустимо: { $allowed }
config-hold-when-unknown = `{ $value }` не может задержать напоминание{ $suggestion ->
    [none] {""}
   *[other] {" "}(возможно, имелось в виду `{ $suggestion }`?)
}; допустимо: { $allowed }

# [sync]. $name: the machine name as written; $max: its longest length; $char: the character, quoted
config-sync-name = { $problem ->
    [empty] значение `sync.name` "{ $name }" пустое
    [too-long] значение `sync.name` "{ $name }" длиннее { $max ->
        [one] { $max } символа
       *[other] { $max } символов
    }
    [character] значение `sync.name` "{ $name }" содержит { $char }: используйте буквы, цифры, '-', '_' и '.' (это имя файла)
    [dot] значение `sync.name` "{ $name }" начинается с '.': такие файлы скрыты или принадлежат самой программе синхронизации
   *[conflict] значение `sync.name` "{ $name }" похоже на конфликтную копию Syncthing
}
config-sync-name-alone = `sync.name` без `sync.folder`: синхронизация работает только с папкой, например folder = "~/Sync/posture-break"
config-sync-folder-empty = значение `sync.folder` пустое: укажите синхронизируемую папку, например "~/Sync/posture-break", или уберите этот ключ, чтобы синхронизация оставалась выключенной
# $folder: as written
config-sync-folder-relative = путь `sync.folder` "{ $folder }" относительный: укажите полный путь или путь внутри домашней папки, например "~/Sync/posture-break"

# [working_hours]
config-days-empty = список `working_hours.days` пуст: перечислите дни, в которые могут приходить напоминания, например ["mon", "tue", "wed", "thu", "fri"] (чтобы сделать один день выходным, напишите, например, `fri = []`; чтобы рабочего времени не было вовсе, удалите раздел)
# $value: as written
config-day-unknown = `{ $value }` — не день недели{ $suggestion ->
    [none] {""}
   *[other] {" "}(возможно, имелось в виду `{ $suggestion }`?)
}; используйте mon, tue, wed, thu, fri, sat, sun
# $key: hours or a day (mon…sun); $value: the range as written; $part: the time in it
config-hours-not-range = `working_hours.{ $key }`: `{ $value }` — не интервал времени; записывайте интервалы как "HH:MM-HH:MM" в 24-часовом формате, например "09:00-17:30"
config-hours-not-time = `working_hours.{ $key }`: `{ $value }`: `{ $part }` — не время; записывайте интервалы как "HH:MM-HH:MM" в 24-часовом формате, например "09:00-17:30"
config-hours-out-of-day = `working_hours.{ $key }`: `{ $value }`: `{ $part }` — не время суток (от 00:00 до 23:59; 24:00 — только как конец)
config-hours-empty = `working_hours.{ $key }`: интервал `{ $value }` пуст: его начало и конец совпадают
# $other: the earlier range it overlaps
config-hours-overlap = `working_hours.{ $key }`: `{ $value }` пересекается с `{ $other }`; указывайте каждое время только один раз

# The user's exercises file. $id: the exercise id as written
config-exercise-id-bad = идентификатор упражнения "{ $id }" должен содержать от 1 до 64 символов из a-z, 0-9 и '-'
config-exercise-id-taken = идентификатор упражнения "{ $id }" уже занят; идентификаторы должны быть уникальными
# $field: name or caution
config-exercise-field-length = поле `{ $field }` должно содержать от 1 до 200 символов
# $allowed: the areas, quoted and comma-separated
config-exercise-areas-empty = список `areas` пуст; укажите одну или несколько областей из: { $allowed }
config-exercise-steps-count = в `steps` должно быть от 1 до 12 шагов
# $secs: as written
config-exercise-step-secs = `secs` шага равно { $secs }; допустимо от 1 до 600
config-exercise-step-text = поле `text` шага должно содержать от 1 до 300 символов
config-exercise-flow-without-pose = для `flow` нужна `pose`, с которой начинается движение: запишите первую позу как `pose`
config-exercise-flow-count = в `flow` должно быть от 1 до 7 поз
# A figure's pose out of bounds, in the pose model's own English words (joint names, degrees)
config-exercise-pose = { $detail }

## The launcher (the desktop entry): how app menus describe it, and its right-click actions
## (the others are the tray menu's: menu-stretch-now, menu-snooze, menu-your-week)

launcher-generic-name = Напоминание о перерывах на растяжку
launcher-comment = Каждые 45 минут предлагает минутную растяжку с подсказками для середины спины, шеи и плеч
launcher-pause-hour = Приостановить на 1 час
launcher-open = Открыть окно
