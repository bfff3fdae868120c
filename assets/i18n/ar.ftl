# posture-break: الفهرس العربي. يضم الرسائل والسمات والمتغيرات نفسها التي في en.ftl.
# المفاتيح والمسارات والقيم من ملف الإعدادات تبقى كما هي؛ المتغيرات بين { } تُملأ عند التشغيل.

## كلمات تُستخدم في مواضع كثيرة

# $day: mon, tue, wed, thu, fri, sat, sun
weekday-short = { $day ->
    [mon] الإثنين
    [tue] الثلاثاء
    [wed] الأربعاء
    [thu] الخميس
    [fri] الجمعة
    [sat] السبت
   *[sun] الأحد
}
# $position: seated, standing, floor
exercise-position = { $position ->
    [seated] جلوسًا
    [standing] وقوفًا
   *[floor] على الأرض
}
# $kind: mobility (يليّن), strength (يقوّي العضلات التي تحفظ الوضعية)
exercise-kind = { $kind ->
    [mobility] حركية
   *[strength] قوة
}
# $area: middle_back, neck, shoulders
exercise-area = { $area ->
    [middle_back] منتصف الظهر
    [neck] الرقبة
   *[shoulders] الكتفان
}

# $day: weekday-short؛ $time: 09:00
day-and-time = { $day } { $time }
# مدة زمنية، «ساعة واحدة و30 دقيقة»: تُربط الأجزاء بـ duration-join.
duration-hours = { $count ->
    [zero] { $count } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
duration-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
duration-seconds = { $count ->
    [zero] { $count } ثانية
    [one] ثانية واحدة
    [two] ثانيتان
    [few] { $count } ثوانٍ
    [many] { $count } ثانية
   *[other] { $count } ثانية
}
# $first, $second: جزءان من duration-*
duration-join = { $first } و{ $second }
duration-minutes-short = { $count } د
duration-hours-short = { $count } س
# مدة تمرين الإطالة («مدته دقيقة واحدة»)؛ $unit: minute أو second
duration-adjective = { $unit ->
    [minute] { $count ->
        [zero] { $count } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
   *[second] { $count ->
        [zero] { $count } ثانية
        [one] ثانية واحدة
        [two] ثانيتان
        [few] { $count } ثوانٍ
        [many] { $count } ثانية
       *[other] { $count } ثانية
    }
}
# $busy: fullscreen, do-not-disturb, camera
busy-what = { $busy ->
    [fullscreen] وضع ملء الشاشة
    [do-not-disturb] وضع «عدم الإزعاج»
   *[camera] المكالمة (الكاميرا)
}
# $position: sitting, standing
you-are = { $position ->
    [sitting] أنت جالس
   *[standing] أنت واقف
}

## الحالة بالكلمات: سطر الحالة في علبة النظام

tray-next-stretch = تمرين الإطالة التالي في { $time }
tray-back-from-break = أهلًا بعودتك: احتُسب ذلك استراحة؛ تمرين الإطالة التالي في { $time }
tray-held-busy = حان وقت الإطالة: بانتظار انتهاء { busy-what }
tray-held-away = بانتظار عودتك
tray-held-elsewhere = حان وقت الإطالة: يظهر التذكير على الحاسوب المستخدم
# $when: وقت (10:35) أو day-and-time
tray-off-until = خارج ساعات العمل حتى { $when }
tray-off-none-ahead = خارج ساعات العمل: لا ساعات عمل قادمة
tray-reminding = التذكير معروض
tray-stretching = تمرين الإطالة جارٍ
tray-snoozed-until = مؤجَّل حتى { $time }
tray-paused-until-resumed = متوقف مؤقتًا حتى الاستئناف
tray-paused-until = متوقف مؤقتًا حتى { $when }
tray-paused-until-tomorrow = متوقف مؤقتًا حتى الغد الساعة { $time }

## جملة الأمر `status` (الأوقات بالثواني)

status-snoozed-until = مؤجَّل حتى { $time }
status-paused-until = متوقف مؤقتًا حتى { $time }
status-paused-until-resumed = متوقف مؤقتًا حتى الاستئناف
status-reminding = يُعرض تذكير
status-held-busy = حان وقت تمرين الإطالة؛ ينتظر التذكير انتهاء { busy-what }
status-held-away = حان وقت تمرين الإطالة؛ ينتظر التذكير عودتك
status-held-elsewhere = حان وقت تمرين الإطالة؛ يظهر التذكير على الحاسوب الذي تستخدمه
status-off-hours-until = خارج ساعات العمل حتى { $time }
status-off-hours-none-ahead = خارج ساعات العمل (لا ساعات عمل قادمة)
status-stretching = تمرين الإطالة جارٍ: { $exercise }
status-active = نشط، تمرين الإطالة التالي في { $time }
# $interval: مدة؛ $config: مسار ملف الإعدادات
status-sentence = { $summary } (الفاصل بين التمارين: { $interval }؛ الإعدادات: { $config })

## بضعة أحرف لشريط الحالة (`status --format short`، نص waybar)

# $state: active, snoozed, paused, reminding, stretching, held, off_hours
bar = { $state ->
    [reminding] حان وقت الإطالة
    [stretching] إطالة جارية
    [held] إطالة مستحقة
    [snoozed] مؤجَّل
    [paused] متوقف
    [off_hours] خارج الدوام
   *[active] التالي
}
bar-with-time = { bar } { $time }
waybar-tooltip = posture-break: { $summary }
waybar-not-running = posture-break لا يعمل

## التقدم وملخص التمارين (تلميح علبة النظام، نافذة الأسبوع، `stats`)

progress-today = { $count ->
    [0] لا تمارين إطالة اليوم بعد
    [zero] { $count } تمرين إطالة اليوم
    [one] تمرين إطالة واحد اليوم
    [two] تمرينا إطالة اليوم
    [few] { $count } تمارين إطالة اليوم
    [many] { $count } تمرين إطالة اليوم
   *[other] { $count } تمرين إطالة اليوم
}
# $today: progress-today؛ $streak: أيام متتالية فيها تمرين إطالة
progress-with-streak = { $today } · { $streak ->
    [zero] { $streak } يوم على التوالي
    [one] يوم واحد على التوالي
    [two] يومان على التوالي
    [few] { $streak } أيام على التوالي
    [many] { $streak } يومًا على التوالي
   *[other] { $streak } يوم على التوالي
}
exercises-this-week = { $mobility ->
    [zero] { $mobility } تمرين حركية
    [one] تمرين حركية واحد
    [two] تمرينا حركية
    [few] { $mobility } تمارين حركية
    [many] { $mobility } تمرين حركية
   *[other] { $mobility } تمرين حركية
} و{ $strength ->
    [zero] { $strength } تمرين قوة
    [one] تمرين قوة واحد
    [two] تمرينا قوة
    [few] { $strength } تمارين قوة
    [many] { $strength } تمرين قوة
   *[other] { $strength } تمرين قوة
} هذا الأسبوع
# $split: exercises-this-week؛ $names: أسماء التمارين مربوطة بـ list-separator
exercises-rated-good = { $split } · المقيَّمة «جيد»: { $names }
list-separator = {"، "}

## السؤال بعد تمرين الإطالة، وما يظهر عند «سبّب ألمًا»

feeling-question = كيف كان شعورك؟
# $feeling: good, not_for_me, hurt
feeling-answer = { $feeling ->
    [good] جيد
    [not_for_me] لا يناسبني
   *[hurt] سبّب ألمًا
}
hurt-stop = توقّف، ولا تتحرك إلا ضمن مدى مريح.
hurt-see-a-clinician = راجع مختصًّا في الرعاية الصحية إذا استمر الألم، أو إذا كان لديك خدر أو تنميل يمتد إلى أسفل ساقيك، أو ألم في الصدر، أو تغيّرات في التحكم بالمثانة أو الأمعاء (التبول أو التبرز).
# يعرض السطر التالي الأمر الذي يعيد التمرين.
hurt-not-offered-again = لن يُقترح { $exercise } مرة أخرى. لإعادته:
# التذكير حين لا يبقى تمرين لاقتراحه. `positions` و[stretch] تبقى كما هي.
nothing-left-all-hurt = { $count ->
    [zero] كل التمارين التي تسمح بها أوضاعك ({ $count } تمرين) مقيَّمة «سبّب ألمًا»، لذا لا يوجد تمرين إطالة لاقتراحه. امسح تقييمًا (posture-break exercises rate ID clear) أو اسمح بأوضاع أكثر عبر `positions` ضمن [stretch] في ملف الإعدادات.
    [one] التمرين الوحيد الذي تسمح به أوضاعك مقيَّم «سبّب ألمًا»، لذا لا يوجد تمرين إطالة لاقتراحه. امسح تقييمه (posture-break exercises rate ID clear) أو اسمح بأوضاع أكثر عبر `positions` ضمن [stretch] في ملف الإعدادات.
    [two] التمرينان اللذان تسمح بهما أوضاعك مقيَّمان «سبّب ألمًا»، لذا لا يوجد تمرين إطالة لاقتراحه. امسح تقييمًا (posture-break exercises rate ID clear) أو اسمح بأوضاع أكثر عبر `positions` ضمن [stretch] في ملف الإعدادات.
    [few] كل التمارين التي تسمح بها أوضاعك ({ $count } تمارين) مقيَّمة «سبّب ألمًا»، لذا لا يوجد تمرين إطالة لاقتراحه. امسح تقييمًا (posture-break exercises rate ID clear) أو اسمح بأوضاع أكثر عبر `positions` ضمن [stretch] في ملف الإعدادات.
    [many] كل التمارين التي تسمح بها أوضاعك ({ $count } تمرينًا) مقيَّمة «سبّب ألمًا»، لذا لا يوجد تمرين إطالة لاقتراحه. امسح تقييمًا (posture-break exercises rate ID clear) أو اسمح بأوضاع أكثر عبر `positions` ضمن [stretch] في ملف الإعدادات.
   *[other] كل التمارين التي تسمح بها أوضاعك ({ $count } تمرين) مقيَّمة «سبّب ألمًا»، لذا لا يوجد تمرين إطالة لاقتراحه. امسح تقييمًا (posture-break exercises rate ID clear) أو اسمح بأوضاع أكثر عبر `positions` ضمن [stretch] في ملف الإعدادات.
}
nothing-left-no-position = لا يوجد تمرين يطابق أوضاعك، لذا لا يوجد تمرين إطالة لاقتراحه: اسمح بأوضاع أكثر عبر `positions` ضمن [stretch] في ملف الإعدادات.

## تنبيهات الوضعية بين تمارين الإطالة

nudge-change-position = غيّر وضعيتك
nudge-sit-back = اجلس مسندًا ظهرك إلى الكرسي؛ تفيد منشفة ملفوفة خلف أسفل ظهرك
nudge-shoulders = أرخِ كتفيك إلى الأسفل وأدِرهما إلى الخلف
nudge-stand-up-a-moment = قف لحظة
nudge-time-to-stand = حان وقت الوقوف
nudge-time-to-sit = حان وقت الجلوس

## التمارين في سطر الأوامر (`exercises list|show|next|rate`)

# $areas: مناطق الجسم مربوطة بـ list-separator؛ $done: مرات الإنجاز؛ $rating: feeling-answer أو "none"
exercise-list-details = { $areas }؛ مرات الإنجاز: { $done }{ $rating ->
    [none] {""}
   *[other] ، التقييم: { $rating }
}
# $number: رقم الخطوة؛ $secs: مدتها بالثواني
exercise-show-step = { $number }. { $text } ({ $secs } ث)
exercise-caution = تنبيه: { $caution }
# $reason: strength_turn, favourite, rotation
pick-reason = { $reason ->
    [strength_turn] دور تمرين القوة: سبقه تمرينا حركية
    [favourite] مفضَّل: مقيَّم «جيد»، فيُقترح ضعف المرات
   *[rotation] تناوب
}
# $rating: feeling-answer
exercise-rated = { $exercise }: قُيِّم بـ«{ $rating }»
exercise-rating-cleared = { $exercise }: مُسح التقييم

## قائمة علبة النظام (وقائمة علبة XEmbed)

menu-stretch-now = بدء تمرين الإطالة الآن
menu-snooze = تأجيل
menu-pause = إيقاف مؤقت
menu-until-tomorrow = حتى الغد
menu-until-resumed = حتى أستأنف
menu-resume = استئناف
menu-posture-nudges = تنبيهات الوضعية
menu-sitting = أنا جالس
menu-standing = أنا واقف
menu-your-week = أسبوعك
menu-open-config = فتح ملف الإعدادات
menu-start-at-login = التشغيل عند تسجيل الدخول
menu-quit = إنهاء

## الإشعارات

# $length: duration-adjective
reminder-summary = حان وقت تمرين إطالة مدته { $length }
# $step: أول خطوة في التمرين
reminder-body = { $exercise }: { $step }
# أزرار التذكير؛ $duration: «10 د»
reminder-start = بدء التمرين
reminder-snooze = تأجيل { $duration }
reminder-skip = تخطٍّ
notice-config-removed = posture-break: حُذف ملف الإعدادات
notice-config-removed-body = حُذف { $path }؛ تُستخدم الإعدادات الافتراضية حتى يُكتب من جديد
# يلي ذلك خطأ الإعدادات نفسه بالإنجليزية، مع file:line:column.
notice-config-not-applied = posture-break: لم تُطبَّق الإعدادات
notice-keeping-config = الإبقاء على آخر إعدادات سليمة
notice-keeping-exercises = الإبقاء على آخر تمارين سليمة
notice-using-defaults = استخدام الإعدادات الافتراضية
welcome-summary = posture-break يعمل
# رسالة الترحيب حين لا تعرض أي علبة نظام التطبيق (GNOME دون إضافة AppIndicator)
welcome-body-no-tray = موعد أول تمرين إطالة لك (مدته { $length }) الساعة { $first }، والفاصل بين التمارين بعد ذلك { $interval }.
    لا تعرض بيئة سطح المكتب هذه أيقونة في علبة النظام: افتح posture-break من مشغّل التطبيقات (النقر بزر الماوس الأيمن هناك يعرض «بدء تمرين الإطالة الآن» و«تأجيل» و«إيقاف مؤقت لمدة ساعة» و«أسبوعك»)، أو شغّل الأمر posture-break open. الإعدادات: { $config }
# $first: وقت أول تمرين إطالة؛ $interval: مدة؛ $config: مسار ملف الإعدادات
welcome-body = يعمل posture-break في علبة النظام. موعد أول تمرين إطالة لك (مدته { $length }) الساعة { $first }، والفاصل بين التمارين بعد ذلك { $interval }.
    انقر بزر الماوس الأيمن على أيقونته في علبة النظام لفتح القائمة (بدء تمرين إطالة، تأجيل، إيقاف مؤقت)؛ والنقر بالزر الأيسر يعرض أسبوعك. الإعدادات: { $config }

## نافذة تمرين الإطالة

# تحت العدّ التنازلي داخل الحلقة (اجعله قصيرًا: الحلقة صغيرة)
stretch-time-left = متبقٍّ
stretch-paused = متوقف مؤقتًا
stretch-step-of = الخطوة { $step } من { $steps }
stretch-done = تم
stretch-skip = تخطٍّ
# The sound toggle's name for screen readers
stretch-sound = الصوت
# سطر المفاتيح؛ $paused و$sound قيمتهما "true" أو "false"
stretch-keys = { $paused ->
    [true] Space للاستئناف
   *[false] Space للإيقاف المؤقت
} · Enter للإنهاء · Esc للتخطي{ $sound ->
    [true] {" · V للصوت"}
   *[false] {""}
}
feeling-keys = 1 جيد · 2 لا يناسبني · 3 سبّب ألمًا · Esc للإغلاق. لا بأس بعدم الإجابة.
hurt-title = سبّب تمرين الإطالة هذا ألمًا
hurt-keys = Enter أو Esc للإغلاق
window-close = إغلاق

## نافذة الأسبوع

week-window-title = posture-break — أسبوعك
week-title = أسبوعك
week-last-7-days = آخر 7 أيام
week-completion = نسبة الإنجاز
# $rate_28: نسبة مئوية («80%») أو «–»
week-completion-detail = أُنجز { $completed } من { $offered } مقترحة هذا الأسبوع؛ آخر 28 يومًا: { $rate_28 }
week-streak = الأيام المتتالية
week-streak-days = { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
week-legend-stretches = تمارين الإطالة
week-legend-natural-breaks = الاستراحات الطبيعية
week-legend-standing = وقت الوقوف (في الأسفل)
week-legend-sitting = وقت الجلوس (في الأسفل)
week-last-28-days = آخر 28 يومًا: { $completed ->
    [zero] { $completed } تمرين إطالة
    [one] تمرين إطالة واحد
    [two] تمرينا إطالة
    [few] { $completed } تمارين إطالة
    [many] { $completed } تمرين إطالة
   *[other] { $completed } تمرين إطالة
} و{ $breaks ->
    [zero] { $breaks } استراحة طبيعية
    [one] استراحة طبيعية واحدة
    [two] استراحتان طبيعيتان
    [few] { $breaks } استراحات طبيعية
    [many] { $breaks } استراحة طبيعية
   *[other] { $breaks } استراحة طبيعية
}
# تسمية تحت أعمدة الأيام الـ28؛ $month: من 1 إلى 12
day-and-month = { $day } { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
week-keys = Esc للإغلاق
# وقت اليوم في وضعية واحدة، مختصرًا: «45 د»، «5 س»، «1 س 05 د» ($minutes من رقمين هناك)
time-compact-minutes = { $minutes } د
time-compact-hours = { $hours } س
time-compact = { $hours } س { $minutes } د

## `stats`

# تسمية الصف؛ تصطف القيم بعد أطول تسمية
stats-label = { $label }:
stats-today = اليوم
stats-last-7-days = آخر 7 أيام
stats-last-28-days = آخر 28 يومًا
stats-completion = نسبة الإنجاز
stats-positions = الأوضاع
stats-streak = الأيام المتتالية
stats-kinds = الأنواع
stats-rated-good = المقيَّمة «جيد»
stats-day = المنجزة: { $completed }، { $natural_breaks ->
    [zero] { $natural_breaks } استراحة طبيعية
    [one] استراحة طبيعية واحدة
    [two] استراحتان طبيعيتان
    [few] { $natural_breaks } استراحات طبيعية
    [many] { $natural_breaks } استراحة طبيعية
   *[other] { $natural_breaks } استراحة طبيعية
}، المتخطّاة: { $skipped }، التذكيرات: { $reminded }
stats-completion-rate = { $percent }% (آخر 7 أيام)
stats-no-reminders-yet = لا تذكيرات بعد (آخر 7 أيام)
# $span: today, last_7_days؛ $standing, $sitting: «1 س 20 د»
stats-positions-value = { $span ->
    [today] اليوم
   *[last_7_days] آخر 7 أيام
}: وقوف { $standing }، جلوس { $sitting }
stats-kinds-value = { $mobility ->
    [zero] { $mobility } تمرين حركية
    [one] تمرين حركية واحد
    [two] تمرينا حركية
    [few] { $mobility } تمارين حركية
    [many] { $mobility } تمرين حركية
   *[other] { $mobility } تمرين حركية
} و{ $strength ->
    [zero] { $strength } تمرين قوة
    [one] تمرين قوة واحد
    [two] تمرينا قوة
    [few] { $strength } تمارين قوة
    [many] { $strength } تمرين قوة
   *[other] { $strength } تمرين قوة
} (آخر 7 أيام)

## نافذة التطبيق الخاصة (`posture-break open`) لبيئات سطح المكتب التي لا تحوي علبة نظام

## `sync status`: several computers through a synced folder

sync-off = المزامنة متوقفة: اضبط [sync] folder في الإعدادات لمشاركة الاستراحات بين حواسيبك.
# $name: this computer's name; $folder: the folder as written in the config
sync-here = هذا الحاسوب هو { $name } في { $folder }
sync-no-peers = لم يكتب أي حاسوب آخر هناك بعد.
# $presence: away, here; $when: "2026-12-07 10:05"
sync-peer = { $name }: { $presence ->
    [away] غائب
   *[here] قيد الاستخدام
}, آخر إشارة { $when }
sync-peer-silent = { $name }: لا شيء مقروء بعد

home-window-title = posture-break
home-keys = الأسهم للتنقل · Enter للاختيار · Esc للإغلاق

## التمارين: `assets/exercises.toml` هو المصدر الإنجليزي؛ المعرّفات وعدد الخطوات مطابقة له.
## التنبيهات وملاحظات السلامة يجب أن تبقى أمينة للأصل: فهي تخبر الشخص متى يتوقف.

exercises-notice = تمارين الإطالة هذه للتثقيف العام وليست نصيحة طبية؛ تحرّك برفق وتوقّف إذا آلمك أي شيء.
exercises-red-flags = إذا كان لديك خدر أو تنميل يمتد إلى أسفل ساقيك، أو ألم في الصدر، أو تغيّرات في التحكم بالأمعاء أو المثانة (التبرز أو التبول)، فاستشر مختصًّا في الرعاية الصحية قبل ممارسة تمارين الإطالة هذه.

exercise-cat-cow = القطة والبقرة
    .caution = لا تتحرك إلا ضمن مدى مريح، وضع وسادة تحت ركبتيك أو تخطَّ هذا التمرين إذا كان الجثو على ركبتيك مؤلمًا.
    .step-1 = اتخذ وضعية الجثو على يديك وركبتيك، والرسغان تحت الكتفين والركبتان تحت الوركين.
    .step-2 = خذ شهيقًا، ودع بطنك يهبط وارفع صدرك، ناظرًا إلى الأمام قليلًا.
    .step-3 = أخرج الزفير، وقوّس ظهرك إلى الأعلى نحو السقف ودع رأسك يتدلى.
    .step-4 = واصل الانتقال ببطء بين الوضعيتين مع أنفاسك.
    .step-5 = عُد إلى ظهر مستوٍ، ثم اجلس إلى الخلف نحو كعبيك لتستريح.

exercise-seal-stretch = إطالة الفقمة
    .caution = ابقَ مستندًا إلى ساعديك بدلًا من ذلك إذا كان فرد ذراعيك يُجهد أسفل ظهرك.
    .step-1 = استلقِ على بطنك ويداك على الأرض تحت كتفيك.
    .step-2 = اضغط بيديك لترفع صدرك، مع إبقاء وركيك على الأرض.
    .step-3 = اثبت، ودع ظهرك يتقوّس برفق مع إبعاد كتفيك عن أذنيك.
    .step-4 = انزل ببطء، ثم ارتفع بالضغط مجددًا، فقط إلى الحد الذي تشعر فيه بالراحة.
    .step-5 = انزل إلى الأرض وأرح جبهتك على يديك.

exercise-seated-trunk-rotation = تدوير الجذع جالسًا
    .caution = استدر بسلاسة دون ارتداد ودون أن تُجبر نهاية الحركة.
    .step-1 = اجلس مستقيمًا قرب مقدمة كرسيك وقدماك مسطحتان على الأرض.
    .step-2 = اعقد ذراعيك على صدرك، ويداك مستندتان إلى الكتفين المقابلين.
    .step-3 = أدِر الجزء العلوي من جسمك ببطء إلى اليمين، مع إبقاء وركيك متجهين إلى الأمام.
    .step-4 = عُد إلى المنتصف، ثم استدر ببطء إلى اليسار.
    .step-5 = واصل التبديل بين الجانبين برفق، مع إخراج الزفير أثناء الاستدارة.

exercise-bent-over-iyt = تمرين I/Y/T مع الانحناء
    .caution = أبقِ رقبتك على استقامة ظهرك، وتجنّب الانحناء من الوركين إذا كان الانحناء إلى الأمام يزعج أسفل ظهرك.
    .step-1 = قف وركبتاك مثنيتان قليلًا وانحنِ إلى الأمام من الوركين، والظهر مستقيم والذراعان متدليتان.
    .step-2 = شكّل حرف I: ارفع ذراعيك إلى الأمام بجانب أذنيك والإبهامان إلى الأعلى، ثم أنزلهما ببطء.
    .step-3 = شكّل حرف Y: ارفع ذراعيك إلى الأعلى وإلى الخارج ضامًّا لوحي كتفيك، ثم أنزلهما ببطء.
    .step-4 = شكّل حرف T: ارفع ذراعيك مستقيمتين إلى الجانبين، ثم أنزلهما بتحكم.
    .step-5 = قف ببطء ودع ذراعيك ترتخيان.

exercise-seated-cat-cow = القطة والبقرة جالسًا
    .caution = أبقِ الحركة بطيئة وخالية من الألم، خصوصًا عند الرقبة.
    .step-1 = اجلس قرب مقدمة كرسيك ويداك مستندتان على ركبتيك.
    .step-2 = خذ شهيقًا، وارفع صدرك إلى الأمام واسحب كتفيك إلى الخلف وإلى الأسفل.
    .step-3 = أخرج الزفير، وقوّس الجزء العلوي من ظهرك ودع ذقنك ينخفض نحو صدرك.
    .step-4 = واصل التحرك ببطء بين الوضعيتين مع أنفاسك.
    .step-5 = اختم بالجلوس مستقيمًا في وضعية مريحة ومسترخية.

exercise-chin-tucks = سحب الذقن
    .caution = تحرّك برفق، وتوقّف إذا شعرت بدوار أو تنميل أو ألم يمتد إلى ذراعك.
    .step-1 = اجلس مستقيمًا وكتفاك مسترخيان وعيناك تنظران إلى الأمام مباشرة.
    .step-2 = اسحب ذقنك إلى الخلف في خط مستقيم، كأنك تصنع ذقنًا مزدوجًا، دون إمالة رأسك.
    .step-3 = اثبت بضع ثوانٍ، مع الشعور بإطالة خفيفة عند قاعدة جمجمتك.
    .step-4 = أرخِ ثم كرّر ببطء، مع إبقاء نظرك مستويًا.
    .step-5 = أرخِ رقبتك ودع تنفسك يهدأ.

exercise-shoulder-blade-squeeze = ضمّ لوحي الكتفين
    .caution = اضمم برفق، وأبقِ رقبتك مسترخية وتجنّب تقويس أسفل ظهرك.
    .step-1 = اجلس مستقيمًا وذراعاك مسترخيتان بجانبيك ومرفقاك مثنيّان قليلًا.
    .step-2 = اسحب لوحي كتفيك إلى الخلف وإلى الأسفل، كأنك تمسك قلمًا بينهما.
    .step-3 = اثبت نحو خمس ثوانٍ مع التنفس بشكل طبيعي، دون رفع كتفيك.
    .step-4 = أرخِ ببطء، ثم كرّر الضم بوتيرة مريحة.
    .step-5 = دع كتفيك يسترخيان تمامًا.

exercise-seated-w-squeeze = ضمّ W جالسًا
    .caution = اجعل الحركة صغيرة وسهلة مع إطالة رقبتك؛ توقّف قبل أي شعور بانضغاط في الكتفين.
    .step-1 = اجلس مستقيمًا بعيدًا عن مسند الظهر، وقدماك مسطحتان، وذراعاك مسترخيتان بجانبيك.
    .step-2 = اثنِ مرفقيك وارفع يديك إلى مستوى الكتفين، وراحتاك إلى الأمام، مشكّلًا حرف W.
    .step-3 = اسحب مرفقيك إلى الأسفل وإلى الخلف، ضامًّا لوحي كتفيك معًا.
    .step-4 = اثبت مدة نفَس واحد، ثم عُد برفق إلى شكل W؛ كرّر بوتيرة مريحة.
    .step-5 = أنزل ذراعيك ودع كتفيك يسترخيان.

exercise-neck-side-stretch = إطالة جانب الرقبة
    .caution = لا تسحب رأسك، وتوقّف إذا شعرت بتنميل أو دوار.
    .step-1 = اجلس مستقيمًا وأمسك جانب مقعد كرسيك بيدك اليمنى.
    .step-2 = أمِل أذنك اليسرى نحو كتفك الأيسر حتى تشعر بإطالة في الجانب الأيمن من رقبتك.
    .step-3 = أعِد رأسك ببطء إلى المنتصف.
    .step-4 = أمسك المقعد بيدك اليسرى وأمِل أذنك اليمنى نحو كتفك الأيمن.
    .step-5 = أعِد رأسك إلى المنتصف ودع كتفيك يسترخيان.

exercise-levator-scapulae-stretch = إطالة العضلة الرافعة للوح الكتف
    .caution = لا تسحب رأسك، وخفّف الإطالة إذا شعرت بتنميل أو دوار أو ألم حاد.
    .step-1 = اجلس مستقيمًا وأمسك جانب مقعد كرسيك بيدك اليمنى.
    .step-2 = أدِر رأسك جزئيًا إلى اليسار وأمِل أنفك إلى الأسفل نحو إبطك الأيسر.
    .step-3 = ارفع رأسك ببطء عائدًا إلى المنتصف.
    .step-4 = أمسك المقعد بيدك اليسرى وأمِل أنفك إلى الأسفل نحو إبطك الأيمن.
    .step-5 = ارفع رأسك ببطء عائدًا إلى المنتصف وأرخِ كتفيك.

exercise-seated-thread-the-needle = الخيط والإبرة جالسًا
    .caution = أبقِ وركيك ثابتين ولا تستدر إلا بالقدر المريح.
    .step-1 = اجلس مستقيمًا وقدماك مسطحتان ويدك اليسرى مستندة على ركبتك اليمنى.
    .step-2 = مُدّ ذراعك اليمنى عبر جسمك نحو اليسار، تاركًا الجزء العلوي من ظهرك يتقوّس ويستدير.
    .step-3 = حرّك ذراعك اليمنى في قوس إلى الخلف ثم إلى الأعلى نحو السقف، مديرًا صدرك إلى اليمين.
    .step-4 = بدّل اليدين ومُدّ ذراعك اليسرى عبر جسمك نحو اليمين.
    .step-5 = حرّك ذراعك اليسرى في قوس إلى الخلف ثم إلى الأعلى نحو السقف، مديرًا صدرك إلى اليسار.
    .step-6 = عُد إلى المنتصف، واجلس مستقيمًا وخذ نفسًا بطيئًا.

exercise-seated-open-book = الكتاب المفتوح جالسًا
    .caution = أبقِ وركيك متجهين إلى الأمام وتوقّف قبل أي شعور بانضغاط في الكتف.
    .step-1 = اجلس مستقيمًا ومُدّ ذراعيك أمامك مستقيمتين على مستوى الكتفين، وراحتاك متلاصقتان.
    .step-2 = حرّك ذراعك اليمنى إلى الخارج ثم إلى الخلف، مديرًا صدرك وعينيك لتتبعا يدك.
    .step-3 = أعِدها، ثم حرّك ذراعك اليسرى إلى الخارج ثم إلى الخلف، مستديرًا إلى اليسار.
    .step-4 = واصل التبديل ببطء، ولا تفتح إلا بالقدر الذي تشعر فيه بالراحة.
    .step-5 = أنزل ذراعيك واجلس مستقيمًا.

exercise-shoulder-rolls = تدوير الكتفين
    .caution = اجعل الدوائر بطيئة وسلسة، وصغّرها إذا شعرت بأي انضغاط.
    .step-1 = اجلس مستقيمًا وذراعاك متدليتان بارتخاء بجانبيك.
    .step-2 = ارفع كتفيك نحو أذنيك، ثم أدِرهما إلى الخلف وإلى الأسفل في دوائر بطيئة.
    .step-3 = اعكس الاتجاه وأدِر كتفيك إلى الأمام في دوائر بطيئة.
    .step-4 = اختم ببضع دورات أخرى إلى الخلف، تاركًا كتفيك ينخفضان في كل مرة.
    .step-5 = أخرج الزفير ودع ذراعيك تتدليان بثقلهما.

exercise-chair-back-extension = بسط الظهر على مسند الكرسي
    .caution = استخدم كرسيًا ثابتًا لا يتدحرج ولا يميل إلى الخلف، ولا تمِل إلى الخلف إلا بالقدر المريح.
    .step-1 = اجلس بعمق في كرسي يصل مسند ظهره تقريبًا إلى أسفل لوحي كتفيك.
    .step-2 = اعقد ذراعيك على صدرك أو اسند رأسك بيديك برفق.
    .step-3 = مِل إلى الخلف برفق فوق الحافة العلوية لمسند الظهر، تاركًا الجزء العلوي من ظهرك يتقوّس.
    .step-4 = عُد إلى الوضع المستقيم، ثم مِل إلى الخلف مجددًا مع إخراج الزفير.
    .step-5 = اعتدل جالسًا ببطء واسترخِ.

exercise-doorway-chest-opener = فتح الصدر عند إطار الباب
    .caution = أبقِ الإطالة خفيفة، وتراجع إذا شعرت بتنميل في يديك أو انضغاط في الكتف.
    .step-1 = قف عند مدخل باب وساعداك على الإطار ومرفقاك على مستوى الكتفين.
    .step-2 = تقدّم بقدم واحدة إلى الأمام ومِل برفق حتى تشعر بإطالة عبر صدرك.
    .step-3 = حافظ على الإطالة، متنفسًا ببطء ومبقيًا كتفيك منخفضين.
    .step-4 = تراجع قليلًا، ثم مِل مجددًا، وأبعد قليلًا فقط إذا كان ذلك مريحًا.
    .step-5 = اخرج من المدخل ودع ذراعيك تتدليان بارتخاء.

exercise-wall-angels = ملائكة الحائط
    .caution = لا يلزم أن تلمس ذراعاك الحائط؛ توقّف قبل أي شعور بانضغاط في الكتفين.
    .step-1 = قف وظهرك إلى الحائط، وقدماك متقدمتان خطوة صغيرة، وركبتاك مرتخيتان.
    .step-2 = ارفع ذراعيك على شكل قائمَي المرمى (المرفقان مثنيان واليدان إلى الأعلى)، وظهر ذراعيك نحو الحائط.
    .step-3 = حرّك ذراعيك ببطء إلى الأعلى على الحائط، مبقيًا إياهما قريبتين منه بالقدر المريح.
    .step-4 = أنزلهما إلى شكل قائمَي المرمى، ساحبًا لوحي كتفيك إلى الأسفل.
    .step-5 = واصل التحريك صعودًا ونزولًا ببطء، دون إجبار ذراعيك على ملامسة الحائط.

exercise-standing-y-raise = رفع Y وقوفًا
    .caution = لا ترفع ذراعيك إلا إلى الارتفاع المريح، ودون تقويس أسفل ظهرك.
    .step-1 = قف مستقيمًا، وقدماك متباعدتان بعرض الوركين، وركبتاك مرتخيتان، وذراعاك بجانبيك والإبهامان إلى الأمام.
    .step-2 = اسحب لوحي كتفيك قليلًا إلى الخلف وإلى الأسفل.
    .step-3 = ارفع ذراعيك مستقيمتين إلى الأعلى وإلى الخارج على شكل حرف Y، والإبهامان يشيران إلى الأعلى.
    .step-4 = أنزلهما ببطء ثم ارفعهما مجددًا بوتيرة مريحة، مع إبقاء كتفيك بعيدين عن أذنيك.
    .step-5 = دع ذراعيك تتدليان وكتفيك يسترخيان.

exercise-standing-side-bend = الانحناء الجانبي وقوفًا
    .caution = مِل إلى الجانب مباشرة لا إلى الأمام، وأبقِ الإطالة خفيفة.
    .step-1 = قف مستقيمًا وقدماك متباعدتان بعرض الوركين وذراعاك بجانبيك.
    .step-2 = مُدّ ذراعك اليمنى فوق رأسك ومِل برفق إلى اليسار، مع الشعور بامتداد جانبك الأيمن.
    .step-3 = عُد ببطء إلى المنتصف.
    .step-4 = مُدّ ذراعك اليسرى فوق رأسك ومِل برفق إلى اليمين.
    .step-5 = واصل التبديل بين الجانبين ببطء، مع إخراج الزفير أثناء الميل.

exercise-clasped-hands-chest-opener = فتح الصدر بتشبيك اليدين
    .caution = لا ترفع ذراعيك إلا قليلًا، وتوقّف إذا شعرت بانضغاط في مقدمة الكتفين.
    .step-1 = قف مستقيمًا وشبّك يديك خلف ظهرك، أو أمسك منشفة بينهما.
    .step-2 = افرد ذراعيك برفق واضمم لوحي كتفيك معًا وأنت ترفع صدرك.
    .step-3 = اثبت وتنفّس ببطء، مع إبقاء ذقنك مستويًا وكتفيك بعيدين عن أذنيك.
    .step-4 = فُكّ يديك، وأدِر كتفيك بضع مرات، ثم شبّك يديك وارفع مجددًا.
    .step-5 = أفلت يديك ودع ذراعيك تتدليان بارتخاء.

exercise-thread-the-needle = الخيط والإبرة
    .caution = لا تضع ثقلًا على رقبتك، وضع وسادة تحت ركبتيك أو تخطَّ هذا التمرين إذا كان الجثو على ركبتيك مؤلمًا.
    .step-1 = اتخذ وضعية الجثو على يديك وركبتيك، والرسغان تحت الكتفين والركبتان تحت الوركين.
    .step-2 = مرّر ذراعك اليمنى تحت جسمك نحو اليسار، مُنزلًا كتفك الأيمن نحو الأرض.
    .step-3 = عُد من الالتفاف ومُدّ ذراعك اليمنى إلى الأعلى نحو السقف، متابعًا إياها بعينيك.
    .step-4 = مرّر ذراعك اليسرى تحت جسمك نحو اليمين، مُنزلًا كتفك الأيسر نحو الأرض.
    .step-5 = عُد من الالتفاف ومُدّ ذراعك اليسرى إلى الأعلى نحو السقف، متابعًا إياها بعينيك.
    .step-6 = عُد إلى وضعية الجثو على اليدين والركبتين، ثم اجلس إلى الخلف نحو كعبيك لتستريح.

## Screen readers: the windows' texts read aloud, where the screen shows them apart

# $step, $steps: numbers; $text: the step's words
access-step = الخطوة { $step } من { $steps }: { $text }
# $time: minutes and seconds left, e.g. 0:42; $paused: yes or no
access-time = { $paused ->
    [yes] متوقف مؤقتًا، متبقٍّ { $time }
   *[no] متبقٍّ { $time }
}
# $day: a short weekday name (weekday-short); $count: stretches completed that day
access-week-day = { $day } { $count }
# $days: the last seven days, each an access-week-day, joined by commas
access-week-last-7 = آخر 7 أيام: { $days }
# $rate: a percentage such as 80%; $detail: week-completion-detail
access-week-completion = نسبة الإنجاز: { $rate } ({ $detail })
# $streak: week-streak-days
access-week-streak = الأيام المتتالية: { $streak }

## Errors in the config file and in the user's exercises file, after "file:line:column: ".
## Keys, sections, paths and values in backticks or quotes stay exactly as written: they are
## what the person types in the file. Only the words around them are translated.
## $suggestion is the closest allowed word, or "none" when nothing is close.

# $bytes: the file's size; $max: the limit in KiB
config-too-big = حجم الملف { $bytes } بايت، والحد الأقصى للملف هنا { $max } KiB؛ هل هذا هو الملف الصحيح؟
config-not-utf8 = ترميز UTF-8 غير صالح: يجب حفظ الملف نصًّا بترميز UTF-8
# $what: key or section; $name: as written ([brackets] included for a section);
# $allowed: the keys or sections allowed there, comma-separated
config-unknown-name = { $what ->
    [section] قسم غير معروف `{ $name }`
   *[key] مفتاح غير معروف `{ $name }`
}{ $suggestion ->
    [none] {""}
   *[other] ؛ هل تقصد `{ $suggestion }`؟
} (المسموح هنا: { $allowed })
# $key: a key written at the top that belongs in $section; $detail: config-unknown-name
config-key-belongs = مكان `{ $key }` في القسم [{ $section }]: ضعه تحت سطر `[{ $section }]` ({ $detail })
# $name: the section as written, e.g. [schedule]
config-duplicate-section = القسم `{ $name }` مكرر: لا يرد كل قسم إلا مرة واحدة؛ انقل مفاتيحه إلى أول قسم بهذا الاسم
# $name: the key
config-duplicate-key = المفتاح `{ $name }` مكرر: لا يرد كل مفتاح إلا مرة واحدة
config-duplicate-key-unnamed = مفتاح مكرر: لا يرد كل مفتاح إلا مرة واحدة
# $value: the bare word written (yes, no, on, off…)
config-yes-no = `{ $value }` ليست قيمة صالحة: للتعبير عن نعم/لا اكتب true أو false (بحروف صغيرة ودون علامات اقتباس)
# $value: the text written without quotes
config-quote-text = يجب وضع النص بين علامتي اقتباس: اكتب "{ $value }"
config-quote-text-example = يجب وضع النص بين علامتي اقتباس، مثل "45m"
config-unclosed-string = سلسلة نصية غير مغلقة: علامة الإغلاق `"` مفقودة
# $found: a config-found; $expected: a config-expected
config-wrong-type = نوع خاطئ: المكتوب { $found }، والمتوقع { $expected }
# What the file has where another type belongs. $value: as written
config-found = { $kind ->
    [integer] عدد صحيح `{ $value }`
    [float] عدد عشري `{ $value }`
    [boolean] قيمة منطقية `{ $value }`
    [string] سلسلة نصية { $value }
    [list] قائمة
    [table] جدول
    [date] تاريخ `{ $value }`
    [datetime] تاريخ ووقت `{ $value }`
    [time] وقت `{ $value }`
   *[other] { $value }
}
# What a key takes. $name: the section for a table, else the reader's own English words
config-expected = { $what ->
    [boolean] true أو false
    [string] سلسلة نصية
    [list] قائمة بين قوسين معقوفين، مثل ["a", "b"]
    [table] جدول: [{ $name }]
    [duration] سلسلة مدة مثل "45m" أو "1h 30m" أو "90s"
    [sit-stand] جدول من مدتين: {"{"} sit = "40m", stand = "20m" {"}"}
    [integer] عدد صحيح
    [number] عدد
   *[other] { $name }
}
# $name: the section
config-section-list = يجب أن يكون `{ $name }` جدولًا واحدًا يُكتب [{ $name }]، لا قائمة جداول مثل [[{ $name }]]
# $key: the key that must be there
config-missing-key = المفتاح `{ $key }` مفقود
# The TOML reader's findings. $detail: its own English words, for the rarer ones
config-syntax = { $problem ->
    [key-no-value] مفتاح بلا قيمة
    [unclosed-table] جدول غير مغلق
    [unclosed-array-table] مصفوفة جداول غير مغلقة
    [unclosed-array] مصفوفة غير مغلقة
    [unclosed-inline-table] جدول مضمَّن غير مغلق
    [missing-comma-array] فاصلة مفقودة بين عناصر المصفوفة
    [missing-comma-table] فاصلة مفقودة بين أزواج المفتاح والقيمة
    [missing-value] قيمة مفقودة
    [extra-comma] فاصلة زائدة
    [extra-equals] علامة `=` زائدة
    [invalid-key] مفتاح غير صالح دون علامات اقتباس
    [invalid-string] سلسلة نصية غير صالحة
    [invalid-value] قيمة غير صالحة
    [unexpected-content] محتوى غير متوقع
   *[other] { $detail }
}
# $syntax: a config-syntax; $expected: the marks that may come here, in backticks, or config-syntax-thing
config-syntax-expected = { $syntax }، والمتوقع { $expected }
config-syntax-thing = { $thing ->
    [key] مفتاح
   *[value] قيمة
}

# Durations ("45m", "1h 30m", "90s")
config-duration-empty = المدة فارغة؛ اكتب مثلًا "45m" أو "1h 30m" أو "90s"
config-duration-negative = المدد السالبة غير مسموح بها
# $value: as written
config-duration-unreadable = تعذّرت قراءة `{ $value }` على أنها مدة؛ اكتب مثلًا "45m" أو "1h 30m" أو "90s"
# $value: the number written without a unit
config-duration-no-unit = `{ $value }` بلا وحدة؛ اكتب "{ $value }m" للدقائق أو "{ $value }s" للثواني
# $unit: the unit written
config-duration-unknown-unit = وحدة غير معروفة `{ $unit }`؛ استخدم s أو m أو h (مثل "45m"، "1h 30m"، "90s")
config-duration-too-large = المدة طويلة جدًّا
# $value: as written; $reason: one of the config-duration messages above
config-value-reason = `{ $value }`: { $reason }
# $value: the number written
config-duration-number = المدد نصوص بوحدة: اكتب "{ $value }m" أو "{ $value }s"، لا { $value }
config-duration-fraction = المدد نصوص بوحدة مثل "90s"، لا العدد { $value }
# $zero: yes when the value is zero, else no; $value, $min, $max: durations such as 45m
config-out-of-range = { $zero ->
    [yes] يجب ألا يكون `{ $key }` صفرًا: قيمته { $value }، والمسموح من { $min } إلى { $max }
   *[no] `{ $key }` خارج النطاق: قيمته { $value }، والمسموح من { $min } إلى { $max }
}
config-choices-empty = `{ $key }` فارغ: أعطِ مدة واحدة على الأقل، مثل ["10m"]
# $count: entries written; $max: entries a menu takes
config-choices-too-many = `{ $key }` فيه { $count ->
    [zero] { $count } عنصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}؛ لا تتسع القائمة لأكثر من { $max }
# $stretch, $interval: durations such as 45m
config-stretch-longer = `stretch.duration` ({ $stretch }) أطول من `schedule.interval` ({ $interval })؛ يجب أن يتسع تمرين الإطالة للوقت بين تذكيرين
# $idle, $natural: durations such as 5m
config-idle-longer = `presence.idle_after` ({ $idle }) أطول من `presence.natural_break` ({ $natural })؛ يجب أن تُعدّ غائبًا قبل أن يُحتسب وقت غيابك استراحة
# $every, $interval: durations such as 45m
config-nudge-not-shorter = يجب أن يكون `posture.nudge_every` ({ $every }) أقصر من `schedule.interval` ({ $interval }): تظهر تنبيهات الوضعية بين تمارين الإطالة

# Times of day
config-time-unquoted = يُكتب الوقت بين علامتي اقتباس، مثل "08:00"
# $value: as written
config-time-bad = `{ $value }` ليس وقتًا من اليوم؛ استخدم صيغة 24 ساعة "HH:MM" من "00:00" إلى "23:59"

# Words from a short list. $key: the key; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-word-unknown = قيمة `{ $key }` هي "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(هل تقصد "{ $suggestion }"؟)
}؛ القيم المسموح بها: { $allowed }
config-language-unknown = قيمة `general.language` هي "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(هل تقصد "{ $suggestion }"؟)
}؛ اللغات المتاحة: { $allowed }
config-positions-empty = `stretch.positions` فارغ: اذكر واحدًا على الأقل من "seated"، "standing"، "floor"
# $what: position, kind or area; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-unknown-word = { $what ->
    [position] وضع غير معروف "{ $value }"؛
    [kind] نوع غير معروف "{ $value }"؛
   *[area] منطقة غير معروفة "{ $value }"؛
}{ $suggestion ->
    [none] {""}
   *[other] {" "}هل تقصد "{ $suggestion }"؟
} المسموح: { $allowed }
config-hold-when-unknown = `{ $value }` ليس حالة يمكن أن تُبقي التذكير منتظرًا{ $suggestion ->
    [none] {""}
   *[other] {" "}(هل تقصد `{ $suggestion }`؟)
}؛ المسموح: { $allowed }

# [sync]. $name: the machine name as written; $max: its longest length; $char: the character, quoted
config-sync-name = { $problem ->
    [empty] `sync.name` "{ $name }" فارغ
    [too-long] `sync.name` "{ $name }" أطول من { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }
    [character] `sync.name` "{ $name }" يحتوي على { $char }: استخدم الحروف والأرقام و'-' و'_' و'.' فقط (فهو اسم ملف)
    [dot] `sync.name` "{ $name }" يبدأ بـ '.': مثل هذه الملفات مخفية أو تخص برنامج المزامنة نفسه
   *[conflict] `sync.name` "{ $name }" يبدو نسخة تعارض من Syncthing
}
config-sync-name-alone = `sync.name` دون `sync.folder`: لا تعمل المزامنة إلا مع مجلد، مثل folder = "~/Sync/posture-break"
config-sync-folder-empty = `sync.folder` فارغ: حدّد المجلد المُزامَن، مثل "~/Sync/posture-break"، أو احذف المفتاح لإبقاء المزامنة متوقفة
# $folder: as written
config-sync-folder-relative = `sync.folder` "{ $folder }" مسار نسبي: اكتب مسارًا كاملًا أو مسارًا داخل مجلد المنزل، مثل "~/Sync/posture-break"

# [working_hours]
config-days-empty = `working_hours.days` فارغ: اذكر الأيام التي يمكن أن تظهر فيها التذكيرات، مثل ["mon", "tue", "wed", "thu", "fri"] (لتعطيل يوم واحد اكتب مثلًا `fri = []`؛ ولإلغاء ساعات العمل احذف القسم)
# $value: as written
config-day-unknown = `{ $value }` ليس يومًا{ $suggestion ->
    [none] {""}
   *[other] {" "}(هل تقصد `{ $suggestion }`؟)
}؛ استخدم mon, tue, wed, thu, fri, sat, sun
# $key: hours or a day (mon…sun); $value: the range as written; $part: the time in it
config-hours-not-range = `working_hours.{ $key }`: `{ $value }` ليس نطاقًا زمنيًا؛ اكتب النطاقات بصيغة 24 ساعة "HH:MM-HH:MM"، مثل "09:00-17:30"
config-hours-not-time = `working_hours.{ $key }`: `{ $value }`: `{ $part }` ليس وقتًا؛ اكتب النطاقات بصيغة 24 ساعة "HH:MM-HH:MM"، مثل "09:00-17:30"
config-hours-out-of-day = `working_hours.{ $key }`: `{ $value }`: `{ $part }` ليس وقتًا من اليوم (من 00:00 إلى 23:59؛ ولا يُقبل 24:00 إلا وقتًا للنهاية)
config-hours-empty = `working_hours.{ $key }`: `{ $value }` فارغ: بدايته ونهايته في الوقت نفسه
# $other: the earlier range it overlaps
config-hours-overlap = `working_hours.{ $key }`: `{ $value }` يتداخل مع `{ $other }`؛ اذكر كل وقت مرة واحدة

# The user's exercises file. $id: the exercise id as written
config-exercise-id-bad = يجب أن يتكون معرّف التمرين "{ $id }" من 1 إلى 64 حرفًا من a-z و0-9 و'-'
config-exercise-id-taken = معرّف التمرين "{ $id }" مستخدم من قبل؛ يجب أن تكون المعرّفات فريدة
# $field: name or caution
config-exercise-field-length = يجب أن يكون طول `{ $field }` من 1 إلى 200 حرف
# $allowed: the areas, quoted and comma-separated
config-exercise-areas-empty = `areas` فارغ؛ اذكر منطقة واحدة أو أكثر من: { $allowed }
config-exercise-steps-count = يجب أن يضم `steps` من 1 إلى 12 خطوة
# $secs: as written
config-exercise-step-secs = قيمة `secs` في الخطوة { $secs }؛ المسموح من 1 إلى 600
config-exercise-step-text = يجب أن يكون طول `text` في الخطوة من 1 إلى 300 حرف
config-exercise-flow-without-pose = يحتاج `flow` إلى `pose` يبدأ منه: اكتب الشكل الأول على أنه `pose`
config-exercise-flow-count = يجب أن يضم `flow` من 1 إلى 7 أشكال
# A figure's pose out of bounds, in the pose model's own English words (joint names, degrees)
config-exercise-pose = { $detail }

## The launcher (the desktop entry): how app menus describe it, and its right-click actions
## (the others are the tray menu's: menu-stretch-now, menu-snooze, menu-your-week)

launcher-generic-name = تذكير باستراحة الإطالة
launcher-comment = يقترح كل 45 دقيقة تمرين إطالة موجّهًا لمدة دقيقة لمنتصف الظهر والرقبة والكتفين
launcher-pause-hour = إيقاف مؤقت لمدة ساعة
launcher-open = فتح النافذة
