# posture-break : français. Mêmes messages, attributs et variables que en.ftl.
# Les clés, chemins et valeurs de la configuration restent tels quels.

## Mots utilisés à plusieurs endroits

# $day: mon, tue, wed, thu, fri, sat, sun
weekday-short = { $day ->
    [mon] lun.
    [tue] mar.
    [wed] mer.
    [thu] jeu.
    [fri] ven.
    [sat] sam.
   *[sun] dim.
}
# $position: seated, standing, floor
exercise-position = { $position ->
    [seated] assis
    [standing] debout
   *[floor] au sol
}
# $kind: mobility, strength
exercise-kind = { $kind ->
    [mobility] mobilité
   *[strength] renforcement
}
# $area: middle_back, neck, shoulders
exercise-area = { $area ->
    [middle_back] milieu du dos
    [neck] cou
   *[shoulders] épaules
}

# $day: un weekday-short ; $time: 09:00
day-and-time = { $day } { $time }
# Une durée, « 1 heure 30 minutes » : les parties reliées par duration-join.
duration-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
duration-seconds = { $count ->
    [one] { $count } seconde
   *[other] { $count } secondes
}
# $first, $second: deux parties d'une duration-*
duration-join = { $first } { $second }
duration-minutes-short = { $count } min
duration-hours-short = { $count } h
# « un étirement de 1 minute » ; $unit: minute ou second
duration-adjective = { $unit ->
    [minute] { $count ->
        [one] de { $count } minute
       *[other] de { $count } minutes
    }
   *[second] { $count ->
        [one] de { $count } seconde
       *[other] de { $count } secondes
    }
}
# $busy: fullscreen, do-not-disturb, camera
busy-what = { $busy ->
    [fullscreen] le plein écran
    [do-not-disturb] le mode Ne pas déranger
   *[camera] l'appel (caméra)
}
# $position: sitting, standing
you-are = { $position ->
    [sitting] Vous êtes en position assise
   *[standing] Vous êtes debout
}

## L'état en mots : la ligne d'état de la zone de notification

tray-next-stretch = Prochain étirement à { $time }
tray-back-from-break = Bon retour : cela a compté comme une pause ; prochain étirement à { $time }
tray-held-busy = Étirement prévu : en attente jusqu'à ce que { busy-what } se termine
tray-held-away = En attente de votre retour
tray-held-elsewhere = Étirement prévu : affiché sur l’ordinateur utilisé
# $when: une heure (10:35) ou un day-and-time
tray-off-until = Inactif jusqu'à { $when }
tray-off-none-ahead = Inactif : aucune heure de travail à venir
tray-reminding = Rappel affiché
tray-stretching = Étirement en cours
tray-snoozed-until = Reporté jusqu'à { $time }
tray-paused-until-resumed = En pause jusqu'à la reprise
tray-paused-until = En pause jusqu'à { $when }
tray-paused-until-tomorrow = En pause jusqu'à demain { $time }

## La phrase de la commande `status` (heures avec secondes)

status-snoozed-until = reporté jusqu'à { $time }
status-paused-until = en pause jusqu'à { $time }
status-paused-until-resumed = en pause jusqu'à la reprise
status-reminding = un rappel est affiché
status-held-busy = un étirement est prévu ; le rappel attend que { busy-what } se termine
status-held-away = un étirement est prévu ; le rappel attend votre retour
status-held-elsewhere = un étirement est prévu ; le rappel s’affiche sur l’ordinateur que vous utilisez
status-off-hours-until = hors des heures de travail jusqu'à { $time }
status-off-hours-none-ahead = hors des heures de travail (aucune à venir)
status-stretching = étirement en cours : { $exercise }
status-active = actif, prochain étirement à { $time }
# $interval: une durée ; $config: le chemin du fichier de configuration
status-sentence = { $summary } (intervalle : { $interval } ; configuration { $config })

## Quelques caractères pour une barre d'état (`status --format short`, texte de waybar)

# $state: active, snoozed, paused, reminding, stretching, held, off_hours
bar = { $state ->
    [reminding] étirez-vous
    [stretching] étirement
    [held] en attente
    [snoozed] reporté
    [paused] en pause
    [off_hours] inactif
   *[active] prochain
}
bar-with-time = { bar } { $time }
waybar-tooltip = posture-break : { $summary }
waybar-not-running = posture-break n'est pas lancé

## Progression et résumé des exercices (info-bulle, fenêtre de la semaine, `stats`)

progress-today = { $count ->
    [0] Pas encore d'étirement aujourd'hui
    [one] { $count } étirement aujourd'hui
   *[other] { $count } étirements aujourd'hui
}
# $today: un progress-today ; $streak: jours d'affilée avec un étirement
progress-with-streak = { $today } · { $streak ->
    [one] série de { $streak } jour
   *[other] série de { $streak } jours
}
exercises-this-week = { $mobility } mobilité, { $strength } renforcement cette semaine
# $split: un exercises-this-week ; $names: noms d'exercices reliés par list-separator
exercises-rated-good = { $split } · Notés « Bien » : { $names }
list-separator = {", "}

## La question après un étirement, et ce qu'affiche « Ça a fait mal »

feeling-question = Comment l'avez-vous ressenti ?
# $feeling: good, not_for_me, hurt
feeling-answer = { $feeling ->
    [good] Bien
    [not_for_me] Pas pour moi
   *[hurt] Ça a fait mal
}
hurt-stop = Arrêtez-vous et ne bougez que dans une amplitude confortable.
hurt-see-a-clinician = Consultez un professionnel de santé si la douleur persiste, ou si vous avez un engourdissement ou des fourmillements qui descendent dans les jambes, une douleur thoracique ou des changements dans le contrôle de la vessie ou des intestins.
# La ligne suivante montre la commande qui rétablit l'exercice.
hurt-not-offered-again = { $exercise } ne sera plus proposé. Pour le rétablir :
# Le rappel quand il ne reste aucun exercice à proposer. `positions` et [stretch] restent tels quels.
nothing-left-all-hurt = { $count ->
    [one] Le seul exercice que vos positions permettent est noté « Ça a fait mal », il n'y a donc aucun étirement à proposer. Effacez sa note (posture-break exercises rate ID clear) ou autorisez plus de positions avec `positions` sous [stretch] dans la configuration.
   *[other] Les { $count } exercices que vos positions permettent sont tous notés « Ça a fait mal », il n'y a donc aucun étirement à proposer. Effacez une note (posture-break exercises rate ID clear) ou autorisez plus de positions avec `positions` sous [stretch] dans la configuration.
}
nothing-left-no-position = Aucun exercice ne correspond à vos positions, il n'y a donc aucun étirement à proposer : autorisez plus de positions avec `positions` sous [stretch] dans la configuration.

## Rappels de posture entre les étirements

nudge-change-position = Changez de position
nudge-sit-back = Adossez-vous au dossier ; une serviette roulée derrière le bas du dos aide
nudge-shoulders = Relâchez les épaules et ramenez-les en arrière
nudge-stand-up-a-moment = Levez-vous un instant
nudge-time-to-stand = Il est temps de vous lever
nudge-time-to-sit = Il est temps de vous asseoir

## Les exercices en ligne de commande (`exercises list|show|next|rate`)

# $areas: zones du corps reliées par list-separator ; $done: nombre de fois fait ; $rating: un feeling-answer, ou "none"
exercise-list-details = { $areas } ; fait { $done } fois{ $rating ->
    [none] {""}
   *[other] , noté { $rating }
}
# $number: le numéro de l'étape ; $secs: sa durée en secondes
exercise-show-step = { $number }. { $text } ({ $secs } s)
exercise-caution = Attention : { $caution }
# $reason: strength_turn, favourite, rotation
pick-reason = { $reason ->
    [strength_turn] tour du renforcement : deux étirements de mobilité avant
    [favourite] favori : noté « Bien », proposé deux fois plus souvent
   *[rotation] rotation
}
# $rating: un feeling-answer
exercise-rated = { $exercise } : noté « { $rating } »
exercise-rating-cleared = { $exercise } : note effacée

## Le menu de la zone de notification (et celui de la zone XEmbed)

menu-stretch-now = Commencer un étirement maintenant
menu-snooze = Reporter
menu-pause = Mettre en pause
menu-until-tomorrow = Jusqu'à demain
menu-until-resumed = Jusqu'à la reprise
menu-resume = Reprendre
menu-posture-nudges = Rappels de posture
menu-sitting = Position assise
menu-standing = Position debout
menu-your-week = Votre semaine
menu-open-config = Ouvrir le fichier de configuration
menu-start-at-login = Lancer à l'ouverture de session
menu-quit = Quitter

## Notifications

# $length: un duration-adjective
reminder-summary = C'est l'heure d'un étirement { $length }
# $step: la première étape de l'exercice
reminder-body = { $exercise } : { $step }
# Les boutons du rappel ; $duration: "10 min"
reminder-start = Commencer l'étirement
reminder-snooze = Reporter de { $duration }
reminder-skip = Passer
notice-config-removed = posture-break : fichier de configuration supprimé
notice-config-removed-body = { $path } a été supprimé ; les valeurs par défaut s'appliquent jusqu'à ce qu'il soit réécrit
# L'erreur de configuration suit en anglais, avec fichier:ligne:colonne.
notice-config-not-applied = posture-break : configuration non appliquée
notice-keeping-config = la dernière configuration valide est conservée
notice-keeping-exercises = les derniers exercices valides sont conservés
notice-using-defaults = les valeurs par défaut sont utilisées
welcome-summary = posture-break est lancé
# L'accueil quand aucune zone de notification n'affiche l'application (GNOME sans l'extension AppIndicator)
welcome-body-no-tray = Votre premier étirement { $length } a lieu à { $first }, puis à intervalles de { $interval }.
    Ce bureau n'affiche pas d'icône dans la zone de notification : ouvrez posture-break depuis votre lanceur d'applications (un clic droit y propose « Commencer un étirement maintenant », « Reporter », « Mettre en pause 1 heure » et « Votre semaine »), ou lancez posture-break open. Réglages : { $config }
# $first: l'heure du premier étirement ; $interval: une durée ; $config: le chemin du fichier de configuration
welcome-body = posture-break fonctionne dans la zone de notification. Votre premier étirement { $length } a lieu à { $first }, puis à intervalles de { $interval }.
    Faites un clic droit sur son icône pour le menu (commencer un étirement, reporter, mettre en pause) ; un clic gauche affiche votre semaine. Réglages : { $config }

## La fenêtre d'étirement

# Sous le compte à rebours dans l'anneau (court : l'anneau est petit)
stretch-time-left = restant
stretch-paused = En pause
stretch-step-of = Étape { $step } sur { $steps }
stretch-done = Terminé
stretch-skip = Passer
# The sound toggle's name for screen readers
stretch-sound = Son
# La ligne des touches ; $paused et $sound valent "true" ou "false"
stretch-keys = { $paused ->
    [true] Espace reprendre
   *[false] Espace pause
} · Entrée terminé · Esc passer{ $sound ->
    [true] {" · V son"}
   *[false] {""}
}
feeling-keys = 1 Bien · 2 Pas pour moi · 3 Ça a fait mal · Esc fermer. Vous pouvez ne pas répondre.
hurt-title = Cet étirement a fait mal
hurt-keys = Entrée ou Esc pour fermer
window-close = Fermer

## La fenêtre de la semaine

week-window-title = posture-break — Votre semaine
week-title = Votre semaine
week-last-7-days = 7 derniers jours
week-completion = Réalisation
# $rate_28: un pourcentage ("80%") ou "–"
week-completion-detail = { $completed } sur { $offered } proposés cette semaine ; 28 jours : { $rate_28 }
week-streak = Série
week-streak-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
week-legend-stretches = étirements
week-legend-natural-breaks = pauses naturelles
week-legend-standing = temps debout (en bas)
week-legend-sitting = temps assis (en bas)
week-last-28-days = 28 derniers jours : { $completed } étirements, { $breaks } pauses naturelles
# Étiquette sous les barres des 28 jours ; $month: 1 à 12
day-and-month = { $day } { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}
week-keys = Esc pour fermer
# Le temps d'une journée dans une position, court : "45 min", "5h", "1h05" ($minutes a deux chiffres ici)
time-compact-minutes = { $minutes } min
time-compact-hours = { $hours }h
time-compact = { $hours }h{ $minutes }

## `stats`

# L'étiquette d'une ligne ; les valeurs s'alignent après la plus longue
stats-label = { $label } :
stats-today = Aujourd'hui
stats-last-7-days = 7 derniers jours
stats-last-28-days = 28 derniers jours
stats-completion = Réalisation
stats-positions = Positions
stats-streak = Série
stats-kinds = Types
stats-rated-good = Notés « Bien »
stats-day = { $completed } réalisés, { $natural_breaks ->
    [one] { $natural_breaks } pause naturelle
   *[other] { $natural_breaks } pauses naturelles
}, { $skipped } passés, { $reminded } rappels
stats-completion-rate = { $percent }% (7 derniers jours)
stats-no-reminders-yet = aucun rappel pour l'instant (7 derniers jours)
# $span: today, last_7_days ; $standing, $sitting: "1 h 20 min"
stats-positions-value = { $span ->
    [today] aujourd'hui
   *[last_7_days] 7 derniers jours
} debout { $standing }, assis { $sitting }
stats-kinds-value = { $mobility } mobilité, { $strength } renforcement (7 derniers jours)

## La fenêtre de l'application elle-même (`posture-break open`), pour les bureaux sans zone de notification

## `sync status`: several computers through a synced folder

sync-off = La synchronisation est désactivée : indiquez [sync] folder dans la configuration pour partager les pauses entre vos ordinateurs.
# $name: this computer's name; $folder: the folder as written in the config
sync-here = Cet ordinateur est { $name } dans { $folder }
sync-no-peers = Aucun autre ordinateur n’y a encore écrit.
# $presence: away, here; $when: "2026-12-07 10:05"
sync-peer = { $name }: { $presence ->
    [away] absent
   *[here] utilisé
}, dernier signe le { $when }
sync-peer-silent = { $name }: rien de lisible pour l’instant

home-window-title = posture-break
home-keys = Flèches : naviguer, sous-menu · Entrée choisir · Esc fermer

## Exercices : `assets/exercises.toml` est la source anglaise ; les identifiants et le nombre d'étapes y correspondent.
## Les précautions et les consignes de sécurité doivent rester fidèles : elles disent quand arrêter.

exercises-notice = Ces étirements relèvent de l'information générale et ne constituent pas un avis médical ; bougez doucement et arrêtez si quelque chose fait mal.
exercises-red-flags = Si vous avez un engourdissement ou des fourmillements qui descendent dans les jambes, une douleur thoracique ou des changements dans le contrôle des intestins ou de la vessie, parlez-en à un professionnel de santé avant de faire ces étirements.

exercise-cat-cow = Chat-vache
    .caution = Ne bougez que dans une amplitude confortable, et protégez vos genoux avec un rembourrage ou passez cet exercice si être à genoux fait mal.
    .step-1 = Mettez-vous à quatre pattes, poignets sous les épaules et genoux sous les hanches.
    .step-2 = Inspirez, laissez le ventre descendre et soulevez la poitrine, le regard légèrement vers l'avant.
    .step-3 = Expirez, arrondissez le dos vers le plafond et laissez tomber la tête.
    .step-4 = Continuez à passer lentement d'une forme à l'autre au rythme de votre respiration.
    .step-5 = Revenez dos plat, puis reculez les fesses vers les talons pour vous reposer.

exercise-seal-stretch = Étirement du phoque
    .caution = Restez plutôt en appui sur les avant-bras si tendre les bras force sur le bas de votre dos.
    .step-1 = Allongez-vous sur le ventre, les mains au sol sous les épaules.
    .step-2 = Poussez sur les mains pour soulever la poitrine, en gardant les hanches au sol.
    .step-3 = Tenez la position en laissant le dos se cambrer doucement et en éloignant les épaules des oreilles.
    .step-4 = Redescendez lentement, puis poussez à nouveau, seulement aussi loin que c'est confortable.
    .step-5 = Redescendez et posez le front sur vos mains.

exercise-seated-trunk-rotation = Rotation du tronc assis
    .caution = Tournez de façon fluide, sans à-coups et sans forcer en fin de mouvement.
    .step-1 = Asseyez-vous bien droit vers l'avant de votre chaise, les deux pieds à plat au sol.
    .step-2 = Croisez les bras sur la poitrine, les mains posées sur les épaules opposées.
    .step-3 = Tournez lentement le haut du corps vers la droite, en gardant les hanches face à l'avant.
    .step-4 = Revenez au centre, puis tournez lentement vers la gauche.
    .step-5 = Continuez à alterner doucement les côtés, en expirant pendant la rotation.

exercise-bent-over-iyt = I/Y/T penché en avant
    .caution = Gardez la nuque dans l'alignement du dos, et renoncez à vous pencher si la flexion vers l'avant gêne le bas de votre dos.
    .step-1 = Debout, genoux souples, penchez-vous en avant depuis les hanches, dos plat et bras pendants.
    .step-2 = Faites un I : levez les deux bras vers l'avant le long des oreilles, pouces vers le haut, puis redescendez lentement.
    .step-3 = Faites un Y : levez les bras vers le haut et en diagonale en serrant les omoplates, puis redescendez lentement.
    .step-4 = Faites un T : levez les bras tendus sur les côtés, puis redescendez en contrôlant.
    .step-5 = Redressez-vous lentement et relâchez les bras.

exercise-seated-cat-cow = Chat-vache assis
    .caution = Gardez un mouvement lent et sans douleur, surtout au niveau de la nuque.
    .step-1 = Asseyez-vous vers l'avant de votre chaise, les mains posées sur les genoux.
    .step-2 = Inspirez, avancez la poitrine et ramenez les épaules en arrière et vers le bas.
    .step-3 = Expirez, arrondissez le haut du dos et laissez le menton descendre vers la poitrine.
    .step-4 = Continuez à passer lentement d'une position à l'autre au rythme de votre respiration.
    .step-5 = Terminez le dos droit, dans une position assise détendue et confortable.

exercise-chin-tucks = Rentrée du menton
    .caution = Bougez doucement, et arrêtez si vous ressentez des vertiges, des fourmillements ou une douleur qui s'étend dans le bras.
    .step-1 = Asseyez-vous bien droit, les épaules détendues et le regard droit devant.
    .step-2 = Reculez le menton en ligne droite, comme pour faire un double menton, sans incliner la tête.
    .step-3 = Tenez quelques secondes en sentant un léger étirement à la base du crâne.
    .step-4 = Relâchez et répétez lentement, en gardant le regard à l'horizontale.
    .step-5 = Détendez la nuque et laissez votre respiration se calmer.

exercise-shoulder-blade-squeeze = Rapprochement des omoplates
    .caution = Serrez doucement, gardez la nuque détendue et évitez de cambrer le bas du dos.
    .step-1 = Asseyez-vous bien droit, les bras détendus le long du corps et les coudes légèrement fléchis.
    .step-2 = Ramenez les omoplates vers l'arrière et vers le bas, comme pour tenir un crayon entre elles.
    .step-3 = Tenez environ cinq secondes en respirant normalement, sans hausser les épaules.
    .step-4 = Relâchez lentement, puis répétez le serrage à un rythme tranquille.
    .step-5 = Laissez vos épaules se détendre complètement.

exercise-seated-w-squeeze = Serrage en W assis
    .caution = Faites un petit mouvement facile, la nuque allongée ; arrêtez-vous avant tout pincement dans les épaules.
    .step-1 = Asseyez-vous bien droit sans vous appuyer au dossier, pieds à plat, bras détendus le long du corps.
    .step-2 = Pliez les coudes et levez les mains à hauteur d'épaules, paumes vers l'avant, pour former un W.
    .step-3 = Tirez les coudes vers le bas et l'arrière en serrant les omoplates l'une contre l'autre.
    .step-4 = Tenez le temps d'une respiration, puis revenez doucement au W ; répétez à un rythme tranquille.
    .step-5 = Baissez les bras et laissez les épaules se détendre.

exercise-neck-side-stretch = Étirement latéral du cou
    .caution = Ne tirez pas sur votre tête, et arrêtez si vous ressentez des fourmillements ou des vertiges.
    .step-1 = Asseyez-vous bien droit et tenez le bord de l'assise de votre chaise avec la main droite.
    .step-2 = Inclinez l'oreille gauche vers l'épaule gauche jusqu'à sentir un étirement du côté droit du cou.
    .step-3 = Ramenez lentement la tête au centre.
    .step-4 = Tenez l'assise avec la main gauche et inclinez l'oreille droite vers l'épaule droite.
    .step-5 = Ramenez la tête au centre et laissez les épaules se détendre.

exercise-levator-scapulae-stretch = Étirement de l'élévateur de la scapula
    .caution = Ne tirez pas sur votre tête, et relâchez si vous ressentez des fourmillements, des vertiges ou une douleur vive.
    .step-1 = Asseyez-vous bien droit et tenez le bord de l'assise de votre chaise avec la main droite.
    .step-2 = Tournez la tête à moitié vers la gauche et baissez le nez vers l'aisselle gauche.
    .step-3 = Relevez lentement la tête jusqu'au centre.
    .step-4 = Tenez l'assise avec la main gauche et baissez le nez vers l'aisselle droite.
    .step-5 = Relevez lentement la tête jusqu'au centre et détendez les épaules.

exercise-seated-thread-the-needle = Fil dans l'aiguille assis
    .caution = Gardez les hanches immobiles et ne tournez que jusqu'où c'est confortable.
    .step-1 = Asseyez-vous bien droit, pieds à plat, la main gauche posée sur le genou droit.
    .step-2 = Tendez le bras droit en travers du corps vers la gauche, en laissant le haut du dos s'arrondir et tourner.
    .step-3 = Balayez le bras droit vers l'arrière et vers le plafond, en tournant la poitrine vers la droite.
    .step-4 = Changez de main et tendez le bras gauche en travers du corps vers la droite.
    .step-5 = Balayez le bras gauche vers l'arrière et vers le plafond, en tournant la poitrine vers la gauche.
    .step-6 = Revenez au centre, redressez-vous et prenez une respiration lente.

exercise-seated-open-book = Livre ouvert assis
    .caution = Gardez les hanches face à l'avant et arrêtez avant tout pincement dans l'épaule.
    .step-1 = Asseyez-vous bien droit et tendez les deux bras devant vous à hauteur d'épaules, paumes l'une contre l'autre.
    .step-2 = Ouvrez le bras droit sur le côté et vers l'arrière, en tournant la poitrine et le regard pour suivre la main.
    .step-3 = Ramenez-le, puis ouvrez le bras gauche sur le côté et vers l'arrière, en tournant vers la gauche.
    .step-4 = Continuez à alterner lentement, en n'ouvrant que jusqu'où c'est confortable.
    .step-5 = Baissez les bras et redressez-vous.

exercise-shoulder-rolls = Roulements d'épaules
    .caution = Faites des cercles lents et fluides, et réduisez-les si quelque chose pince.
    .step-1 = Asseyez-vous bien droit, les bras pendant librement le long du corps.
    .step-2 = Montez les épaules vers les oreilles, puis roulez-les vers l'arrière et vers le bas en cercles lents.
    .step-3 = Changez de sens et roulez les épaules vers l'avant en cercles lents.
    .step-4 = Terminez par quelques roulements vers l'arrière, en laissant retomber les épaules à chaque fois.
    .step-5 = Expirez et laissez vos bras pendre, lourds.

exercise-chair-back-extension = Extension sur le dossier
    .caution = Utilisez une chaise stable qui ne roule pas et dont le dossier ne s'incline pas, et ne vous penchez en arrière que jusqu'où c'est confortable.
    .step-1 = Asseyez-vous au fond d'une chaise dont le dossier arrive à peu près au bas de vos omoplates.
    .step-2 = Croisez les bras sur la poitrine ou soutenez légèrement votre tête avec les mains.
    .step-3 = Penchez-vous doucement en arrière par-dessus le haut du dossier, en laissant le haut du dos se cambrer.
    .step-4 = Revenez droit, puis penchez-vous de nouveau en arrière, en expirant.
    .step-5 = Redressez-vous lentement et détendez-vous.

exercise-doorway-chest-opener = Ouverture de la poitrine dans l'encadrement de porte
    .caution = Gardez un étirement léger, et relâchez si vous ressentez des fourmillements dans les mains ou un pincement dans l'épaule.
    .step-1 = Placez-vous dans l'encadrement d'une porte, les avant-bras contre le cadre et les coudes à hauteur d'épaules.
    .step-2 = Avancez un pied et penchez-vous doucement jusqu'à sentir un étirement en travers de la poitrine.
    .step-3 = Tenez l'étirement en respirant lentement et en gardant les épaules basses.
    .step-4 = Reculez un peu, puis penchez-vous à nouveau, un peu plus loin seulement si c'est confortable.
    .step-5 = Sortez de l'encadrement et laissez les bras pendre librement.

exercise-wall-angels = Anges au mur
    .caution = Vos bras n'ont pas besoin de toucher le mur ; arrêtez-vous avant tout pincement dans les épaules.
    .step-1 = Tenez-vous dos au mur, les pieds un petit pas en avant et les genoux souples.
    .step-2 = Placez les bras en chandelier, l'arrière des bras tourné vers le mur.
    .step-3 = Faites glisser lentement les bras vers le haut le long du mur, en les gardant aussi près de celui-ci que c'est confortable.
    .step-4 = Redescendez-les jusqu'au chandelier en abaissant les omoplates.
    .step-5 = Continuez à monter et descendre lentement, sans forcer les bras contre le mur.

exercise-standing-y-raise = Élévation en Y debout
    .caution = Ne levez les bras que jusqu'où c'est confortable, sans cambrer le bas du dos.
    .step-1 = Tenez-vous droit, pieds écartés à largeur de hanches, genoux souples, bras le long du corps, pouces vers l'avant.
    .step-2 = Ramenez légèrement les omoplates vers l'arrière et vers le bas.
    .step-3 = Levez les bras tendus vers le haut et en diagonale pour former un Y, pouces vers le haut.
    .step-4 = Redescendez-les lentement et levez-les à nouveau à un rythme tranquille, en éloignant les épaules des oreilles.
    .step-5 = Laissez pendre les bras et détendez les épaules.

exercise-standing-side-bend = Inclinaison latérale debout
    .caution = Penchez-vous bien sur le côté plutôt que vers l'avant, et gardez un étirement léger.
    .step-1 = Tenez-vous droit, pieds écartés à largeur de hanches, bras le long du corps.
    .step-2 = Tendez le bras droit au-dessus de la tête et penchez-vous doucement vers la gauche, en sentant votre côté droit s'allonger.
    .step-3 = Revenez lentement au centre.
    .step-4 = Tendez le bras gauche au-dessus de la tête et penchez-vous doucement vers la droite.
    .step-5 = Continuez à alterner lentement les côtés, en expirant quand vous vous penchez.

exercise-clasped-hands-chest-opener = Ouverture de la poitrine mains jointes
    .caution = Ne levez les bras que légèrement, et arrêtez si vous sentez un pincement à l'avant des épaules.
    .step-1 = Tenez-vous droit et joignez les mains derrière le dos, ou tenez une serviette entre elles.
    .step-2 = Tendez doucement les bras et rapprochez les omoplates en soulevant la poitrine.
    .step-3 = Tenez en respirant lentement, le menton à l'horizontale et les épaules loin des oreilles.
    .step-4 = Relâchez, faites rouler les épaules quelques fois, puis joignez les mains et levez à nouveau.
    .step-5 = Lâchez et laissez les bras pendre librement.

exercise-thread-the-needle = Fil dans l'aiguille
    .caution = Ne mettez pas de poids sur votre nuque, et protégez vos genoux avec un rembourrage ou passez cet exercice si être à genoux fait mal.
    .step-1 = Mettez-vous à quatre pattes, poignets sous les épaules et genoux sous les hanches.
    .step-2 = Glissez le bras droit sous le corps vers la gauche, en abaissant l'épaule droite vers le sol.
    .step-3 = Déroulez-vous et tendez le bras droit vers le plafond, en le suivant des yeux.
    .step-4 = Glissez le bras gauche sous le corps vers la droite, en abaissant l'épaule gauche vers le sol.
    .step-5 = Déroulez-vous et tendez le bras gauche vers le plafond, en le suivant des yeux.
    .step-6 = Revenez à quatre pattes, puis reculez les fesses vers les talons pour vous reposer.

## Screen readers: the windows' texts read aloud, where the screen shows them apart

# $step, $steps: numbers; $text: the step's words
access-step = Étape { $step } sur { $steps } : { $text }
# $time: minutes and seconds left, e.g. 0:42; $paused: yes or no
access-time = { $paused ->
    [yes] { $time } en pause
   *[no] { $time } restant
}
# $day: a short weekday name (weekday-short); $count: stretches completed that day
access-week-day = { $day } { $count }
# $days: the last seven days, each an access-week-day, joined by commas
access-week-last-7 = 7 derniers jours : { $days }
# $rate: a percentage such as 80%; $detail: week-completion-detail
access-week-completion = Réalisation : { $rate } ({ $detail })
# $streak: week-streak-days
access-week-streak = Série : { $streak }

## Errors in the config file and in the user's exercises file, after "file:line:column: ".
## Keys, sections, paths and values in backticks or quotes stay exactly as written: they are
## what the person types in the file. Only the words around them are translated.
## $suggestion is the closest allowed word, or "none" when nothing is close.

# $bytes: the file's size; $max: the limit in KiB
config-too-big = le fichier fait { $bytes } octets ; un fichier ici ne peut pas dépasser { $max } Kio. Est-ce le bon fichier ?
config-not-utf8 = UTF-8 non valide : le fichier doit être enregistré en texte UTF-8
# $what: key or section; $name: as written ([brackets] included for a section);
# $allowed: the keys or sections allowed there, comma-separated
config-unknown-name = { $what ->
    [section] section inconnue `{ $name }`
   *[key] clé inconnue `{ $name }`
}{ $suggestion ->
    [none] {""}
   *[other]  ; vouliez-vous dire `{ $suggestion }` ?
} (autorisées ici : { $allowed })
# $key: a key written at the top that belongs in $section; $detail: config-unknown-name
config-key-belongs = `{ $key }` appartient à la section [{ $section }] : placez cette clé sous une ligne `[{ $section }]` ({ $detail })
# $name: the section as written, e.g. [schedule]
config-duplicate-section = section en double `{ $name }` : chaque section ne peut apparaître qu'une fois ; regroupez ses clés dans la première
# $name: the key
config-duplicate-key = clé en double `{ $name }` : chaque clé ne peut apparaître qu'une fois
config-duplicate-key-unnamed = clé en double : chaque clé ne peut apparaître qu'une fois
# $value: the bare word written (yes, no, on, off…)
config-yes-no = `{ $value }` n'est pas une valeur : pour oui/non, écrivez true ou false (en minuscules, sans guillemets)
# $value: the text written without quotes
config-quote-text = le texte doit être entre guillemets : écrivez "{ $value }"
config-quote-text-example = le texte doit être entre guillemets, par ex. "45m"
config-unclosed-string = chaîne non fermée : le `"` de fermeture manque
# $found: a config-found; $expected: a config-expected
config-wrong-type = type incorrect : trouvé { $found }, attendu { $expected }
# What the file has where another type belongs. $value: as written
config-found = { $kind ->
    [integer] un entier `{ $value }`
    [float] un nombre à virgule `{ $value }`
    [boolean] un booléen `{ $value }`
    [string] une chaîne { $value }
    [list] une liste
    [table] une table
    [date] une date `{ $value }`
    [datetime] une date et heure `{ $value }`
    [time] une heure `{ $value }`
   *[other] { $value }
}
# What a key takes. $name: the section for a table, else the reader's own English words
config-expected = { $what ->
    [boolean] true ou false
    [string] une chaîne
    [list] une liste entre crochets, par ex. ["a", "b"]
    [table] une table : [{ $name }]
    [duration] une durée sous forme de chaîne, comme "45m", "1h 30m" ou "90s"
    [sit-stand] une table de deux durées : {"{"} sit = "40m", stand = "20m" {"}"}
    [integer] un nombre entier
    [number] un nombre
   *[other] { $name }
}
# $name: the section
config-section-list = `{ $name }` doit être une seule table, écrite [{ $name }], et non une liste de tables comme [[{ $name }]]
# $key: the key that must be there
config-missing-key = champ `{ $key }` manquant
# The TOML reader's findings. $detail: its own English words, for the rarer ones
config-syntax = { $problem ->
    [key-no-value] clé sans valeur
    [unclosed-table] table non fermée
    [unclosed-array-table] tableau de tables non fermé
    [unclosed-array] tableau non fermé
    [unclosed-inline-table] table en ligne non fermée
    [missing-comma-array] virgule manquante entre les éléments du tableau
    [missing-comma-table] virgule manquante entre les paires clé-valeur
    [missing-value] valeur manquante
    [extra-comma] virgule en trop
    [extra-equals] `=` en trop
    [invalid-key] clé sans guillemets non valide
    [invalid-string] chaîne non valide
    [invalid-value] valeur non valide
    [unexpected-content] contenu inattendu
   *[other] { $detail }
}
# $syntax: a config-syntax; $expected: the marks that may come here, in backticks, or config-syntax-thing
config-syntax-expected = { $syntax }, attendu : { $expected }
config-syntax-thing = { $thing ->
    [key] une clé
   *[value] une valeur
}

# Durations ("45m", "1h 30m", "90s")
config-duration-empty = durée vide ; écrivez par ex. "45m", "1h 30m" ou "90s"
config-duration-negative = les durées négatives ne sont pas autorisées
# $value: as written
config-duration-unreadable = impossible de lire `{ $value }` comme une durée ; écrivez par ex. "45m", "1h 30m" ou "90s"
# $value: the number written without a unit
config-duration-no-unit = `{ $value }` n'a pas d'unité ; écrivez "{ $value }m" pour des minutes ou "{ $value }s" pour des secondes
# $unit: the unit written
config-duration-unknown-unit = unité inconnue `{ $unit }` ; utilisez s, m ou h (par ex. "45m", "1h 30m", "90s")
config-duration-too-large = la durée est trop longue
# $value: as written; $reason: one of the config-duration messages above
config-value-reason = `{ $value }` : { $reason }
# $value: the number written
config-duration-number = les durées sont des chaînes avec une unité : écrivez "{ $value }m" ou "{ $value }s", et non { $value }
config-duration-fraction = les durées sont des chaînes avec une unité, comme "90s", et non le nombre { $value }
# $zero: yes when the value is zero, else no; $value, $min, $max: durations such as 45m
config-out-of-range = { $zero ->
    [yes] `{ $key }` ne doit pas valoir zéro : la valeur est { $value }, autorisé : de { $min } à { $max }
   *[no] `{ $key }` est hors limites : la valeur est { $value }, autorisé : de { $min } à { $max }
}
config-choices-empty = `{ $key }` est vide : indiquez au moins une durée, par ex. ["10m"]
# $count: entries written; $max: entries a menu takes
config-choices-too-many = `{ $key }` contient { $count } entrées ; un menu en accepte au plus { $max }
# $stretch, $interval: durations such as 45m
config-stretch-longer = `stretch.duration` ({ $stretch }) dépasse `schedule.interval` ({ $interval }) ; un étirement doit tenir entre deux rappels
# $idle, $natural: durations such as 5m
config-idle-longer = `presence.idle_after` ({ $idle }) dépasse `presence.natural_break` ({ $natural }) ; votre absence doit être détectée avant que le temps passé loin de l'ordinateur puisse compter comme une pause
# $every, $interval: durations such as 45m
config-nudge-not-shorter = `posture.nudge_every` ({ $every }) doit être inférieur à `schedule.interval` ({ $interval }) : les rappels de posture viennent entre les étirements

# Times of day
config-time-unquoted = une heure de la journée s'écrit entre guillemets, par ex. "08:00"
# $value: as written
config-time-bad = `{ $value }` n'est pas une heure de la journée ; utilisez le format 24 heures "HH:MM", de "00:00" à "23:59"

# Words from a short list. $key: the key; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-word-unknown = `{ $key }` vaut "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(vouliez-vous dire "{ $suggestion }" ?)
} ; valeurs autorisées : { $allowed }
config-language-unknown = `general.language` vaut "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(vouliez-vous dire "{ $suggestion }" ?)
} ; les langues disponibles sont : { $allowed }
config-positions-empty = `stretch.positions` est vide : indiquez au moins une valeur parmi "seated", "standing", "floor"
# $what: position, kind or area; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-unknown-word = { $what ->
    [position] position inconnue "{ $value }" ;
    [kind] type inconnu "{ $value }" ;
   *[area] zone inconnue "{ $value }" ;
}{ $suggestion ->
    [none] {""}
   *[other] {" "}vouliez-vous dire "{ $suggestion }" ?
} valeurs autorisées : { $allowed }
config-hold-when-unknown = `{ $value }` ne peut pas mettre un rappel en attente{ $suggestion ->
    [none] {""}
   *[other] {" "}(vouliez-vous dire `{ $suggestion }` ?)
} ; valeurs autorisées : { $allowed }

# [sync]. $name: the machine name as written; $max: its longest length; $char: the character, quoted
config-sync-name = { $problem ->
    [empty] `sync.name` "{ $name }" est vide
    [too-long] `sync.name` "{ $name }" dépasse { $max } caractères
    [character] `sync.name` "{ $name }" contient { $char } : utilisez des lettres, des chiffres, '-', '_' et '.' (il sert de nom de fichier)
    [dot] `sync.name` "{ $name }" commence par '.' : ces fichiers sont cachés ou appartiennent au logiciel de synchronisation lui-même
   *[conflict] `sync.name` "{ $name }" ressemble à une copie de conflit de Syncthing
}
config-sync-name-alone = `sync.name` sans `sync.folder` : la synchronisation n'est active qu'avec un dossier, par ex. folder = "~/Sync/posture-break"
config-sync-folder-empty = `sync.folder` est vide : indiquez le dossier synchronisé, par ex. "~/Sync/posture-break", ou retirez la clé pour laisser la synchronisation désactivée
# $folder: as written
config-sync-folder-relative = `sync.folder` "{ $folder }" est un chemin relatif : écrivez un chemin complet ou un chemin dans votre dossier personnel, par ex. "~/Sync/posture-break"

# [working_hours]
config-days-empty = `working_hours.days` est vide : indiquez les jours où les rappels peuvent venir, par ex. ["mon", "tue", "wed", "thu", "fri"] (pour libérer un jour, écrivez par ex. `fri = []` ; pour n'avoir aucune heure de travail, supprimez la section)
# $value: as written
config-day-unknown = `{ $value }` n'est pas un jour{ $suggestion ->
    [none] {""}
   *[other] {" "}(vouliez-vous dire `{ $suggestion }` ?)
} ; utilisez mon, tue, wed, thu, fri, sat, sun
# $key: hours or a day (mon…sun); $value: the range as written; $part: the time in it
config-hours-not-range = `working_hours.{ $key }` : `{ $value }` n'est pas une plage horaire ; écrivez les plages sous la forme "HH:MM-HH:MM" au format 24 heures, par ex. "09:00-17:30"
config-hours-not-time = `working_hours.{ $key }` : `{ $value }` : `{ $part }` n'est pas une heure ; écrivez les plages sous la forme "HH:MM-HH:MM" au format 24 heures, par ex. "09:00-17:30"
config-hours-out-of-day = `working_hours.{ $key }` : `{ $value }` : `{ $part }` n'est pas une heure de la journée (de 00:00 à 23:59 ; 24:00 seulement comme fin)
config-hours-empty = `working_hours.{ $key }` : `{ $value }` est vide : son début et sa fin sont à la même heure
# $other: the earlier range it overlaps
config-hours-overlap = `working_hours.{ $key }` : `{ $value }` chevauche `{ $other }` ; n'indiquez chaque heure qu'une seule fois

# The user's exercises file. $id: the exercise id as written
config-exercise-id-bad = l'identifiant d'exercice "{ $id }" doit compter de 1 à 64 caractères parmi a-z, 0-9 et '-'
config-exercise-id-taken = l'identifiant d'exercice "{ $id }" est déjà utilisé ; les identifiants doivent être uniques
# $field: name or caution
config-exercise-field-length = `{ $field }` doit compter de 1 à 200 caractères
# $allowed: the areas, quoted and comma-separated
config-exercise-areas-empty = `areas` est vide ; indiquez une ou plusieurs zones parmi { $allowed }
config-exercise-steps-count = `steps` doit contenir de 1 à 12 étapes
# $secs: as written
config-exercise-step-secs = `secs` de l'étape vaut { $secs } ; autorisé : de 1 à 600
config-exercise-step-text = `text` de l'étape doit compter de 1 à 300 caractères
config-exercise-flow-without-pose = `flow` nécessite une `pose` de départ : écrivez la première forme comme `pose`
config-exercise-flow-count = `flow` doit contenir de 1 à 7 formes
# A figure's pose out of bounds, in the pose model's own English words (joint names, degrees)
config-exercise-pose = { $detail }

## The launcher (the desktop entry): how app menus describe it, and its right-click actions
## (the others are the tray menu's: menu-stretch-now, menu-snooze, menu-your-week)

launcher-generic-name = Rappel de pauses étirement
launcher-comment = Propose toutes les 45 minutes un étirement guidé d'une minute pour le milieu du dos, la nuque et les épaules
launcher-pause-hour = Mettre en pause 1 heure
launcher-open = Ouvrir la fenêtre
