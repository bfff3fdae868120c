# posture-break: Türkçe katalog. en.ftl ile aynı iletiler, öznitelikler ve değişkenler.
# Yapılandırmadaki anahtarlar, yollar ve değerler olduğu gibi kalır; { } içindeki değişkenler doldurulur.

## Birçok yerde kullanılan sözcükler

# $day: mon, tue, wed, thu, fri, sat, sun
weekday-short = { $day ->
    [mon] Pzt
    [tue] Sal
    [wed] Çar
    [thu] Per
    [fri] Cum
    [sat] Cmt
   *[sun] Paz
}
# $position: seated, standing, floor
exercise-position = { $position ->
    [seated] oturarak
    [standing] ayakta
   *[floor] yerde
}
# $kind: mobility, strength
exercise-kind = { $kind ->
    [mobility] mobilite
   *[strength] kuvvet
}
# $area: middle_back, neck, shoulders
exercise-area = { $area ->
    [middle_back] sırtın ortası
    [neck] boyun
   *[shoulders] omuzlar
}

# $day: a weekday-short; $time: 09:00
day-and-time = { $day } { $time }
# Bir süre, "1 saat 30 dakika": parçaları duration-join birleştirir.
duration-hours = { $count ->
    [one] { $count } saat
   *[other] { $count } saat
}
duration-minutes = { $count ->
    [one] { $count } dakika
   *[other] { $count } dakika
}
duration-seconds = { $count ->
    [one] { $count } saniye
   *[other] { $count } saniye
}
# $first, $second: two parts of a duration-*
duration-join = { $first } { $second }
duration-minutes-short = { $count } dk
duration-hours-short = { $count } sa
# "1 dakikalık esneme"; $unit: minute or second
duration-adjective = { $unit ->
    [minute] { $count } dakikalık
   *[second] { $count } saniyelik
}
# $busy: fullscreen, do-not-disturb, camera ("… sona erene kadar")
busy-what = { $busy ->
    [fullscreen] tam ekran kullanımı
    [do-not-disturb] rahatsız etmeyin modu
   *[camera] görüşme (kamera)
}
# $position: sitting, standing
you-are = { $position ->
    [sitting] Oturuyorsunuz
   *[standing] Ayaktasınız
}

## Sözcüklerle durum: tepsideki durum satırı

tray-next-stretch = Sonraki esneme: { $time }
tray-back-from-break = Tekrar hoş geldiniz: bu bir mola sayıldı; sonraki esneme: { $time }
tray-held-busy = Esneme zamanı: { busy-what } sona erene kadar bekleniyor
tray-held-away = Dönmeniz bekleniyor
tray-held-elsewhere = Esneme zamanı: kullanılan bilgisayarda gösteriliyor
# $when: a time (10:35) or a day-and-time
tray-off-until = { $when } saatine kadar kapalı
tray-off-none-ahead = Kapalı: ileride çalışma saati yok
tray-reminding = Hatırlatma gösteriliyor
tray-stretching = Esneme yapılıyor
tray-snoozed-until = { $time } saatine kadar ertelendi
tray-paused-until-resumed = Devam ettirilene kadar duraklatıldı
tray-paused-until = { $when } saatine kadar duraklatıldı
tray-paused-until-tomorrow = Yarın { $time } saatine kadar duraklatıldı

## `status` komutunun cümlesi (saniyeli saatler)

status-snoozed-until = { $time } saatine kadar ertelendi
status-paused-until = { $time } saatine kadar duraklatıldı
status-paused-until-resumed = devam ettirilene kadar duraklatıldı
status-reminding = bir hatırlatma gösteriliyor
status-held-busy = esneme zamanı geldi; hatırlatma { busy-what } sona erene kadar bekliyor
status-held-away = esneme zamanı geldi; hatırlatma dönmenizi bekliyor
status-held-elsewhere = esneme zamanı; hatırlatma kullandığınız bilgisayarda gösteriliyor
status-off-hours-until = { $time } saatine kadar çalışma saatleri dışında
status-off-hours-none-ahead = çalışma saatleri dışında (ileride çalışma saati yok)
status-stretching = esneme yapılıyor: { $exercise }
status-active = etkin, sonraki esneme: { $time }
# $interval: a duration; $config: the config file's path
status-sentence = { $summary } ({ $interval } arayla; yapılandırma: { $config })

## Durum çubuğu için birkaç karakter (`status --format short`, waybar metni)

# $state: active, snoozed, paused, reminding, stretching, held, off_hours
bar = { $state ->
    [reminding] şimdi esneme
    [stretching] esneme
    [held] esneme bekliyor
    [snoozed] ertelendi
    [paused] duraklatıldı
    [off_hours] kapalı
   *[active] sonraki
}
bar-with-time = { bar } { $time }
waybar-tooltip = posture-break: { $summary }
waybar-not-running = posture-break çalışmıyor

## İlerleme ve egzersiz özeti (tepsi ipucu, hafta penceresi, `stats`)

progress-today = { $count ->
    [0] Bugün henüz esneme yok
    [one] Bugün { $count } esneme
   *[other] Bugün { $count } esneme
}
# $today: a progress-today; $streak: days in a row with a stretch
progress-with-streak = { $today } · { $streak ->
    [one] { $streak } günlük seri
   *[other] { $streak } günlük seri
}
exercises-this-week = Bu hafta: { $mobility } mobilite, { $strength } kuvvet
# $split: an exercises-this-week; $names: exercise names joined by list-separator
exercises-rated-good = { $split } · İyi puanlananlar: { $names }
list-separator = {", "}

## Esnemeden sonraki soru ve "Acıttı" seçilince gösterilenler

feeling-question = Nasıl hissettirdi?
# $feeling: good, not_for_me, hurt
feeling-answer = { $feeling ->
    [good] İyi
    [not_for_me] Bana göre değil
   *[hurt] Acıttı
}
hurt-stop = Durun ve yalnızca rahat bir hareket açıklığında hareket edin.
hurt-see-a-clinician = Ağrı devam ederse ya da bacaklarınıza doğru inen uyuşma veya karıncalanma, göğüs ağrısı ya da mesane veya bağırsak kontrolünde değişiklik olursa bir sağlık uzmanına başvurun.
# The next line shows the command that brings the exercise back.
hurt-not-offered-again = { $exercise } artık önerilmeyecek. Geri getirmek için:
# `positions` ve [stretch] olduğu gibi kalır.
nothing-left-all-hurt = { $count ->
    [one] Pozisyonlarınızın izin verdiği tek egzersiz "Acıttı" olarak puanlandığından önerilecek esneme yok. Puanını temizleyin (posture-break exercises rate ID clear) ya da yapılandırmadaki [stretch] bölümünde `positions` ile daha fazla pozisyona izin verin.
   *[other] Pozisyonlarınızın izin verdiği { $count } egzersizin tümü "Acıttı" olarak puanlandığından önerilecek esneme yok. Bir puanı temizleyin (posture-break exercises rate ID clear) ya da yapılandırmadaki [stretch] bölümünde `positions` ile daha fazla pozisyona izin verin.
}
nothing-left-no-position = Pozisyonlarınıza uyan egzersiz olmadığından önerilecek esneme yok: yapılandırmadaki [stretch] bölümünde `positions` ile daha fazla pozisyona izin verin.

## Esnemeler arasında duruş hatırlatmaları

nudge-change-position = Pozisyon değiştirin
nudge-sit-back = Sandalyenize yaslanarak oturun; belinizin arkasına rulo yapılmış bir havlu yardımcı olur
nudge-shoulders = Omuzlarınızı indirin ve geriye doğru çevirin
nudge-stand-up-a-moment = Kısa bir süre ayağa kalkın
nudge-time-to-stand = Ayağa kalkma zamanı
nudge-time-to-sit = Oturma zamanı

## Komut satırında egzersizler (`exercises list|show|next|rate`)

# $areas: body areas joined by list-separator; $done: times completed; $rating: a feeling-answer, or "none"
exercise-list-details = { $areas }; { $done } kez yapıldı{ $rating ->
    [none] {""}
   *[other] , puan: { $rating }
}
# $number: the step's number; $secs: its length in seconds
exercise-show-step = { $number }. { $text } ({ $secs } sn)
exercise-caution = Dikkat: { $caution }
# $reason: strength_turn, favourite, rotation
pick-reason = { $reason ->
    [strength_turn] kuvvet sırası: öncesinde iki mobilite esnemesi yapıldı
    [favourite] favori: iyi puanlandı, iki kat sık önerilir
   *[rotation] sırayla
}
# $rating: a feeling-answer
exercise-rated = { $exercise }: "{ $rating }" olarak puanlandı
exercise-rating-cleared = { $exercise }: puan temizlendi

## Tepsi menüsü (ve XEmbed tepsisinin menüsü)

menu-stretch-now = Esnemeyi şimdi başlat
menu-snooze = Ertele
menu-pause = Duraklat
menu-until-tomorrow = Yarına kadar
menu-until-resumed = Ben devam ettirene kadar
menu-resume = Devam et
menu-posture-nudges = Duruş hatırlatmaları
menu-sitting = Oturuyorum
menu-standing = Ayaktayım
menu-your-week = Haftanız
menu-open-config = Yapılandırma dosyasını aç
menu-start-at-login = Oturum açılınca başlat
menu-quit = Çık

## Bildirimler

# $length: a duration-adjective
reminder-summary = { $length } esneme zamanı
# $step: the exercise's first step
reminder-body = { $exercise }: { $step }
# Hatırlatmanın düğmeleri; $duration: "10 dk"
reminder-start = Esnemeyi başlat
reminder-snooze = { $duration } ertele
reminder-skip = Atla
notice-config-removed = posture-break: yapılandırma dosyası silindi
notice-config-removed-body = { $path } silindi; dosya yeniden yazılana kadar varsayılanlar kullanılıyor
# Yapılandırma hatasının kendisi İngilizce olarak, dosya:satır:sütun ile birlikte gelir.
notice-config-not-applied = posture-break: yapılandırma uygulanmadı
notice-keeping-config = son geçerli yapılandırma korunuyor
notice-keeping-exercises = son geçerli egzersizler korunuyor
notice-using-defaults = varsayılanlar kullanılıyor
welcome-summary = posture-break çalışıyor
# Uygulamayı gösteren bir tepsi olmadığında karşılama (AppIndicator uzantısı olmayan GNOME)
welcome-body-no-tray = İlk { $length } esnemeniz: { $first }, ardından { $interval } arayla.
    Bu masaüstü tepsi simgesi göstermiyor: posture-break uygulamasını uygulama başlatıcınızdan açın (orada sağ tıklayınca "Esnemeyi şimdi başlat", "Ertele", "1 saat duraklat" ve "Haftanız" çıkar) ya da posture-break open komutunu çalıştırın. Ayarlar: { $config }
# $first: the first stretch's time; $interval: a duration; $config: the config file's path
welcome-body = posture-break sistem tepsisinde çalışır. İlk { $length } esnemeniz: { $first }, ardından { $interval } arayla.
    Menü için tepsi simgesine sağ tıklayın (esneme başlatma, erteleme, duraklatma); sol tıklama haftanızı gösterir. Ayarlar: { $config }

## Esneme penceresi

# Halkadaki geri sayımın altında (kısa tutun: halka küçük)
stretch-time-left = kaldı
stretch-paused = Duraklatıldı
stretch-step-of = Adım { $step }/{ $steps }
stretch-done = Bitti
stretch-skip = Atla
# The sound toggle's name for screen readers
stretch-sound = Ses
# The keys line; $paused and $sound are "true" or "false"
stretch-keys = { $paused ->
    [true] Boşluk: devam
   *[false] Boşluk: duraklat
} · Enter: bitti · Esc: atla{ $sound ->
    [true] {" · V: ses"}
   *[false] {""}
}
feeling-keys = 1 İyi · 2 Bana göre değil · 3 Acıttı · Esc: kapat. Yanıt vermemek de olur.
hurt-title = Bu esneme acıttı
hurt-keys = Enter veya Esc ile kapanır
window-close = Kapat

## Hafta penceresi

week-window-title = posture-break — Haftanız
week-title = Haftanız
week-last-7-days = Son 7 gün
week-completion = Tamamlama
# $rate_28: a percentage ("%80") or "–"
week-completion-detail = Bu hafta önerilen { $offered } esnemeden { $completed } tanesi yapıldı; 28 gün: { $rate_28 }
week-streak = Seri
week-streak-days = { $days ->
    [one] { $days } gün
   *[other] { $days } gün
}
week-legend-stretches = esnemeler
week-legend-natural-breaks = doğal molalar
week-legend-standing = ayakta geçen süre (aşağıda)
week-legend-sitting = oturarak geçen süre (aşağıda)
week-last-28-days = Son 28 gün: { $completed } esneme, { $breaks } doğal mola
# A label under the 28 days' bars; $month: 1 to 12
day-and-month = { $day } { $month ->
    [1] Oca
    [2] Şub
    [3] Mar
    [4] Nis
    [5] May
    [6] Haz
    [7] Tem
    [8] Ağu
    [9] Eyl
    [10] Eki
    [11] Kas
   *[12] Ara
}
week-keys = Esc ile kapanır
# A day's time in one position, short: "45dk", "5sa", "1sa05" ($minutes has two digits there)
time-compact-minutes = { $minutes }dk
time-compact-hours = { $hours }sa
time-compact = { $hours }sa{ $minutes }

## `stats`

# A row's label; the values line up after the longest label
stats-label = { $label }:
stats-today = Bugün
stats-last-7-days = Son 7 gün
stats-last-28-days = Son 28 gün
stats-completion = Tamamlama
stats-positions = Pozisyonlar
stats-streak = Seri
stats-kinds = Türler
stats-rated-good = İyi puanlananlar
stats-day = { $completed } tamamlandı, { $natural_breaks ->
    [one] { $natural_breaks } doğal mola
   *[other] { $natural_breaks } doğal mola
}, { $skipped } atlandı, { $reminded } hatırlatma
stats-completion-rate = %{ $percent } (son 7 gün)
stats-no-reminders-yet = henüz hatırlatma yok (son 7 gün)
# $span: today, last_7_days; $standing, $sitting: "1 sa 20 dk"
stats-positions-value = { $span ->
    [today] bugün
   *[last_7_days] son 7 günde
} ayakta { $standing }, oturarak { $sitting }
stats-kinds-value = { $mobility } mobilite, { $strength } kuvvet (son 7 gün)

## Uygulamanın kendi penceresi (`posture-break open`), tepsisi olmayan masaüstleri için

## `sync status`: several computers through a synced folder

sync-off = Eşitleme kapalı: molaları bilgisayarlarınız arasında paylaşmak için yapılandırmada [sync] folder ayarlayın.
# $name: this computer's name; $folder: the folder as written in the config
sync-here = Bu bilgisayar { $folder } içinde { $name }
sync-no-peers = Oraya henüz başka bir bilgisayar yazmadı.
# $presence: away, here; $when: "2026-12-07 10:05"
sync-peer = { $name }: { $presence ->
    [away] uzakta
   *[here] kullanımda
}, son haber { $when }
sync-peer-silent = { $name }: henüz okunabilir bir şey yok

home-window-title = posture-break
home-keys = Yukarı/Aşağı · Enter: seç · Sağ/Sol: alt menü · Esc: kapat

## Egzersizler: İngilizce kaynak `assets/exercises.toml`; kimlikler ve adım sayısı onunla aynıdır.
## Uyarılar ve güvenlik notları aslına sadık kalmalıdır: ne zaman durulacağını söylerler.

exercises-notice = Bu esneme hareketleri genel bilgilendirme amaçlıdır, tıbbi tavsiye değildir; nazikçe hareket edin ve herhangi bir yeriniz ağrırsa durun.
exercises-red-flags = Bacaklarınıza doğru inen uyuşma veya karıncalanma, göğüs ağrısı ya da bağırsak veya mesane kontrolünde değişiklik varsa bu esneme hareketlerini yapmadan önce bir sağlık uzmanıyla konuşun.

exercise-cat-cow = Kedi-İnek
    .caution = Yalnızca rahat bir hareket açıklığında hareket edin; diz çökmek acıtıyorsa dizlerinizin altına bir şey koyun ya da bu hareketi atlayın.
    .step-1 = Elleriniz ve dizleriniz üzerinde durun; bilekler omuzların, dizler kalçaların altında olsun.
    .step-2 = Nefes alın, karnınızı aşağı bırakın ve göğsünüzü kaldırın, hafifçe ileri bakın.
    .step-3 = Nefes verin, sırtınızı tavana doğru yuvarlayın ve başınızı aşağı bırakın.
    .step-4 = Nefesinizle birlikte iki şekil arasında yavaşça akmaya devam edin.
    .step-5 = Düz sırta dönün, sonra dinlenmek için kalçanızı topuklarınıza doğru geri oturtun.

exercise-seal-stretch = Fok Esnemesi
    .caution = Kollarınızı düzleştirmek belinizi zorluyorsa bunun yerine ön kollarınızın üzerinde kalın.
    .step-1 = Yüzüstü uzanın, elleriniz omuzlarınızın altında yerde olsun.
    .step-2 = Ellerinizle yerden itip göğsünüzü kaldırın, kalçanızı yerde tutun.
    .step-3 = Sırtınızın hafifçe kavislenmesine izin vererek bekleyin; omuzlarınızı kulaklarınızdan uzak tutun.
    .step-4 = Yavaşça inin, sonra yalnızca rahat hissettiğiniz kadar tekrar yükselin.
    .step-5 = Yere inin ve alnınızı ellerinizin üzerine koyun.

exercise-seated-trunk-rotation = Oturarak Gövde Döndürme
    .caution = Sektirmeden ve hareketin sonunu zorlamadan akıcı biçimde dönün.
    .step-1 = Sandalyenizin ön kısmına dik oturun, iki ayağınız yere düz bassın.
    .step-2 = Kollarınızı göğsünüzde çaprazlayın, elleriniz karşı omuzlarınızda dursun.
    .step-3 = Kalçanızı öne dönük tutarak üst gövdenizi yavaşça sağa çevirin.
    .step-4 = Ortaya dönün, sonra yavaşça sola çevirin.
    .step-5 = Dönerken nefes vererek nazikçe taraf değiştirmeye devam edin.

exercise-bent-over-iyt = Öne Eğilerek I/Y/T
    .caution = Boynunuzu sırtınızla aynı hizada tutun; öne eğilmek belinizi rahatsız ediyorsa eğilmeyi atlayın.
    .step-1 = Dizleriniz hafif bükülü durun ve kalçadan öne eğilin; sırtınız düz, kollarınız aşağı sarkık olsun.
    .step-2 = I yapın: iki kolunuzu kulaklarınızın yanından öne doğru kaldırın, başparmaklar yukarıda; sonra yavaşça indirin.
    .step-3 = Y yapın: kürek kemiklerinizi sıkıştırarak kollarınızı yukarı ve yanlara kaldırın; sonra yavaşça indirin.
    .step-4 = T yapın: kollarınızı düz şekilde yanlara kaldırın, sonra kontrollü biçimde indirin.
    .step-5 = Yavaşça doğrulun ve kollarınızı gevşetin.

exercise-seated-cat-cow = Oturarak Kedi-İnek
    .caution = Hareketi yavaş ve ağrısız yapın, özellikle boyunda.
    .step-1 = Sandalyenizin ön kısmına oturun, elleriniz dizlerinizin üzerinde dursun.
    .step-2 = Nefes alın, göğsünüzü öne doğru kaldırın ve omuzlarınızı geriye ve aşağı çekin.
    .step-3 = Nefes verin, üst sırtınızı yuvarlayın ve çenenizi göğsünüze doğru bırakın.
    .step-4 = Nefesinizle birlikte iki pozisyon arasında yavaşça hareket etmeye devam edin.
    .step-5 = Rahat, gevşek bir pozisyonda dik oturarak bitirin.

exercise-chin-tucks = Çene İçe Çekme
    .caution = Nazikçe hareket edin; baş dönmesi, karıncalanma ya da kolunuza yayılan ağrı hissederseniz durun.
    .step-1 = Omuzlarınız gevşek, gözleriniz tam karşıya bakarak dik oturun.
    .step-2 = Başınızı eğmeden, çift çene yapıyormuş gibi çenenizi düz geriye kaydırın.
    .step-3 = Kafatasınızın tabanında hafif bir gerilme hissederek birkaç saniye bekleyin.
    .step-4 = Bırakın ve bakışınızı düz tutarak yavaşça tekrarlayın.
    .step-5 = Boynunuzu gevşetin ve nefesinizin yatışmasına izin verin.

exercise-shoulder-blade-squeeze = Kürek Kemiği Sıkıştırma
    .caution = Nazikçe sıkıştırın, boynunuzu gevşek tutun ve belinizi kavislendirmekten kaçının.
    .step-1 = Kollarınız yanlarınızda gevşek, dirsekleriniz hafif bükülü olarak dik oturun.
    .step-2 = Aralarında bir kalem tutuyormuş gibi kürek kemiklerinizi geriye ve aşağı çekin.
    .step-3 = Omuz silkmeden, normal nefes alarak yaklaşık beş saniye tutun.
    .step-4 = Yavaşça bırakın, sonra sıkıştırmayı rahat bir tempoda tekrarlayın.
    .step-5 = Omuzlarınızı tamamen gevşetin.

exercise-seated-w-squeeze = Oturarak W Sıkıştırma
    .caution = Hareketi küçük ve rahat tutun, boynunuz uzun olsun; omuzlarınızda herhangi bir sıkışma olmadan önce durun.
    .step-1 = Sırt dayanağından uzakta dik oturun; ayaklarınız yere düz bassın, kollarınız yanlarınızda gevşek olsun.
    .step-2 = Dirseklerinizi bükün ve ellerinizi omuz hizasına kaldırın, avuç içleri öne baksın; bir W oluşturun.
    .step-3 = Dirseklerinizi aşağı ve geriye çekerek kürek kemiklerinizi birbirine yaklaştırın.
    .step-4 = Bir nefes boyunca tutun, sonra yavaşça W'ye dönün; rahat bir tempoda tekrarlayın.
    .step-5 = Kollarınızı indirin ve omuzlarınızı gevşetin.

exercise-neck-side-stretch = Boyun Yan Esnetme
    .caution = Başınızı çekmeyin; karıncalanma ya da baş dönmesi hissederseniz durun.
    .step-1 = Dik oturun ve sağ elinizle sandalyenizin oturağının kenarını tutun.
    .step-2 = Boynunuzun sağ tarafında gerilme hissedene kadar sol kulağınızı sol omzunuza doğru eğin.
    .step-3 = Başınızı yavaşça ortaya getirin.
    .step-4 = Oturağı sol elinizle tutun ve sağ kulağınızı sağ omzunuza doğru eğin.
    .step-5 = Başınızı ortaya getirin ve omuzlarınızı gevşetin.

exercise-levator-scapulae-stretch = Levator Skapula Esnetme
    .caution = Başınızı çekmeyin; karıncalanma, baş dönmesi ya da keskin ağrı hissederseniz esnetmeyi hafifletin.
    .step-1 = Dik oturun ve sağ elinizle sandalyenizin oturağının kenarını tutun.
    .step-2 = Başınızı biraz sola çevirin ve burnunuzu sol koltuk altınıza doğru indirin.
    .step-3 = Başınızı yavaşça kaldırıp ortaya getirin.
    .step-4 = Oturağı sol elinizle tutun ve burnunuzu sağ koltuk altınıza doğru indirin.
    .step-5 = Başınızı yavaşça kaldırıp ortaya getirin ve omuzlarınızı gevşetin.

exercise-seated-thread-the-needle = Oturarak İğneye İplik Geçirme
    .caution = Kalçanızı sabit tutun ve yalnızca rahat olduğu kadar dönün.
    .step-1 = Ayaklarınız yere düz basarak dik oturun, sol eliniz sağ dizinizin üzerinde dursun.
    .step-2 = Sağ kolunuzu vücudunuzun önünden sola doğru uzatın; üst sırtınızın yuvarlanıp dönmesine izin verin.
    .step-3 = Sağ kolunuzu geniş bir hareketle geriye ve yukarı, tavana doğru götürün; göğsünüzü sağa çevirin.
    .step-4 = Elleri değiştirin ve sol kolunuzu vücudunuzun önünden sağa doğru uzatın.
    .step-5 = Sol kolunuzu geniş bir hareketle geriye ve yukarı, tavana doğru götürün; göğsünüzü sola çevirin.
    .step-6 = Ortaya dönün, dik oturun ve yavaş bir nefes alın.

exercise-seated-open-book = Oturarak Açık Kitap
    .caution = Kalçanızı öne dönük tutun ve omzunuzda herhangi bir sıkışma olmadan önce durun.
    .step-1 = Dik oturun ve iki kolunuzu omuz hizasında tam önünüze uzatın, avuç içleri birleşik olsun.
    .step-2 = Sağ kolunuzu geniş bir hareketle yana ve geriye açın; göğsünüz ve gözleriniz elinizi takip etsin.
    .step-3 = Kolu geri getirin, sonra sol kolunuzu yana ve geriye açarak sola dönün.
    .step-4 = Yalnızca rahat hissettiğiniz kadar açılarak yavaşça sırayla devam edin.
    .step-5 = Kollarınızı indirin ve dik oturun.

exercise-shoulder-rolls = Omuz Çevirme
    .caution = Daireleri yavaş ve akıcı yapın; bir yer sıkışırsa daireleri küçültün.
    .step-1 = Kollarınız yanlarınızda gevşekçe sarkarak dik oturun.
    .step-2 = Omuzlarınızı kulaklarınıza doğru kaldırın, sonra yavaş daireler çizerek geriye ve aşağı çevirin.
    .step-3 = Yönü değiştirin ve omuzlarınızı yavaş daireler çizerek öne doğru çevirin.
    .step-4 = Birkaç geriye çevirmeyle bitirin; her seferinde omuzlarınızı aşağı bırakın.
    .step-5 = Nefes verin ve kollarınızın ağırca sarkmasına izin verin.

exercise-chair-back-extension = Sandalye Sırtlığında Geriye Esneme
    .caution = Kaymayan ve arkaya yatmayan sağlam bir sandalye kullanın ve yalnızca rahat olduğu kadar geriye yaslanın.
    .step-1 = Sırt dayanağı yaklaşık kürek kemiklerinizin alt ucuna gelen bir sandalyeye yaslanarak oturun.
    .step-2 = Kollarınızı göğsünüzde çaprazlayın ya da ellerinizle başınızı hafifçe destekleyin.
    .step-3 = Sırt dayanağının üst kenarı üzerinden nazikçe geriye yaslanın, üst sırtınızın kavislenmesine izin verin.
    .step-4 = Dik konuma dönün, sonra nefes vererek yeniden geriye yaslanın.
    .step-5 = Yavaşça doğrulun ve gevşeyin.

exercise-doorway-chest-opener = Kapı Aralığında Göğüs Açma
    .caution = Esnemeyi hafif tutun; ellerinizde karıncalanma ya da omzunuzda sıkışma hissederseniz geri çekilin.
    .step-1 = Bir kapı aralığında durun; ön kollarınız kasada, dirsekleriniz omuz hizasında olsun.
    .step-2 = Bir ayağınızla öne adım atın ve göğsünüz boyunca gerilme hissedene kadar nazikçe öne yaslanın.
    .step-3 = Yavaş nefes alıp omuzlarınızı aşağıda tutarak esnemede kalın.
    .step-4 = Geri gelin, sonra yeniden öne yaslanın; yalnızca rahatsa biraz daha ileri gidin.
    .step-5 = Kapı aralığından çıkın ve kollarınızın gevşekçe sarkmasına izin verin.

exercise-wall-angels = Duvar Melekleri
    .caution = Kollarınızın duvara değmesi gerekmez; omuzlarınızda herhangi bir sıkışma olmadan önce durun.
    .step-1 = Sırtınızı duvara verin; ayaklarınız küçük bir adım önde, dizleriniz hafif bükülü olsun.
    .step-2 = Kollarınızı kale direği şeklinde kaldırın; kollarınızın arka yüzü duvara dönük olsun.
    .step-3 = Kollarınızı, rahat olduğu kadar duvara yakın tutarak yavaşça duvar boyunca yukarı kaydırın.
    .step-4 = Kürek kemiklerinizi aşağı çekerek kollarınızı kale direği şekline geri indirin.
    .step-5 = Kollarınızı duvara zorlamadan yavaşça yukarı aşağı kaydırmaya devam edin.

exercise-standing-y-raise = Ayakta Y Kaldırma
    .caution = Belinizi kavislendirmeden, kollarınızı yalnızca rahat hissettiğiniz kadar kaldırın.
    .step-1 = Ayaklarınız kalça genişliğinde, dizleriniz hafif bükülü, kollarınız yanlarınızda ve başparmaklarınız önde olacak şekilde dik durun.
    .step-2 = Kürek kemiklerinizi hafifçe geriye ve aşağı çekin.
    .step-3 = Düz kollarınızı yukarı ve yanlara doğru Y şeklinde kaldırın; başparmaklar yukarıyı göstersin.
    .step-4 = Omuzlarınızı kulaklarınızdan uzak tutarak kollarınızı yavaşça indirin ve rahat bir tempoda tekrar kaldırın.
    .step-5 = Kollarınızı sarkıtın ve omuzlarınızı gevşetin.

exercise-standing-side-bend = Ayakta Yana Eğilme
    .caution = Öne değil, tam yana eğilin ve esnemeyi hafif tutun.
    .step-1 = Ayaklarınız kalça genişliğinde, kollarınız yanlarınızda dik durun.
    .step-2 = Sağ kolunuzu başınızın üzerinden uzatın ve nazikçe sola eğilin; sağ yanınızın uzadığını hissedin.
    .step-3 = Yavaşça ortaya dönün.
    .step-4 = Sol kolunuzu başınızın üzerinden uzatın ve nazikçe sağa eğilin.
    .step-5 = Eğilirken nefes vererek yavaşça taraf değiştirmeye devam edin.

exercise-clasped-hands-chest-opener = Kenetli Ellerle Göğüs Açma
    .caution = Kollarınızı yalnızca biraz kaldırın; omuzlarınızın ön tarafında sıkışma hissederseniz durun.
    .step-1 = Dik durun ve ellerinizi arkanızda kenetleyin ya da aralarında bir havlu tutun.
    .step-2 = Kollarınızı nazikçe düzleştirin ve göğsünüzü kaldırırken kürek kemiklerinizi birbirine yaklaştırın.
    .step-3 = Çenenizi düz, omuzlarınızı kulaklarınızdan uzak tutarak bekleyin ve yavaş nefes alın.
    .step-4 = Bırakın, omuzlarınızı birkaç kez çevirin, sonra ellerinizi yeniden kenetleyip kaldırın.
    .step-5 = Ellerinizi bırakın ve kollarınızın gevşekçe sarkmasına izin verin.

exercise-thread-the-needle = İğneye İplik Geçirme
    .caution = Boynunuza ağırlık vermeyin; diz çökmek acıtıyorsa dizlerinizin altına bir şey koyun ya da bu hareketi atlayın.
    .step-1 = Elleriniz ve dizleriniz üzerinde durun; bilekler omuzların, dizler kalçaların altında olsun.
    .step-2 = Sağ kolunuzu gövdenizin altından sola kaydırın, sağ omzunuzu yere doğru indirin.
    .step-3 = Geri açılın ve sağ kolunuzu tavana doğru uzatın, gözlerinizle takip edin.
    .step-4 = Sol kolunuzu gövdenizin altından sağa kaydırın, sol omzunuzu yere doğru indirin.
    .step-5 = Geri açılın ve sol kolunuzu tavana doğru uzatın, gözlerinizle takip edin.
    .step-6 = Ellerinizin ve dizlerinizin üzerine dönün, sonra dinlenmek için kalçanızı topuklarınıza doğru geri oturtun.

## Screen readers: the windows' texts read aloud, where the screen shows them apart

# $step, $steps: numbers; $text: the step's words
access-step = Adım { $step }/{ $steps }: { $text }
# $time: minutes and seconds left, e.g. 0:42; $paused: yes or no
access-time = { $paused ->
    [yes] { $time }, duraklatıldı
   *[no] { $time } kaldı
}
# $day: a short weekday name (weekday-short); $count: stretches completed that day
access-week-day = { $day } { $count }
# $days: the last seven days, each an access-week-day, joined by commas
access-week-last-7 = Son 7 gün: { $days }
# $rate: a percentage such as 80%; $detail: week-completion-detail
access-week-completion = Tamamlama: { $rate } ({ $detail })
# $streak: week-streak-days
access-week-streak = Seri: { $streak }

## Errors in the config file and in the user's exercises file, after "file:line:column: ".
## Keys, sections, paths and values in backticks or quotes stay exactly as written: they are
## what the person types in the file. Only the words around them are translated.
## $suggestion is the closest allowed word, or "none" when nothing is close.

# $bytes: the file's size; $max: the limit in KiB
config-too-big = dosya { $bytes } bayt; burada bir dosya en fazla { $max } KiB olabilir, doğru dosya bu mu?
config-not-utf8 = geçersiz UTF-8: dosya UTF-8 metin olarak kaydedilmelidir
# $what: key or section; $name: as written ([brackets] included for a section);
# $allowed: the keys or sections allowed there, comma-separated
config-unknown-name = { $what ->
    [section] bilinmeyen bölüm `{ $name }`
   *[key] bilinmeyen anahtar `{ $name }`
}{ $suggestion ->
    [none] {""}
   *[other] ; şunu mu demek istediniz: `{ $suggestion }`?
} (burada izin verilenler: { $allowed })
# $key: a key written at the top that belongs in $section; $detail: config-unknown-name
config-key-belongs = `{ $key }` [{ $section }] bölümüne aittir: onu bir `[{ $section }]` satırının altına yazın ({ $detail })
# $name: the section as written, e.g. [schedule]
config-duplicate-section = yinelenen bölüm `{ $name }`: her bölüm yalnızca bir kez yer alabilir; anahtarlarını ilk bölümde birleştirin
# $name: the key
config-duplicate-key = yinelenen anahtar `{ $name }`: her anahtar yalnızca bir kez yer alabilir
config-duplicate-key-unnamed = yinelenen anahtar: her anahtar yalnızca bir kez yer alabilir
# $value: the bare word written (yes, no, on, off…)
config-yes-no = `{ $value }` bir değer değil: evet/hayır için true ya da false yazın (küçük harfle, tırnaksız)
# $value: the text written without quotes
config-quote-text = metin tırnak içinde olmalıdır: "{ $value }" yazın
config-quote-text-example = metin tırnak içinde olmalıdır, ör. "45m"
config-unclosed-string = kapatılmamış dize: kapanış `"` işareti eksik
# $found: a config-found; $expected: a config-expected
config-wrong-type = yanlış tür — bulunan: { $found }; beklenen: { $expected }
# What the file has where another type belongs. $value: as written
config-found = { $kind ->
    [integer] tamsayı `{ $value }`
    [float] kayan noktalı sayı `{ $value }`
    [boolean] mantıksal değer `{ $value }`
    [string] dize { $value }
    [list] bir liste
    [table] bir tablo
    [date] bir tarih `{ $value }`
    [datetime] bir tarih ve saat `{ $value }`
    [time] bir saat `{ $value }`
   *[other] { $value }
}
# What a key takes. $name: the section for a table, else the reader's own English words
config-expected = { $what ->
    [boolean] true ya da false
    [string] bir dize
    [list] köşeli parantez içinde bir liste, ör. ["a", "b"]
    [table] bir tablo: [{ $name }]
    [duration] "45m", "1h 30m" ya da "90s" gibi bir süre dizesi
    [sit-stand] iki süreden oluşan bir tablo: {"{"} sit = "40m", stand = "20m" {"}"}
    [integer] bir tamsayı
    [number] bir sayı
   *[other] { $name }
}
# $name: the section
config-section-list = `{ $name }` tek bir tablo olmalı ve [{ $name }] olarak yazılmalıdır; [[{ $name }]] gibi bir tablo listesi olamaz
# $key: the key that must be there
config-missing-key = `{ $key }` alanı eksik
# The TOML reader's findings. $detail: its own English words, for the rarer ones
config-syntax = { $problem ->
    [key-no-value] değeri olmayan anahtar
    [unclosed-table] kapatılmamış tablo
    [unclosed-array-table] kapatılmamış tablo listesi
    [unclosed-array] kapatılmamış liste
    [unclosed-inline-table] kapatılmamış satır içi tablo
    [missing-comma-array] liste öğeleri arasında virgül eksik
    [missing-comma-table] anahtar-değer çiftleri arasında virgül eksik
    [missing-value] değer eksik
    [extra-comma] fazladan virgül
    [extra-equals] fazladan `=`
    [invalid-key] geçersiz tırnaksız anahtar
    [invalid-string] geçersiz dize
    [invalid-value] geçersiz değer
    [unexpected-content] beklenmeyen içerik
   *[other] { $detail }
}
# $syntax: a config-syntax; $expected: the marks that may come here, in backticks, or config-syntax-thing
config-syntax-expected = { $syntax }, beklenen: { $expected }
config-syntax-thing = { $thing ->
    [key] bir anahtar
   *[value] bir değer
}

# Durations ("45m", "1h 30m", "90s")
config-duration-empty = boş süre; ör. "45m", "1h 30m" ya da "90s" yazın
config-duration-negative = negatif süreler kullanılamaz
# $value: as written
config-duration-unreadable = `{ $value }` süre olarak okunamıyor; ör. "45m", "1h 30m" ya da "90s" yazın
# $value: the number written without a unit
config-duration-no-unit = `{ $value }` için birim yok; dakika için "{ $value }m", saniye için "{ $value }s" yazın
# $unit: the unit written
config-duration-unknown-unit = bilinmeyen birim `{ $unit }`; s, m ya da h kullanın (ör. "45m", "1h 30m", "90s")
config-duration-too-large = süre çok uzun
# $value: as written; $reason: one of the config-duration messages above
config-value-reason = `{ $value }`: { $reason }
# $value: the number written
config-duration-number = süreler birimli dizelerdir: { $value } değil, "{ $value }m" ya da "{ $value }s" yazın
config-duration-fraction = süreler "90s" gibi birimli dizelerdir, { $value } sayısı değil
# $zero: yes when the value is zero, else no; $value, $min, $max: durations such as 45m
config-out-of-range = { $zero ->
    [yes] `{ $key }` sıfır olamaz: değeri { $value }, izin verilen aralık { $min } ile { $max } arası
   *[no] `{ $key }` aralık dışında: değeri { $value }, izin verilen aralık { $min } ile { $max } arası
}
config-choices-empty = `{ $key }` boş: en az bir süre verin, ör. ["10m"]
# $count: entries written; $max: entries a menu takes
config-choices-too-many = `{ $key }` içinde { $count } öğe var; bir menüye en fazla { $max } öğe sığar
# $stretch, $interval: durations such as 45m
config-stretch-longer = `stretch.duration` ({ $stretch }), `schedule.interval` ({ $interval }) değerinden uzun; bir esneme iki hatırlatma arasına sığmalıdır
# $idle, $natural: durations such as 5m
config-idle-longer = `presence.idle_after` ({ $idle }), `presence.natural_break` ({ $natural }) değerinden uzun; uzakta geçen süre mola sayılmadan önce uzakta olduğunuz algılanmalıdır
# $every, $interval: durations such as 45m
config-nudge-not-shorter = `posture.nudge_every` ({ $every }), `schedule.interval` ({ $interval }) değerinden kısa olmalıdır: duruş hatırlatmaları esnemelerin arasında gelir

# Times of day
config-time-unquoted = günün saati tırnak içinde yazılır, ör. "08:00"
# $value: as written
config-time-bad = `{ $value }` bir saat değil; "00:00" ile "23:59" arasında 24 saatlik "HH:MM" biçimini kullanın

# Words from a short list. $key: the key; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-word-unknown = `{ $key }` değeri "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(şunu mu demek istediniz: "{ $suggestion }"?)
}; izin verilenler: { $allowed }
config-language-unknown = `general.language` değeri "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(şunu mu demek istediniz: "{ $suggestion }"?)
}; diller: { $allowed }
config-positions-empty = `stretch.positions` boş: "seated", "standing", "floor" değerlerinden en az birini yazın
# $what: position, kind or area; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-unknown-word = { $what ->
    [position] bilinmeyen pozisyon "{ $value }";
    [kind] bilinmeyen tür "{ $value }";
   *[area] bilinmeyen bölge "{ $value }";
}{ $suggestion ->
    [none] {""}
   *[other] {" "}şunu mu demek istediniz: "{ $suggestion }"?
} izin verilenler: { $allowed }
config-hold-when-unknown = `{ $value }` bir hatırlatmayı bekletebilecek bir şey değil{ $suggestion ->
    [none] {""}
   *[other] {" "}(şunu mu demek istediniz: `{ $suggestion }`?)
}; izin verilenler: { $allowed }

# [sync]. $name: the machine name as written; $max: its longest length; $char: the character, quoted
config-sync-name = { $problem ->
    [empty] `sync.name` "{ $name }" boş
    [too-long] `sync.name` "{ $name }" { $max } karakterden uzun
    [character] `sync.name` "{ $name }" içinde { $char } var: harf, rakam, '-', '_' ve '.' kullanın (bir dosyanın adı olur)
    [dot] `sync.name` "{ $name }" '.' ile başlıyor: bu tür dosyalar gizlidir ya da bir eşitleme programının kendisine aittir
   *[conflict] `sync.name` "{ $name }" bir Syncthing çakışma kopyasına benziyor
}
config-sync-name-alone = `sync.folder` olmadan `sync.name`: eşitleme yalnızca bir klasörle açılır, ör. folder = "~/Sync/posture-break"
config-sync-folder-empty = `sync.folder` boş: eşitlenen klasörü verin, ör. "~/Sync/posture-break", ya da eşitlemeyi kapalı tutmak için bu anahtarı hiç yazmayın
# $folder: as written
config-sync-folder-relative = `sync.folder` "{ $folder }" göreli bir yol: tam bir yol ya da ev dizininizin altında bir yol yazın, ör. "~/Sync/posture-break"

# [working_hours]
config-days-empty = `working_hours.days` boş: hatırlatmaların gelebileceği günleri yazın, ör. ["mon", "tue", "wed", "thu", "fri"] (bir günü boş bırakmak için ör. `fri = []` yazın; hiç çalışma saati olmaması için bölümü kaldırın)
# $value: as written
config-day-unknown = `{ $value }` bir gün değil{ $suggestion ->
    [none] {""}
   *[other] {" "}(şunu mu demek istediniz: `{ $suggestion }`?)
}; mon, tue, wed, thu, fri, sat, sun kullanın
# $key: hours or a day (mon…sun); $value: the range as written; $part: the time in it
config-hours-not-range = `working_hours.{ $key }`: `{ $value }` bir saat aralığı değil; aralıkları 24 saatlik biçimde "HH:MM-HH:MM" olarak yazın, ör. "09:00-17:30"
config-hours-not-time = `working_hours.{ $key }`: `{ $value }`: `{ $part }` bir saat değil; aralıkları 24 saatlik biçimde "HH:MM-HH:MM" olarak yazın, ör. "09:00-17:30"
config-hours-out-of-day = `working_hours.{ $key }`: `{ $value }`: `{ $part }` günün bir saati değil (00:00 ile 23:59 arası; 24:00 yalnızca bitiş olarak)
config-hours-empty = `working_hours.{ $key }`: `{ $value }` boş: başlangıcı ile bitişi aynı saat
# $other: the earlier range it overlaps
config-hours-overlap = `working_hours.{ $key }`: `{ $value }`, `{ $other }` ile çakışıyor; her saati yalnızca bir kez verin

# The user's exercises file. $id: the exercise id as written
config-exercise-id-bad = egzersiz kimliği "{ $id }" a-z, 0-9 ve '-' karakterlerinden oluşmalı ve 1–64 karakter uzunluğunda olmalıdır
config-exercise-id-taken = egzersiz kimliği "{ $id }" zaten kullanılıyor; kimlikler benzersiz olmalıdır
# $field: name or caution
config-exercise-field-length = `{ $field }` 1–200 karakter olmalıdır
# $allowed: the areas, quoted and comma-separated
config-exercise-areas-empty = `areas` boş; şunlardan en az birini yazın: { $allowed }
config-exercise-steps-count = `steps` 1 ile 12 arasında adım içermelidir
# $secs: as written
config-exercise-step-secs = adımın `secs` değeri { $secs }; izin verilen aralık 1 ile 600 arası
config-exercise-step-text = adımın `text` değeri 1–300 karakter olmalıdır
config-exercise-flow-without-pose = `flow` için başlangıç olacak bir `pose` gerekir: ilk şekli `pose` olarak yazın
config-exercise-flow-count = `flow` 1 ile 7 arasında şekil içermelidir
# A figure's pose out of bounds, in the pose model's own English words (joint names, degrees)
config-exercise-pose = { $detail }

## The launcher (the desktop entry): how app menus describe it, and its right-click actions
## (the others are the tray menu's: menu-stretch-now, menu-snooze, menu-your-week)

launcher-generic-name = Esneme molası hatırlatıcısı
launcher-comment = Her 45 dakikada bir sırtın orta kısmı, boyun ve omuzlar için bir dakikalık rehberli esneme önerir
launcher-pause-hour = 1 saat duraklat
launcher-open = Pencereyi aç
