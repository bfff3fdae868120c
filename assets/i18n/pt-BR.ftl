# posture-break: catálogo em português do Brasil. Mesmas mensagens, atributos e variáveis de en.ftl.
# Chaves, caminhos e valores da configuração ficam como estão escritos.

## Palavras usadas em vários lugares

# $day: mon, tue, wed, thu, fri, sat, sun
weekday-short = { $day ->
    [mon] seg
    [tue] ter
    [wed] qua
    [thu] qui
    [fri] sex
    [sat] sáb
   *[sun] dom
}
# $position: seated, standing, floor
exercise-position = { $position ->
    [seated] sentado
    [standing] em pé
   *[floor] no chão
}
# $kind: mobility, strength
exercise-kind = { $kind ->
    [mobility] mobilidade
   *[strength] força
}
# $area: middle_back, neck, shoulders
exercise-area = { $area ->
    [middle_back] meio das costas
    [neck] pescoço
   *[shoulders] ombros
}

# $day: um weekday-short; $time: 09:00
day-and-time = { $day } { $time }
# Uma duração, "1 hora 30 minutos": as partes unidas por duration-join.
duration-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
duration-seconds = { $count ->
    [one] { $count } segundo
   *[other] { $count } segundos
}
# $first, $second: duas partes de um duration-*
duration-join = { $first } { $second }
duration-minutes-short = { $count } min
duration-hours-short = { $count } h
# "um alongamento de 1 minuto"; $unit: minute ou second
duration-adjective = { $unit ->
    [minute] { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }
   *[second] { $count ->
        [one] { $count } segundo
       *[other] { $count } segundos
    }
}
# $busy: fullscreen, do-not-disturb, camera
busy-what = { $busy ->
    [fullscreen] a janela em tela cheia
    [do-not-disturb] o modo Não perturbe
   *[camera] a chamada (câmera)
}
# $position: sitting, standing
you-are = { $position ->
    [sitting] Você está sentado
   *[standing] Você está em pé
}

## O estado em palavras: a linha de status da bandeja

tray-next-stretch = Próximo alongamento às { $time }
tray-back-from-break = Bem-vindo de volta: isso contou como pausa; próximo alongamento às { $time }
tray-held-busy = Alongamento pendente: aguardando { busy-what } terminar
tray-held-away = Aguardando você voltar
tray-held-elsewhere = Alongamento pendente: mostrado no computador em uso
# $when: um horário (10:35) ou um day-and-time
tray-off-until = Desligado até { $when }
tray-off-none-ahead = Desligado: nenhum horário de trabalho pela frente
tray-reminding = Lembrete em exibição
tray-stretching = Alongando agora
tray-snoozed-until = Adiado até as { $time }
tray-paused-until-resumed = Pausado até ser retomado
tray-paused-until = Pausado até { $when }
tray-paused-until-tomorrow = Pausado até amanhã às { $time }

## A frase do comando `status` (horários com segundos)

status-snoozed-until = adiado até as { $time }
status-paused-until = pausado até as { $time }
status-paused-until-resumed = pausado até ser retomado
status-reminding = um lembrete está em exibição
status-held-busy = há um alongamento pendente; o lembrete aguarda { busy-what } terminar
status-held-away = há um alongamento pendente; o lembrete aguarda você voltar
status-held-elsewhere = há um alongamento pendente; o lembrete aparece no computador que você está usando
status-off-hours-until = fora do horário de trabalho até as { $time }
status-off-hours-none-ahead = fora do horário de trabalho (nenhum pela frente)
status-stretching = alongando: { $exercise }
status-active = ativo, próximo alongamento às { $time }
# $interval: uma duração; $config: o caminho do arquivo de configuração
status-sentence = { $summary } (a cada { $interval }; configuração { $config })

## Poucos caracteres para uma barra de status (`status --format short`, texto do waybar)

# $state: active, snoozed, paused, reminding, stretching, held, off_hours
bar = { $state ->
    [reminding] alongar agora
    [stretching] alongando
    [held] pendente
    [snoozed] adiado
    [paused] pausado
    [off_hours] desligado
   *[active] próximo
}
bar-with-time = { bar } { $time }
waybar-tooltip = posture-break: { $summary }
waybar-not-running = posture-break não está em execução

## Progresso e resumo dos exercícios (dica da bandeja, janela da semana, `stats`)

progress-today = { $count ->
    [0] Nenhum alongamento hoje ainda
    [one] { $count } alongamento hoje
   *[other] { $count } alongamentos hoje
}
# $today: um progress-today; $streak: dias seguidos com um alongamento
progress-with-streak = { $today } · { $streak ->
    [one] { $streak } dia seguido
   *[other] { $streak } dias seguidos
}
exercises-this-week = { $mobility } de mobilidade, { $strength } de força nesta semana
# $split: um exercises-this-week; $names: nomes unidos por list-separator
exercises-rated-good = { $split } · Bem avaliados: { $names }
list-separator = {", "}

## A pergunta depois de um alongamento, e o que "Doeu" mostra

feeling-question = Como você se sentiu?
# $feeling: good, not_for_me, hurt
feeling-answer = { $feeling ->
    [good] Bom
    [not_for_me] Não é para mim
   *[hurt] Doeu
}
hurt-stop = Pare e mova-se apenas dentro de uma amplitude confortável.
hurt-see-a-clinician = Procure um profissional de saúde se a dor persistir, ou se você tiver dormência ou formigamento descendo pelas pernas, dor no peito ou alterações no controle da bexiga ou do intestino.
# A próxima linha mostra o comando que traz o exercício de volta.
hurt-not-offered-again = { $exercise } não será mais oferecido. Para trazê-lo de volta:
# O lembrete quando não sobra exercício para oferecer. `positions` e [stretch] ficam como estão.
nothing-left-all-hurt = { $count ->
    [one] O único exercício que suas posições permitem está avaliado como "Doeu", então não há alongamento para oferecer. Limpe a avaliação dele (posture-break exercises rate ID clear) ou permita mais posições com `positions` em [stretch] na configuração.
   *[other] Todos os { $count } exercícios que suas posições permitem estão avaliados como "Doeu", então não há alongamento para oferecer. Limpe uma avaliação (posture-break exercises rate ID clear) ou permita mais posições com `positions` em [stretch] na configuração.
}
nothing-left-no-position = Nenhum exercício corresponde às suas posições, então não há alongamento para oferecer: permita mais posições com `positions` em [stretch] na configuração.

## Lembretes de postura entre os alongamentos

nudge-change-position = Mude de posição
nudge-sit-back = Encoste as costas na cadeira; uma toalha enrolada atrás da lombar ajuda
nudge-shoulders = Solte os ombros e gire-os para trás
nudge-stand-up-a-moment = Levante-se por um momento
nudge-time-to-stand = Hora de ficar em pé
nudge-time-to-sit = Hora de sentar

## Os exercícios na linha de comando (`exercises list|show|next|rate`)

# $areas: áreas do corpo unidas por list-separator; $done: vezes concluído; $rating: um feeling-answer, ou "none"
exercise-list-details = { $areas }; feito: { $done }{ $rating ->
    [none] {""}
   *[other] , avaliação: { $rating }
}
# $number: o número do passo; $secs: sua duração em segundos
exercise-show-step = { $number }. { $text } ({ $secs } s)
exercise-caution = Cuidado: { $caution }
# $reason: strength_turn, favourite, rotation
pick-reason = { $reason ->
    [strength_turn] vez da força: antes vieram dois alongamentos de mobilidade
    [favourite] favorito: bem avaliado, oferecido com o dobro de frequência
   *[rotation] rodízio
}
# $rating: um feeling-answer
exercise-rated = { $exercise }: avaliado como "{ $rating }"
exercise-rating-cleared = { $exercise }: avaliação removida

## O menu da bandeja (e o menu da bandeja XEmbed)

menu-stretch-now = Iniciar alongamento agora
menu-snooze = Adiar
menu-pause = Pausar
menu-until-tomorrow = Até amanhã
menu-until-resumed = Até eu retomar
menu-resume = Retomar
menu-posture-nudges = Lembretes de postura
menu-sitting = Estou sentado
menu-standing = Estou em pé
menu-your-week = Sua semana
menu-open-config = Abrir arquivo de configuração
menu-start-at-login = Iniciar ao entrar na sessão
menu-quit = Sair

## Notificações

# $length: um duration-adjective
reminder-summary = Hora de um alongamento de { $length }
# $step: o primeiro passo do exercício
reminder-body = { $exercise }: { $step }
# Os botões do lembrete; $duration: "10 min"
reminder-start = Iniciar alongamento
reminder-snooze = Adiar { $duration }
reminder-skip = Pular
notice-config-removed = posture-break: arquivo de configuração removido
notice-config-removed-body = { $path } foi removido; usando os padrões até que seja gravado de novo
# O erro de configuração vem em seguida em inglês, com arquivo:linha:coluna.
notice-config-not-applied = posture-break: configuração não aplicada
notice-keeping-config = mantendo a última configuração válida
notice-keeping-exercises = mantendo os últimos exercícios válidos
notice-using-defaults = usando os padrões
welcome-summary = posture-break está em execução
# A mensagem de boas-vindas quando nenhuma bandeja mostra o aplicativo (GNOME sem a extensão AppIndicator)
welcome-body-no-tray = Seu primeiro alongamento de { $length } é às { $first }, depois a cada { $interval }.
    Esta área de trabalho não mostra o ícone na bandeja: abra o posture-break pelo lançador de aplicativos (com o botão direito, ali aparecem "Iniciar alongamento agora", "Adiar", "Pausar por 1 hora" e "Sua semana") ou execute posture-break open. Configurações: { $config }
# $first: o horário do primeiro alongamento; $interval: uma duração; $config: o caminho da configuração
welcome-body = posture-break fica na bandeja do sistema. Seu primeiro alongamento de { $length } é às { $first }, depois a cada { $interval }.
    Clique com o botão direito no ícone da bandeja para ver o menu (iniciar um alongamento, adiar, pausar); um clique com o botão esquerdo mostra sua semana. Configurações: { $config }

## A janela do alongamento

# Abaixo da contagem regressiva no anel (curto: o anel é pequeno)
stretch-time-left = restantes
stretch-paused = Pausado
stretch-step-of = Passo { $step } de { $steps }
stretch-done = Concluir
stretch-skip = Pular
# The sound toggle's name for screen readers
stretch-sound = Som
# A linha de teclas; $paused e $sound são "true" ou "false"
stretch-keys = { $paused ->
    [true] Espaço retomar
   *[false] Espaço pausar
} · Enter concluir · Esc pular{ $sound ->
    [true] {" · V som"}
   *[false] {""}
}
feeling-keys = 1 Bom · 2 Não é para mim · 3 Doeu · Esc fechar. Não precisa responder.
hurt-title = Esse alongamento doeu
hurt-keys = Enter ou Esc fecha
window-close = Fechar

## A janela da semana

week-window-title = posture-break — Sua semana
week-title = Sua semana
week-last-7-days = Últimos 7 dias
week-completion = Conclusão
# $rate_28: uma porcentagem ("80%") ou "–"
week-completion-detail = { $completed } de { $offered } oferecidos nesta semana; 28 dias: { $rate_28 }
week-streak = Sequência
week-streak-days = { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
week-legend-stretches = alongamentos
week-legend-natural-breaks = pausas naturais
week-legend-standing = tempo em pé (abaixo)
week-legend-sitting = tempo sentado (abaixo)
week-last-28-days = Últimos 28 dias: { $completed } alongamentos, { $breaks } pausas naturais
# Um rótulo abaixo das barras dos 28 dias; $month: de 1 a 12
day-and-month = { $day } { $month ->
    [1] jan
    [2] fev
    [3] mar
    [4] abr
    [5] mai
    [6] jun
    [7] jul
    [8] ago
    [9] set
    [10] out
    [11] nov
   *[12] dez
}
week-keys = Esc fecha
# O tempo de um dia numa posição, curto: "45min", "5h", "1h05" ($minutes tem dois dígitos aí)
time-compact-minutes = { $minutes }min
time-compact-hours = { $hours }h
time-compact = { $hours }h{ $minutes }

## `stats`

# O rótulo de uma linha; os valores se alinham depois do rótulo mais longo
stats-label = { $label }:
stats-today = Hoje
stats-last-7-days = Últimos 7 dias
stats-last-28-days = Últimos 28 dias
stats-completion = Conclusão
stats-positions = Posições
stats-streak = Sequência
stats-kinds = Tipos
stats-rated-good = Bem avaliados
stats-day = { $completed } concluídos, { $natural_breaks ->
    [one] { $natural_breaks } pausa natural
   *[other] { $natural_breaks } pausas naturais
}, { $skipped } pulados, { $reminded } lembretes
stats-completion-rate = { $percent }% (últimos 7 dias)
stats-no-reminders-yet = nenhum lembrete ainda (últimos 7 dias)
# $span: today, last_7_days; $standing, $sitting: "1 h 20 min"
stats-positions-value = { $span ->
    [today] hoje
   *[last_7_days] últimos 7 dias
}: em pé { $standing }, sentado { $sitting }
stats-kinds-value = { $mobility } de mobilidade, { $strength } de força (últimos 7 dias)

## A janela do próprio aplicativo (`posture-break open`), para áreas de trabalho sem bandeja

## `sync status`: several computers through a synced folder

sync-off = A sincronização está desligada: defina [sync] folder na configuração para compartilhar as pausas entre seus computadores.
# $name: this computer's name; $folder: the folder as written in the config
sync-here = Este computador é { $name } em { $folder }
sync-no-peers = Nenhum outro computador escreveu lá ainda.
# $presence: away, here; $when: "2026-12-07 10:05"
sync-peer = { $name }: { $presence ->
    [away] ausente
   *[here] em uso
}, último sinal em { $when }
sync-peer-silent = { $name }: nada legível ainda

home-window-title = posture-break
home-keys = Cima/Baixo · Enter escolhe · Dir./Esq. submenu · Esc fecha

## Exercícios: `assets/exercises.toml` é a fonte em inglês; os ids e o número de passos correspondem a ela.
## Os cuidados e as notas de segurança devem ser fiéis: eles dizem quando parar.

exercises-notice = Estes alongamentos são informação educativa geral, não orientação médica; mova-se com delicadeza e pare se algo doer.
exercises-red-flags = Se você tiver dormência ou formigamento descendo pelas pernas, dor no peito ou alterações no controle do intestino ou da bexiga, converse com um profissional de saúde antes de fazer estes alongamentos.

exercise-cat-cow = Gato-vaca
    .caution = Mova-se apenas dentro de uma amplitude confortável e proteja os joelhos com algo macio, ou pule o exercício, se ficar ajoelhado doer.
    .step-1 = Fique de quatro apoios, punhos abaixo dos ombros e joelhos abaixo dos quadris.
    .step-2 = Inspire, deixe a barriga descer e eleve o peito, olhando levemente para a frente.
    .step-3 = Expire, arredonde as costas para cima em direção ao teto e deixe a cabeça cair.
    .step-4 = Continue alternando lentamente entre as duas formas, acompanhando a respiração.
    .step-5 = Volte às costas retas e depois sente-se para trás em direção aos calcanhares para descansar.

exercise-seal-stretch = Alongamento da foca
    .caution = Em vez disso, fique apoiado nos antebraços se estender os braços forçar a lombar.
    .step-1 = Deite-se de bruços com as mãos no chão abaixo dos ombros.
    .step-2 = Empurre o chão com as mãos para elevar o peito, mantendo os quadris no chão.
    .step-3 = Mantenha a posição, deixando as costas arquearem suavemente e mantendo os ombros longe das orelhas.
    .step-4 = Desça devagar e depois empurre para cima de novo, só até onde for confortável.
    .step-5 = Desça e apoie a testa nas mãos.

exercise-seated-trunk-rotation = Rotação de tronco sentado
    .caution = Gire de forma suave, sem dar impulsos nem forçar o final do movimento.
    .step-1 = Sente-se com a coluna ereta perto da beirada da cadeira, com os dois pés apoiados no chão.
    .step-2 = Cruze os braços sobre o peito, com as mãos apoiadas nos ombros opostos.
    .step-3 = Gire o tronco lentamente para a direita, mantendo os quadris voltados para a frente.
    .step-4 = Volte ao centro e depois gire lentamente para a esquerda.
    .step-5 = Continue alternando os lados com suavidade, expirando ao girar.

exercise-bent-over-iyt = I/Y/T com tronco inclinado
    .caution = Mantenha o pescoço alinhado com as costas e pule a inclinação do quadril se inclinar-se para a frente incomodar a lombar.
    .step-1 = Fique em pé com os joelhos levemente flexionados e incline o tronco para a frente a partir dos quadris, costas retas e braços pendendo.
    .step-2 = Faça um I: eleve os dois braços à frente, ao lado das orelhas, polegares para cima, e depois abaixe devagar.
    .step-3 = Faça um Y: eleve os braços para cima e para fora, contraindo as escápulas, e depois abaixe devagar.
    .step-4 = Faça um T: eleve os braços estendidos para os lados e depois abaixe com controle.
    .step-5 = Volte devagar à posição em pé e relaxe os braços.

exercise-seated-cat-cow = Gato-vaca sentado
    .caution = Mantenha o movimento lento e sem dor, principalmente no pescoço.
    .step-1 = Sente-se perto da beirada da cadeira com as mãos apoiadas nos joelhos.
    .step-2 = Inspire, leve o peito para a frente e os ombros para trás e para baixo.
    .step-3 = Expire, arredonde a parte superior das costas e deixe o queixo descer em direção ao peito.
    .step-4 = Continue se movendo lentamente entre as duas posições, acompanhando a respiração.
    .step-5 = Termine com a coluna ereta, numa posição relaxada e confortável.

exercise-chin-tucks = Retração do queixo
    .caution = Mova-se com delicadeza e pare se sentir tontura, formigamento ou dor se espalhando para o braço.
    .step-1 = Sente-se com a coluna ereta, os ombros relaxados e o olhar para a frente.
    .step-2 = Deslize o queixo reto para trás, como se fizesse um queixo duplo, sem inclinar a cabeça.
    .step-3 = Mantenha por alguns segundos, sentindo um alongamento suave na base do crânio.
    .step-4 = Solte e repita devagar, mantendo o olhar na horizontal.
    .step-5 = Relaxe o pescoço e deixe a respiração se acalmar.

exercise-shoulder-blade-squeeze = Contração das escápulas
    .caution = Contraia suavemente, mantenha o pescoço relaxado e evite arquear a lombar.
    .step-1 = Sente-se com a coluna ereta, os braços relaxados ao lado do corpo e os cotovelos levemente dobrados.
    .step-2 = Leve as escápulas para trás e para baixo, como se segurasse um lápis entre elas.
    .step-3 = Mantenha por cerca de cinco segundos respirando normalmente, sem encolher os ombros.
    .step-4 = Solte devagar e depois repita a contração em ritmo tranquilo.
    .step-5 = Deixe os ombros relaxarem completamente.

exercise-seated-w-squeeze = Contração em W sentado
    .caution = Faça um movimento pequeno e leve, com o pescoço alongado; pare antes de sentir qualquer pinçamento nos ombros.
    .step-1 = Sente-se com a coluna ereta, afastado do encosto, pés apoiados no chão e braços relaxados ao lado do corpo.
    .step-2 = Dobre os cotovelos e eleve as mãos à altura dos ombros, palmas para a frente, formando um W.
    .step-3 = Leve os cotovelos para baixo e para trás, juntando as escápulas.
    .step-4 = Mantenha por uma respiração e depois volte suavemente ao W; repita em ritmo tranquilo.
    .step-5 = Abaixe os braços e deixe os ombros relaxarem.

exercise-neck-side-stretch = Alongamento lateral do pescoço
    .caution = Não puxe a cabeça e pare se sentir formigamento ou tontura.
    .step-1 = Sente-se com a coluna ereta e segure a lateral do assento da cadeira com a mão direita.
    .step-2 = Incline a orelha esquerda em direção ao ombro esquerdo até sentir um alongamento no lado direito do pescoço.
    .step-3 = Leve a cabeça lentamente de volta ao centro.
    .step-4 = Segure o assento com a mão esquerda e incline a orelha direita em direção ao ombro direito.
    .step-5 = Leve a cabeça de volta ao centro e deixe os ombros relaxarem.

exercise-levator-scapulae-stretch = Alongamento do levantador da escápula
    .caution = Não puxe a cabeça e alivie o alongamento se sentir formigamento, tontura ou dor aguda.
    .step-1 = Sente-se com a coluna ereta e segure a lateral do assento da cadeira com a mão direita.
    .step-2 = Vire a cabeça parcialmente para a esquerda e abaixe o nariz em direção à axila esquerda.
    .step-3 = Erga a cabeça lentamente de volta ao centro.
    .step-4 = Segure o assento com a mão esquerda e abaixe o nariz em direção à axila direita.
    .step-5 = Erga a cabeça lentamente de volta ao centro e relaxe os ombros.

exercise-seated-thread-the-needle = Passar a agulha sentado
    .caution = Mantenha os quadris parados e gire apenas até onde for confortável.
    .step-1 = Sente-se com a coluna ereta, os pés apoiados no chão e a mão esquerda apoiada no joelho direito.
    .step-2 = Estenda o braço direito cruzando o corpo para a esquerda, deixando a parte superior das costas arredondar e girar.
    .step-3 = Leve o braço direito num arco para trás e para cima em direção ao teto, girando o peito para a direita.
    .step-4 = Troque de mão e estenda o braço esquerdo cruzando o corpo para a direita.
    .step-5 = Leve o braço esquerdo num arco para trás e para cima em direção ao teto, girando o peito para a esquerda.
    .step-6 = Volte ao centro, sente-se com a coluna ereta e respire devagar.

exercise-seated-open-book = Livro aberto sentado
    .caution = Mantenha os quadris voltados para a frente e pare antes de qualquer pinçamento no ombro.
    .step-1 = Sente-se com a coluna ereta e estenda os dois braços à frente na altura dos ombros, palmas juntas.
    .step-2 = Leve o braço direito para o lado e para trás, girando o peito e seguindo a mão com os olhos.
    .step-3 = Traga-o de volta e depois leve o braço esquerdo para o lado e para trás, girando para a esquerda.
    .step-4 = Continue alternando devagar, abrindo só até onde for confortável.
    .step-5 = Abaixe os braços e sente-se com a coluna ereta.

exercise-shoulder-rolls = Rotação de ombros
    .caution = Faça os círculos lentos e suaves, e diminua-os se sentir algum pinçamento.
    .step-1 = Sente-se com a coluna ereta e os braços soltos ao lado do corpo.
    .step-2 = Eleve os ombros em direção às orelhas e depois gire-os para trás e para baixo em círculos lentos.
    .step-3 = Inverta a direção e gire os ombros para a frente em círculos lentos.
    .step-4 = Termine com mais algumas rotações para trás, deixando os ombros caírem a cada vez.
    .step-5 = Expire e deixe os braços pesados e soltos.

exercise-chair-back-extension = Extensão no encosto da cadeira
    .caution = Use uma cadeira estável, que não role nem recline, e incline-se para trás só até onde for confortável.
    .step-1 = Sente-se bem para trás numa cadeira cujo encosto chegue mais ou menos à parte de baixo das escápulas.
    .step-2 = Cruze os braços sobre o peito ou apoie levemente a cabeça com as mãos.
    .step-3 = Incline-se suavemente para trás sobre a borda do encosto, deixando a parte superior das costas arquear.
    .step-4 = Volte à posição ereta e depois incline-se para trás de novo, expirando durante o movimento.
    .step-5 = Endireite-se devagar e relaxe.

exercise-doorway-chest-opener = Abertura de peito no batente da porta
    .caution = Mantenha o alongamento leve e recue se sentir formigamento nas mãos ou um pinçamento no ombro.
    .step-1 = Fique em pé no vão de uma porta com os antebraços no batente e os cotovelos na altura dos ombros.
    .step-2 = Dê um passo à frente com um pé e incline-se suavemente até sentir um alongamento no peito.
    .step-3 = Mantenha o alongamento, respirando devagar e mantendo os ombros baixos.
    .step-4 = Recue suavemente e depois incline-se de novo, um pouco mais apenas se for confortável.
    .step-5 = Saia do vão da porta e deixe os braços soltos.

exercise-wall-angels = Anjos na parede
    .caution = Seus braços não precisam tocar a parede; pare antes de qualquer pinçamento nos ombros.
    .step-1 = Fique em pé com as costas apoiadas na parede, os pés um pequeno passo à frente e os joelhos levemente flexionados.
    .step-2 = Eleve os braços em forma de trave de gol, com a parte de trás dos braços voltada para a parede.
    .step-3 = Deslize os braços lentamente para cima pela parede, mantendo-os tão próximos dela quanto for confortável.
    .step-4 = Deslize-os de volta para baixo até a posição de trave, levando as escápulas para baixo.
    .step-5 = Continue deslizando para cima e para baixo devagar, sem forçar os braços contra a parede.

exercise-standing-y-raise = Elevação em Y em pé
    .caution = Eleve os braços só até a altura que for confortável, sem arquear a lombar.
    .step-1 = Fique em pé com a coluna ereta, pés na largura do quadril e joelhos levemente flexionados, braços ao lado do corpo, polegares para a frente.
    .step-2 = Leve as escápulas levemente para trás e para baixo.
    .step-3 = Eleve os braços estendidos para cima e para fora em forma de Y, polegares apontando para cima.
    .step-4 = Abaixe-os devagar e eleve de novo em ritmo tranquilo, mantendo os ombros longe das orelhas.
    .step-5 = Deixe os braços soltos e os ombros relaxarem.

exercise-standing-side-bend = Inclinação lateral em pé
    .caution = Incline-se diretamente para o lado, e não para a frente, e mantenha o alongamento leve.
    .step-1 = Fique em pé com a coluna ereta, os pés na largura do quadril e os braços ao lado do corpo.
    .step-2 = Leve o braço direito acima da cabeça e incline-se suavemente para a esquerda, sentindo o lado direito se alongar.
    .step-3 = Volte lentamente ao centro.
    .step-4 = Leve o braço esquerdo acima da cabeça e incline-se suavemente para a direita.
    .step-5 = Continue alternando os lados devagar, expirando ao se inclinar.

exercise-clasped-hands-chest-opener = Abertura de peito com mãos entrelaçadas
    .caution = Eleve os braços só um pouco e pare se sentir um pinçamento na parte da frente dos ombros.
    .step-1 = Fique em pé com a coluna ereta e entrelace as mãos atrás das costas, ou segure uma toalha entre elas.
    .step-2 = Estenda os braços suavemente e junte as escápulas enquanto eleva o peito.
    .step-3 = Mantenha e respire devagar, com o queixo nivelado e os ombros longe das orelhas.
    .step-4 = Solte, gire os ombros algumas vezes e depois entrelace as mãos e eleve de novo.
    .step-5 = Solte as mãos e deixe os braços soltos.

exercise-thread-the-needle = Passar a agulha
    .caution = Não coloque peso sobre o pescoço e proteja os joelhos com algo macio, ou pule o exercício, se ficar ajoelhado doer.
    .step-1 = Fique de quatro apoios, punhos abaixo dos ombros e joelhos abaixo dos quadris.
    .step-2 = Deslize o braço direito por baixo do corpo para a esquerda, abaixando o ombro direito em direção ao chão.
    .step-3 = Desfaça a torção e estenda o braço direito para cima em direção ao teto, acompanhando-o com os olhos.
    .step-4 = Deslize o braço esquerdo por baixo do corpo para a direita, abaixando o ombro esquerdo em direção ao chão.
    .step-5 = Desfaça a torção e estenda o braço esquerdo para cima em direção ao teto, acompanhando-o com os olhos.
    .step-6 = Volte à posição de quatro apoios e depois sente-se para trás em direção aos calcanhares para descansar.

## Screen readers: the windows' texts read aloud, where the screen shows them apart

# $step, $steps: numbers; $text: the step's words
access-step = Passo { $step } de { $steps }: { $text }
# $time: minutes and seconds left, e.g. 0:42; $paused: yes or no
access-time = { $paused ->
    [yes] { $time } pausado
   *[no] { $time } restantes
}
# $day: a short weekday name (weekday-short); $count: stretches completed that day
access-week-day = { $day } { $count }
# $days: the last seven days, each an access-week-day, joined by commas
access-week-last-7 = Últimos 7 dias: { $days }
# $rate: a percentage such as 80%; $detail: week-completion-detail
access-week-completion = Conclusão: { $rate } ({ $detail })
# $streak: week-streak-days
access-week-streak = Sequência: { $streak }

## Errors in the config file and in the user's exercises file, after "file:line:column: ".
## Keys, sections, paths and values in backticks or quotes stay exactly as written: they are
## what the person types in the file. Only the words around them are translated.
## $suggestion is the closest allowed word, or "none" when nothing is close.

# $bytes: the file's size; $max: the limit in KiB
config-too-big = o arquivo tem { $bytes } bytes; aqui um arquivo pode ter no máximo { $max } KiB. É o arquivo certo?
config-not-utf8 = UTF-8 inválido: o arquivo deve ser salvo como texto UTF-8
# $what: key or section; $name: as written ([brackets] included for a section);
# $allowed: the keys or sections allowed there, comma-separated
config-unknown-name = { $what ->
    [section] seção desconhecida `{ $name }`
   *[key] chave desconhecida `{ $name }`
}{ $suggestion ->
    [none] {""}
   *[other] ; você quis dizer `{ $suggestion }`?
} (permitidas aqui: { $allowed })
# $key: a key written at the top that belongs in $section; $detail: config-unknown-name
config-key-belongs = `{ $key }` pertence à seção [{ $section }]: coloque-a abaixo de uma linha `[{ $section }]` ({ $detail })
# $name: the section as written, e.g. [schedule]
config-duplicate-section = seção `{ $name }` duplicada: cada seção pode aparecer só uma vez; junte as chaves dela na primeira
# $name: the key
config-duplicate-key = chave `{ $name }` duplicada: cada chave pode aparecer só uma vez
config-duplicate-key-unnamed = chave duplicada: cada chave pode aparecer só uma vez
# $value: the bare word written (yes, no, on, off…)
config-yes-no = `{ $value }` não é um valor: para sim/não, escreva true ou false (em minúsculas, sem aspas)
# $value: the text written without quotes
config-quote-text = o texto deve ficar entre aspas: escreva "{ $value }"
config-quote-text-example = o texto deve ficar entre aspas, por exemplo "45m"
config-unclosed-string = string não fechada: falta a aspa de fechamento `"`
# $found: a config-found; $expected: a config-expected
config-wrong-type = tipo errado: encontrado { $found }, esperado { $expected }
# What the file has where another type belongs. $value: as written
config-found = { $kind ->
    [integer] um inteiro `{ $value }`
    [float] um número de ponto flutuante `{ $value }`
    [boolean] um booleano `{ $value }`
    [string] uma string { $value }
    [list] uma lista
    [table] uma tabela
    [date] uma data `{ $value }`
    [datetime] uma data e hora `{ $value }`
    [time] um horário `{ $value }`
   *[other] { $value }
}
# What a key takes. $name: the section for a table, else the reader's own English words
config-expected = { $what ->
    [boolean] true ou false
    [string] uma string
    [list] uma lista entre colchetes, por exemplo ["a", "b"]
    [table] uma tabela: [{ $name }]
    [duration] uma string de duração como "45m", "1h 30m" ou "90s"
    [sit-stand] uma tabela com duas durações: {"{"} sit = "40m", stand = "20m" {"}"}
    [integer] um número inteiro
    [number] um número
   *[other] { $name }
}
# $name: the section
config-section-list = `{ $name }` deve ser uma única tabela, escrita [{ $name }], e não uma lista delas como [[{ $name }]]
# $key: the key that must be there
config-missing-key = campo `{ $key }` ausente
# The TOML reader's findings. $detail: its own English words, for the rarer ones
config-syntax = { $problem ->
    [key-no-value] chave sem valor
    [unclosed-table] tabela não fechada
    [unclosed-array-table] array de tabelas não fechado
    [unclosed-array] array não fechado
    [unclosed-inline-table] tabela inline não fechada
    [missing-comma-array] falta uma vírgula entre os elementos do array
    [missing-comma-table] falta uma vírgula entre os pares chave-valor
    [missing-value] valor ausente
    [extra-comma] vírgula a mais
    [extra-equals] `=` a mais
    [invalid-key] chave sem aspas inválida
    [invalid-string] string inválida
    [invalid-value] valor inválido
    [unexpected-content] conteúdo inesperado
   *[other] { $detail }
}
# $syntax: a config-syntax; $expected: the marks that may come here, in backticks, or config-syntax-thing
config-syntax-expected = { $syntax }, esperado { $expected }
config-syntax-thing = { $thing ->
    [key] uma chave
   *[value] um valor
}

# Durations ("45m", "1h 30m", "90s")
config-duration-empty = duração vazia; escreva, por exemplo, "45m", "1h 30m" ou "90s"
config-duration-negative = durações negativas não são permitidas
# $value: as written
config-duration-unreadable = não é possível ler `{ $value }` como duração; escreva, por exemplo, "45m", "1h 30m" ou "90s"
# $value: the number written without a unit
config-duration-no-unit = `{ $value }` não tem unidade; escreva "{ $value }m" para minutos ou "{ $value }s" para segundos
# $unit: the unit written
config-duration-unknown-unit = unidade desconhecida `{ $unit }`; use s, m ou h (por exemplo "45m", "1h 30m", "90s")
config-duration-too-large = duração longa demais
# $value: as written; $reason: one of the config-duration messages above
config-value-reason = `{ $value }`: { $reason }
# $value: the number written
config-duration-number = durações são strings com unidade: escreva "{ $value }m" ou "{ $value }s", e não { $value }
config-duration-fraction = durações são strings com unidade, como "90s", e não o número { $value }
# $zero: yes when the value is zero, else no; $value, $min, $max: durations such as 45m
config-out-of-range = { $zero ->
    [yes] `{ $key }` não pode ser zero: o valor é { $value }, o permitido é de { $min } a { $max }
   *[no] `{ $key }` está fora do intervalo: o valor é { $value }, o permitido é de { $min } a { $max }
}
config-choices-empty = `{ $key }` está vazio: informe pelo menos uma duração, por exemplo ["10m"]
# $count: entries written; $max: entries a menu takes
config-choices-too-many = `{ $key }` tem { $count } itens; cabem no máximo { $max } em um menu
# $stretch, $interval: durations such as 45m
config-stretch-longer = `stretch.duration` ({ $stretch }) é mais longo que `schedule.interval` ({ $interval }); um alongamento precisa caber entre os lembretes
# $idle, $natural: durations such as 5m
config-idle-longer = `presence.idle_after` ({ $idle }) é mais longo que `presence.natural_break` ({ $natural }); você precisa estar ausente antes que o tempo longe possa contar como pausa
# $every, $interval: durations such as 45m
config-nudge-not-shorter = `posture.nudge_every` ({ $every }) precisa ser mais curto que `schedule.interval` ({ $interval }): os lembretes de postura vêm entre os alongamentos

# Times of day
config-time-unquoted = um horário do dia é escrito entre aspas, como "08:00"
# $value: as written
config-time-bad = `{ $value }` não é um horário do dia; use o formato de 24 horas "HH:MM", de "00:00" a "23:59"

# Words from a short list. $key: the key; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-word-unknown = `{ $key }` é "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(você quis dizer "{ $suggestion }"?)
}; valores permitidos: { $allowed }
config-language-unknown = `general.language` é "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] {" "}(você quis dizer "{ $suggestion }"?)
}; os idiomas são: { $allowed }
config-positions-empty = `stretch.positions` está vazio: liste pelo menos um entre "seated", "standing", "floor"
# $what: position, kind or area; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-unknown-word = { $what ->
    [position] posição desconhecida "{ $value }";
    [kind] tipo desconhecido "{ $value }";
   *[area] área desconhecida "{ $value }";
}{ $suggestion ->
    [none] {""}
   *[other] {" "}você quis dizer "{ $suggestion }"?
} valores permitidos: { $allowed }
config-hold-when-unknown = `{ $value }` não é algo que possa fazer um lembrete aguardar{ $suggestion ->
    [none] {""}
   *[other] {" "}(você quis dizer `{ $suggestion }`?)
}; valores permitidos: { $allowed }

# [sync]. $name: the machine name as written; $max: its longest length; $char: the character, quoted
config-sync-name = { $problem ->
    [empty] `sync.name` "{ $name }" está vazio
    [too-long] `sync.name` "{ $name }" tem mais de { $max } caracteres
    [character] `sync.name` "{ $name }" contém { $char }: use letras, dígitos, '-', '_' e '.' (ele dá nome a um arquivo)
    [dot] `sync.name` "{ $name }" começa com '.': arquivos assim são ocultos ou do próprio programa de sincronização
   *[conflict] `sync.name` "{ $name }" parece uma cópia de conflito do Syncthing
}
config-sync-name-alone = `sync.name` sem `sync.folder`: a sincronização só fica ligada com uma pasta, por exemplo folder = "~/Sync/posture-break"
config-sync-folder-empty = `sync.folder` está vazio: informe a pasta sincronizada, por exemplo "~/Sync/posture-break", ou omita a chave para manter a sincronização desligada
# $folder: as written
config-sync-folder-relative = `sync.folder` "{ $folder }" é um caminho relativo: escreva um caminho completo ou um dentro da sua pasta pessoal, por exemplo "~/Sync/posture-break"

# [working_hours]
config-days-empty = `working_hours.days` está vazio: liste os dias em que os lembretes podem aparecer, como ["mon", "tue", "wed", "thu", "fri"] (para folgar um dia, escreva por exemplo `fri = []`; para não ter horário de trabalho, remova a seção)
# $value: as written
config-day-unknown = `{ $value }` não é um dia{ $suggestion ->
    [none] {""}
   *[other] {" "}(você quis dizer `{ $suggestion }`?)
}; use mon, tue, wed, thu, fri, sat, sun
# $key: hours or a day (mon…sun); $value: the range as written; $part: the time in it
config-hours-not-range = `working_hours.{ $key }`: `{ $value }` não é um intervalo de horário; escreva os intervalos como "HH:MM-HH:MM" no formato de 24 horas, por exemplo "09:00-17:30"
config-hours-not-time = `working_hours.{ $key }`: `{ $value }`: `{ $part }` não é um horário; escreva os intervalos como "HH:MM-HH:MM" no formato de 24 horas, por exemplo "09:00-17:30"
config-hours-out-of-day = `working_hours.{ $key }`: `{ $value }`: `{ $part }` não é um horário do dia (de 00:00 a 23:59; 24:00 só como fim)
config-hours-empty = `working_hours.{ $key }`: `{ $value }` está vazio: o início e o fim são o mesmo horário
# $other: the earlier range it overlaps
config-hours-overlap = `working_hours.{ $key }`: `{ $value }` se sobrepõe a `{ $other }`; informe cada horário uma só vez

# The user's exercises file. $id: the exercise id as written
config-exercise-id-bad = o id de exercício "{ $id }" deve ter de 1 a 64 caracteres entre a-z, 0-9 e '-'
config-exercise-id-taken = o id de exercício "{ $id }" já está em uso; os ids devem ser únicos
# $field: name or caution
config-exercise-field-length = `{ $field }` deve ter de 1 a 200 caracteres
# $allowed: the areas, quoted and comma-separated
config-exercise-areas-empty = `areas` está vazio; liste uma ou mais áreas entre { $allowed }
config-exercise-steps-count = `steps` deve ter de 1 a 12 passos
# $secs: as written
config-exercise-step-secs = o `secs` do passo é { $secs }; o permitido é de 1 a 600
config-exercise-step-text = o `text` do passo deve ter de 1 a 300 caracteres
config-exercise-flow-without-pose = `flow` precisa de uma `pose` de onde começar: escreva a primeira forma como `pose`
config-exercise-flow-count = `flow` deve ter de 1 a 7 formas
# A figure's pose out of bounds, in the pose model's own English words (joint names, degrees)
config-exercise-pose = { $detail }

## The launcher (the desktop entry): how app menus describe it, and its right-click actions
## (the others are the tray menu's: menu-stretch-now, menu-snooze, menu-your-week)

launcher-generic-name = Lembrete de pausas para alongamento
launcher-comment = Oferece a cada 45 minutos um alongamento guiado de um minuto para o meio das costas, o pescoço e os ombros
launcher-pause-hour = Pausar por 1 hora
launcher-open = Abrir a janela
