# posture-break: 日本語カタログ。en.ftl と同じメッセージ・属性・変数を持ちます。
# 設定のキー・パス・値はそのまま。{ } 内の変数は実行時に埋められます。

## 多くの場所で使う語

# $day: mon, tue, wed, thu, fri, sat, sun
weekday-short = { $day ->
    [mon] 月
    [tue] 火
    [wed] 水
    [thu] 木
    [fri] 金
    [sat] 土
   *[sun] 日
}
# $position: seated, standing, floor
exercise-position = { $position ->
    [seated] 座位
    [standing] 立位
   *[floor] 床
}
# $kind: mobility (ほぐす), strength (姿勢を支える筋肉をつける)
exercise-kind = { $kind ->
    [mobility] 可動性
   *[strength] 筋力
}
# $area: middle_back, neck, shoulders
exercise-area = { $area ->
    [middle_back] 背中の中部
    [neck] 首
   *[shoulders] 肩
}

# $day: weekday-short; $time: 09:00
day-and-time = { $day }曜日 { $time }
# 時間の長さ「1時間30分」: 各部分を duration-join でつなぐ
duration-hours = { $count ->
   *[other] { $count }時間
}
duration-minutes = { $count ->
   *[other] { $count }分
}
duration-seconds = { $count ->
   *[other] { $count }秒
}
# $first, $second: duration-* の2つの部分
duration-join = { $first }{ $second }
duration-minutes-short = { $count }分
duration-hours-short = { $count }時間
# 「1分間のストレッチ」; $unit: minute または second
duration-adjective = { $unit ->
    [minute] { $count }分間
   *[second] { $count }秒間
}
# $busy: fullscreen, do-not-disturb, camera
busy-what = { $busy ->
    [fullscreen] 全画面表示のウィンドウ
    [do-not-disturb] おやすみモード
   *[camera] 通話（カメラ）
}
# $position: sitting, standing
you-are = { $position ->
    [sitting] 座っています
   *[standing] 立っています
}

## 状態の説明: トレイのステータス行

tray-next-stretch = 次のストレッチ: { $time }
tray-back-from-break = おかえりなさい。休憩としてカウントしました。次のストレッチ: { $time }
tray-held-busy = ストレッチの時間です: { busy-what }が終わるまで待機中
tray-held-away = 戻ってくるのを待っています
tray-held-elsewhere = ストレッチの時間：使用中のコンピューターに表示
# $when: 時刻 (10:35) または day-and-time
tray-off-until = { $when }まで勤務時間外
tray-off-none-ahead = 勤務時間外: この先の勤務時間はありません
tray-reminding = リマインダーを表示中
tray-stretching = ストレッチ中
tray-snoozed-until = { $time }までスヌーズ中
tray-paused-until-resumed = 再開するまで一時停止中
tray-paused-until = { $when }まで一時停止中
tray-paused-until-tomorrow = 明日の{ $time }まで一時停止中

## `status` コマンドの文 (時刻は秒まで)

status-snoozed-until = { $time }までスヌーズ中
status-paused-until = { $time }まで一時停止中
status-paused-until-resumed = 再開するまで一時停止中
status-reminding = リマインダーを表示中
status-held-busy = ストレッチの時間です。{ busy-what }が終わるまでリマインダーは待機します
status-held-away = ストレッチの時間です。戻ってくるまでリマインダーは待機します
status-held-elsewhere = ストレッチの時間です。リマインダーは使用中のコンピューターに表示されます
status-off-hours-until = { $time }まで勤務時間外
status-off-hours-none-ahead = 勤務時間外（この先の勤務時間なし）
status-stretching = ストレッチ中: { $exercise }
status-active = 有効、次のストレッチ: { $time }
# $interval: 時間の長さ; $config: 設定ファイルのパス
status-sentence = { $summary }（{ $interval }ごと、設定: { $config }）

## ステータスバー用の短い表示 (`status --format short`, waybar のテキスト)

# $state: active, snoozed, paused, reminding, stretching, held, off_hours
bar = { $state ->
    [reminding] 今ストレッチ
    [stretching] ストレッチ中
    [held] ストレッチ待ち
    [snoozed] スヌーズ中
    [paused] 一時停止中
    [off_hours] 時間外
   *[active] 次
}
bar-with-time = { bar } { $time }
waybar-tooltip = posture-break: { $summary }
waybar-not-running = posture-break は実行されていません

## 進み具合とエクササイズのまとめ (トレイのツールチップ、週のウィンドウ、`stats`)

progress-today = { $count ->
    [0] 今日はまだストレッチしていません
   *[other] 今日のストレッチ: { $count }回
}
# $today: progress-today; $streak: ストレッチをした連続日数
progress-with-streak = { $today } · { $streak ->
   *[other] { $streak }日連続
}
exercises-this-week = 今週: 可動性{ $mobility }回、筋力{ $strength }回
# $split: exercises-this-week; $names: list-separator でつないだエクササイズ名
exercises-rated-good = { $split } · 高評価: { $names }
list-separator = {"、"}

## ストレッチ後の質問と「痛かった」で表示される内容

feeling-question = いかがでしたか？
# $feeling: good, not_for_me, hurt
feeling-answer = { $feeling ->
    [good] よかった
    [not_for_me] 自分には合わない
   *[hurt] 痛かった
}
hurt-stop = 中止して、楽に動かせる範囲だけで動いてください。
hurt-see-a-clinician = 痛みが続く場合、または脚に広がるしびれやピリピリ感、胸の痛み、排尿や排便のコントロールの変化がある場合は、医療専門家の診察を受けてください。
# 次の行にエクササイズを元に戻すコマンドが表示されます。
hurt-not-offered-again = { $exercise }は今後提案されません。元に戻すには:
# 提案できるエクササイズが残っていないときのリマインダー。`positions` と [stretch] はそのまま。
nothing-left-all-hurt = { $count ->
   *[other] 設定した姿勢で行えるエクササイズ（{ $count }件）がすべて「痛かった」と評価されているため、提案できるストレッチがありません。評価を取り消す（posture-break exercises rate ID clear）か、設定ファイルの [stretch] にある `positions` で許可する姿勢を増やしてください。
}
nothing-left-no-position = 設定した姿勢に合うエクササイズがないため、提案できるストレッチがありません。設定ファイルの [stretch] にある `positions` で許可する姿勢を増やしてください。

## ストレッチの合間の姿勢リマインド

nudge-change-position = 姿勢を変えましょう
nudge-sit-back = 椅子の背もたれに深く座りましょう。腰の後ろに丸めたタオルを当てると楽です
nudge-shoulders = 肩の力を抜いて下げ、後ろへ回しましょう
nudge-stand-up-a-moment = 少し立ち上がりましょう
nudge-time-to-stand = 立つ時間です
nudge-time-to-sit = 座る時間です

## コマンドラインでのエクササイズ (`exercises list|show|next|rate`)

# $areas: list-separator でつないだ体の部位; $done: 実施回数; $rating: feeling-answer または "none"
exercise-list-details = { $areas } · 実施{ $done }回{ $rating ->
    [none] {""}
   *[other] 、評価「{ $rating }」
}
# $number: ステップ番号; $secs: その長さ（秒）
exercise-show-step = { $number }. { $text }（{ $secs }秒）
exercise-caution = 注意: { $caution }
# $reason: strength_turn, favourite, rotation
pick-reason = { $reason ->
    [strength_turn] 筋力の番: 可動性のストレッチが2回続いたため
    [favourite] お気に入り: 「よかった」と評価されたため、2倍の頻度で提案
   *[rotation] ローテーション
}
# $rating: feeling-answer
exercise-rated = { $exercise }: 「{ $rating }」と評価しました
exercise-rating-cleared = { $exercise }: 評価を取り消しました

## トレイメニュー (XEmbed トレイのメニューも)

menu-stretch-now = 今すぐストレッチを開始
menu-snooze = スヌーズ
menu-pause = 一時停止
menu-until-tomorrow = 明日まで
menu-until-resumed = 再開するまで
menu-resume = 再開
menu-posture-nudges = 姿勢リマインド
menu-sitting = 座っています
menu-standing = 立っています
menu-your-week = 今週の記録
menu-open-config = 設定ファイルを開く
menu-start-at-login = ログイン時に起動
menu-quit = 終了

## 通知

# $length: duration-adjective
reminder-summary = { $length }のストレッチの時間です
# $step: エクササイズの最初のステップ
reminder-body = { $exercise }: { $step }
# リマインダーのボタン; $duration: 「10分」
reminder-start = ストレッチを開始
reminder-snooze = { $duration }スヌーズ
reminder-skip = スキップ
notice-config-removed = posture-break: 設定ファイルが削除されました
notice-config-removed-body = { $path } が削除されました。再び作成されるまでデフォルト設定を使用します
# この後に設定エラーそのもの（英語、file:line:column 付き）が続きます。
notice-config-not-applied = posture-break: 設定が適用されませんでした
notice-keeping-config = 最後に正常だった設定を使用します
notice-keeping-exercises = 最後に正常だったエクササイズを使用します
notice-using-defaults = デフォルト設定を使用します
welcome-summary = posture-break を実行中です
# アプリを表示するトレイがない場合のウェルカム (AppIndicator 拡張機能のない GNOME)
welcome-body-no-tray = 最初の{ $length }のストレッチは{ $first }で、その後は{ $interval }ごとです。
    このデスクトップではトレイアイコンが表示されません。ランチャーから posture-break を開くか（そこで右クリックすると「今すぐストレッチを開始」「スヌーズ」「1時間一時停止」「今週の記録」を選べます）、posture-break open を実行してください。設定: { $config }
# $first: 最初のストレッチの時刻; $interval: 時間の長さ; $config: 設定ファイルのパス
welcome-body = posture-break はトレイで動作します。最初の{ $length }のストレッチは{ $first }で、その後は{ $interval }ごとです。
    トレイアイコンを右クリックするとメニュー（ストレッチ開始、スヌーズ、一時停止）が開き、左クリックすると今週の記録が表示されます。設定: { $config }

## ストレッチのウィンドウ

# リング内のカウントダウンの下（リングは小さいので短く）
stretch-time-left = 残り
stretch-paused = 一時停止中
stretch-step-of = ステップ { $step }/{ $steps }
stretch-done = 完了
stretch-skip = スキップ
# The sound toggle's name for screen readers
stretch-sound = 音
# キーの説明行; $paused と $sound は "true" または "false"
stretch-keys = { $paused ->
    [true] Space 再開
   *[false] Space 一時停止
} · Enter 完了 · Esc スキップ{ $sound ->
    [true] {" · V 音"}
   *[false] {""}
}
feeling-keys = 1 よかった · 2 自分には合わない · 3 痛かった · Esc 閉じる。回答しなくても構いません。
hurt-title = このストレッチで痛みが出ました
hurt-keys = Enter または Esc で閉じる
window-close = 閉じる

## 週のウィンドウ

week-window-title = posture-break — 今週の記録
week-title = 今週の記録
week-last-7-days = 過去7日間
week-completion = 実施率
# $rate_28: パーセント（「80%」）または「–」
week-completion-detail = 今週は提案{ $offered }回中{ $completed }回実施、28日間: { $rate_28 }
week-streak = 連続記録
week-streak-days = { $days ->
   *[other] { $days }日
}
week-legend-stretches = ストレッチ
week-legend-natural-breaks = 自然な休憩
week-legend-standing = 立っていた時間（下）
week-legend-sitting = 座っていた時間（下）
week-last-28-days = 過去28日間: ストレッチ{ $completed }回、自然な休憩{ $breaks }回
# 28日分のバーの下のラベル; $month: 1〜12
day-and-month = { $month ->
    [1] 1
    [2] 2
    [3] 3
    [4] 4
    [5] 5
    [6] 6
    [7] 7
    [8] 8
    [9] 9
    [10] 10
    [11] 11
   *[12] 12
}/{ $day }
week-keys = Esc で閉じる
# 1日のうちある姿勢でいた時間（短く）: 「45分」「5時間」「1時間05分」（$minutes はそこでは2桁）
time-compact-minutes = { $minutes }分
time-compact-hours = { $hours }時間
time-compact = { $hours }時間{ $minutes }分

## `stats`

# 行のラベル; 値は最も長いラベルの後ろにそろえて並びます
stats-label = { $label }:
stats-today = 今日
stats-last-7-days = 過去7日間
stats-last-28-days = 過去28日間
stats-completion = 実施率
stats-positions = 姿勢
stats-streak = 連続記録
stats-kinds = 種類
stats-rated-good = 高評価
stats-day = 実施{ $completed }回、{ $natural_breaks ->
   *[other] 自然な休憩{ $natural_breaks }回
}、スキップ{ $skipped }回、リマインダー{ $reminded }回
stats-completion-rate = { $percent }%（過去7日間）
stats-no-reminders-yet = リマインダーはまだありません（過去7日間）
# $span: today, last_7_days; $standing, $sitting: 「1時間20分」
stats-positions-value = { $span ->
    [today] 今日
   *[last_7_days] 過去7日間
}: 立位{ $standing }、座位{ $sitting }
stats-kinds-value = 可動性{ $mobility }回、筋力{ $strength }回（過去7日間）

## アプリ自身のウィンドウ (`posture-break open`)、トレイのないデスクトップ向け

## `sync status`: several computers through a synced folder

sync-off = 同期はオフです：コンピューター間で休憩を共有するには、設定で [sync] folder を指定してください。
# $name: this computer's name; $folder: the folder as written in the config
sync-here = このコンピューターは { $folder } の { $name } です
sync-no-peers = ほかのコンピューターはまだ書き込んでいません。
# $presence: away, here; $when: "2026-12-07 10:05"
sync-peer = { $name }: { $presence ->
    [away] 不在
   *[here] 使用中
}, 最終記録 { $when }
sync-peer-silent = { $name }: まだ読める内容がありません

home-window-title = posture-break
home-keys = 上下 移動 · Enter 選択 · 左右 サブメニュー · Esc 閉じる

## エクササイズ: 英語の原文は `assets/exercises.toml`。ID とステップ数はそれに合わせます。
## 注意事項と安全に関する注記は原文に忠実に: いつ中止すべきかを伝えるものです。

exercises-notice = これらのストレッチは一般的な健康教育のためのもので、医学的な助言ではありません。ゆっくり動き、どこかが痛む場合は中止してください。
exercises-red-flags = 脚に広がるしびれやピリピリ感、胸の痛み、排便や排尿のコントロールの変化がある場合は、これらのストレッチを行う前に医療専門家に相談してください。

exercise-cat-cow = キャット＆カウ
    .caution = 楽に動かせる範囲だけで動いてください。ひざをつくと痛む場合は、ひざの下にクッションを敷くか、この運動を省いてください。
    .step-1 = 四つんばいになり、手首を肩の真下に、ひざを股関節の真下に置きます。
    .step-2 = 息を吸いながらおなかを沈めて胸を持ち上げ、視線をやや前に向けます。
    .step-3 = 息を吐きながら背中を天井に向けて丸め、頭を下げます。
    .step-4 = 呼吸に合わせて、2つの姿勢の間をゆっくり行き来し続けます。
    .step-5 = 背中を平らに戻し、お尻をかかとの方へ引いて休みます。

exercise-seal-stretch = シールストレッチ
    .caution = 腕を伸ばすと腰に負担がかかる場合は、代わりに前腕をついた姿勢のままにしてください。
    .step-1 = うつぶせになり、両手を肩の下の床につきます。
    .step-2 = 両手で床を押して胸を持ち上げます。腰は床につけたままにします。
    .step-3 = その姿勢を保ち、背中をやさしく反らせます。肩は耳から遠ざけておきます。
    .step-4 = ゆっくり下ろし、楽に感じる範囲でもう一度押し上げます。
    .step-5 = 下まで下ろし、両手の上に額をのせて休みます。

exercise-seated-trunk-rotation = 座ったまま体幹ひねり
    .caution = 反動をつけたり、動きの終わりで無理に押し込んだりせず、なめらかにひねってください。
    .step-1 = 椅子の前の方に背すじを伸ばして座り、両足の裏を床にぴったりつけます。
    .step-2 = 胸の前で腕を交差させ、両手を反対側の肩に置きます。
    .step-3 = 腰は正面に向けたまま、上半身をゆっくり右にひねります。
    .step-4 = 中央に戻り、次にゆっくり左にひねります。
    .step-5 = ひねるときに息を吐きながら、左右交互にやさしく続けます。

exercise-bent-over-iyt = 前傾I/Y/T
    .caution = 首は背中と一直線に保ってください。前かがみになると腰がつらい場合は、股関節から上体を前に倒す動きを省いてください。
    .step-1 = ひざを軽く緩めて立ち、背中をまっすぐにしたまま股関節から上体を前に倒し、腕を下に垂らします。
    .step-2 = Iの字: 親指を上に向けて両腕を耳の横まで前に上げ、ゆっくり下ろします。
    .step-3 = Yの字: 肩甲骨を寄せながら腕を斜め上に上げ、ゆっくり下ろします。
    .step-4 = Tの字: 腕をまっすぐ横に上げ、コントロールしながら下ろします。
    .step-5 = ゆっくり体を起こし、腕の力を抜きます。

exercise-seated-cat-cow = 座ったままキャット＆カウ
    .caution = 特に首は、ゆっくりと痛みのない範囲で動かしてください。
    .step-1 = 椅子の前の方に座り、両手をひざの上に置きます。
    .step-2 = 息を吸いながら胸を前に持ち上げ、肩を後ろに引いて下げます。
    .step-3 = 息を吐きながら背中の上部を丸め、あごを胸の方へ下げます。
    .step-4 = 呼吸に合わせて、2つの姿勢の間をゆっくり行き来し続けます。
    .step-5 = 背すじを伸ばし、楽でリラックスした姿勢で座って終わります。

exercise-chin-tucks = チンタック（あご引き）
    .caution = やさしく動かし、めまい、ピリピリ感、または腕に広がる痛みを感じたら中止してください。
    .step-1 = 肩の力を抜いて背すじを伸ばして座り、まっすぐ前を見ます。
    .step-2 = 頭を傾けずに、二重あごをつくるように、あごをまっすぐ後ろへ引きます。
    .step-3 = 数秒間保ち、頭蓋骨の付け根がやさしく伸びるのを感じます。
    .step-4 = 力を緩め、視線を水平に保ったままゆっくり繰り返します。
    .step-5 = 首の力を抜き、呼吸を落ち着かせます。

exercise-shoulder-blade-squeeze = 肩甲骨寄せ
    .caution = やさしく寄せ、首の力は抜いたまま、腰を反らせないようにしてください。
    .step-1 = 背すじを伸ばして座り、腕は体の横で力を抜き、ひじを軽く曲げます。
    .step-2 = 肩甲骨の間に鉛筆をはさむようなつもりで、肩甲骨を後ろに引いて下げます。
    .step-3 = 肩をすくめずに、普通に呼吸しながら約5秒間保ちます。
    .step-4 = ゆっくり緩め、楽なペースで寄せる動きを繰り返します。
    .step-5 = 肩の力を完全に抜きます。

exercise-seated-w-squeeze = 座ったままW字寄せ
    .caution = 動きは小さく楽にし、首を長く保ってください。肩に挟まるような感じが出る手前で止めてください。
    .step-1 = 背もたれから離れて背すじを伸ばして座り、足の裏を床につけ、腕は体の横で力を抜きます。
    .step-2 = ひじを曲げて手を肩の高さまで上げ、手のひらを前に向けてWの字をつくります。
    .step-3 = ひじを下と後ろに引き、肩甲骨を寄せます。
    .step-4 = ひと呼吸保ってから、ゆっくりWの字に戻します。楽なペースで繰り返します。
    .step-5 = 腕を下ろし、肩の力を抜きます。

exercise-neck-side-stretch = 首の横のストレッチ
    .caution = 頭を手で引っぱらないでください。ピリピリ感やめまいを感じたら中止してください。
    .step-1 = 背すじを伸ばして座り、右手で椅子の座面の横をつかみます。
    .step-2 = 首の右側が伸びるのを感じるまで、左耳を左肩の方へ傾けます。
    .step-3 = ゆっくり頭を中央に戻します。
    .step-4 = 左手で座面をつかみ、右耳を右肩の方へ傾けます。
    .step-5 = 頭を中央に戻し、肩の力を抜きます。

exercise-levator-scapulae-stretch = 肩甲挙筋のストレッチ
    .caution = 頭を手で引っぱらないでください。ピリピリ感、めまい、鋭い痛みを感じたら、伸ばすのを緩めてください。
    .step-1 = 背すじを伸ばして座り、右手で椅子の座面の横をつかみます。
    .step-2 = 頭を左に半分ほど回し、鼻を左のわきの下の方へ下げます。
    .step-3 = ゆっくり頭を上げて中央に戻します。
    .step-4 = 左手で座面をつかみ、鼻を右のわきの下の方へ下げます。
    .step-5 = ゆっくり頭を上げて中央に戻し、肩の力を抜きます。

exercise-seated-thread-the-needle = 座ったまま糸通しのポーズ
    .caution = 腰は動かさず、楽な範囲でのみひねってください。
    .step-1 = 背すじを伸ばして座り、両足の裏を床につけ、左手を右ひざに置きます。
    .step-2 = 右腕を体の前を横切るように左へ伸ばし、背中の上部を丸めながらひねります。
    .step-3 = 右腕を後ろへ、そして天井の方へ大きく弧を描くように上げ、胸を右に向けます。
    .step-4 = 手を入れ替え、左腕を体の前を横切るように右へ伸ばします。
    .step-5 = 左腕を後ろへ、そして天井の方へ大きく弧を描くように上げ、胸を左に向けます。
    .step-6 = 中央に戻り、背すじを伸ばしてゆっくり一呼吸します。

exercise-seated-open-book = 座ったままオープンブック
    .caution = 腰は正面に向けたまま、肩に挟まるような感じが出る前に止めてください。
    .step-1 = 背すじを伸ばして座り、両腕を肩の高さで前にまっすぐ伸ばし、手のひらを合わせます。
    .step-2 = 右腕を横から後ろへ開き、手を追うように胸と視線を回します。
    .step-3 = 腕を戻し、今度は左腕を横から後ろへ開いて、左に回します。
    .step-4 = 楽に感じる範囲でだけ開きながら、左右交互にゆっくり続けます。
    .step-5 = 腕を下ろし、背すじを伸ばして座ります。

exercise-shoulder-rolls = 肩回し
    .caution = 円はゆっくりなめらかに描き、どこかが挟まるように感じたら小さくしてください。
    .step-1 = 背すじを伸ばして座り、腕を体の横に楽に垂らします。
    .step-2 = 肩を耳の方へ持ち上げ、ゆっくり円を描くように後ろ、下へと回します。
    .step-3 = 向きを変え、ゆっくり円を描くように肩を前に回します。
    .step-4 = 最後にもう数回後ろに回し、そのたびに肩をストンと落とします。
    .step-5 = 息を吐き、腕の重みにまかせて垂らします。

exercise-chair-back-extension = 椅子の背もたれで背中反らし
    .caution = キャスターで動いたりリクライニングしたりしない安定した椅子を使い、楽に感じる範囲でだけ後ろに反らしてください。
    .step-1 = 背もたれの上端が肩甲骨の下あたりにくる椅子に、深く座ります。
    .step-2 = 胸の前で腕を交差させるか、両手で頭を軽く支えます。
    .step-3 = 背もたれの上端をまたぐように、やさしく後ろへ反らし、背中の上部を反らせます。
    .step-4 = まっすぐに戻り、息を吐きながらもう一度後ろへ反らします。
    .step-5 = ゆっくり体を起こし、力を抜きます。

exercise-doorway-chest-opener = ドア枠で胸のストレッチ
    .caution = 伸ばしすぎず軽めにし、手にピリピリ感を感じたり肩に挟まるような感じがしたら、緩めてください。
    .step-1 = 出入口に立ち、前腕をドア枠に当て、ひじを肩の高さにします。
    .step-2 = 片足を一歩前に出し、胸の前が伸びるのを感じるまでやさしく体を前に傾けます。
    .step-3 = 肩を下げたまま、ゆっくり呼吸しながら伸ばした状態を保ちます。
    .step-4 = 少し戻してから再び前に傾けます。楽に感じる場合にだけ、少し深くします。
    .step-5 = 出入口から出て、腕を楽に垂らします。

exercise-wall-angels = ウォールエンジェル
    .caution = 腕が壁につかなくても構いません。肩に挟まるような感じが出る手前で止めてください。
    .step-1 = 壁に背中をつけて立ち、足は小さく一歩前に出し、ひざを軽く緩めます。
    .step-2 = 腕の裏側を壁に向けて、ゴールポストの形（ひじを曲げて手を上に向けた形）に腕を上げます。
    .step-3 = 楽に感じる範囲で腕を壁に近づけたまま、ゆっくり壁に沿って上へ滑らせます。
    .step-4 = ゴールポストの形まで下へ滑らせて戻し、肩甲骨を下げます。
    .step-5 = 腕を無理に壁に押しつけずに、ゆっくり上下に滑らせ続けます。

exercise-standing-y-raise = 立ったままYレイズ
    .caution = 腰を反らせずに、楽に感じる高さまでだけ腕を上げてください。
    .step-1 = 足を腰幅に開き、ひざを軽く緩めてまっすぐ立ち、腕を体の横に下ろして親指を前に向けます。
    .step-2 = 肩甲骨を少し後ろに引いて下げます。
    .step-3 = 腕を伸ばしたまま斜め上に上げてYの字をつくり、親指を上に向けます。
    .step-4 = 肩を耳から遠ざけたまま、楽なペースでゆっくり下ろしてはまた上げます。
    .step-5 = 腕を垂らし、肩の力を抜きます。

exercise-standing-side-bend = 立ったまま体側伸ばし
    .caution = 前ではなく真横に傾け、伸ばしすぎないようにしてください。
    .step-1 = 足を腰幅に開いてまっすぐ立ち、腕を体の横に下ろします。
    .step-2 = 右腕を頭上に伸ばし、やさしく左に傾けて、右の体側が伸びるのを感じます。
    .step-3 = ゆっくり中央に戻ります。
    .step-4 = 左腕を頭上に伸ばし、やさしく右に傾けます。
    .step-5 = 傾けるときに息を吐きながら、左右交互にゆっくり続けます。

exercise-clasped-hands-chest-opener = 手を組んで胸を開くストレッチ
    .caution = 腕は少しだけ上げ、肩の前側に挟まるような感じがしたら中止してください。
    .step-1 = まっすぐ立ち、背中の後ろで両手を組むか、両手でタオルを持ちます。
    .step-2 = 腕をやさしく伸ばし、胸を持ち上げながら肩甲骨を寄せます。
    .step-3 = あごを水平に保ち、肩を耳から遠ざけたまま、ゆっくり呼吸しながら保ちます。
    .step-4 = 手をほどいて肩を何回か回し、再び手を組んで持ち上げます。
    .step-5 = 手を離し、腕を楽に垂らします。

exercise-thread-the-needle = 糸通しのポーズ
    .caution = 首に体重をかけないでください。ひざをつくと痛む場合は、ひざの下にクッションを敷くか、この運動を省いてください。
    .step-1 = 四つんばいになり、手首を肩の真下に、ひざを股関節の真下に置きます。
    .step-2 = 右腕を体の下に通して左へ滑らせ、右肩を床の方へ下ろします。
    .step-3 = ひねりを戻して右腕を天井の方へ伸ばし、目で手を追います。
    .step-4 = 左腕を体の下に通して右へ滑らせ、左肩を床の方へ下ろします。
    .step-5 = ひねりを戻して左腕を天井の方へ伸ばし、目で手を追います。
    .step-6 = 四つんばいに戻り、お尻をかかとの方へ引いて休みます。

## Screen readers: the windows' texts read aloud, where the screen shows them apart

# $step, $steps: numbers; $text: the step's words
access-step = ステップ { $step }（全{ $steps }）: { $text }
# $time: minutes and seconds left, e.g. 0:42; $paused: yes or no
access-time = { $paused ->
    [yes] 一時停止中、残り{ $time }
   *[no] 残り{ $time }
}
# $day: a short weekday name (weekday-short); $count: stretches completed that day
access-week-day = { $day }曜日 { $count }回
# $days: the last seven days, each an access-week-day, joined by commas
access-week-last-7 = 過去7日間: { $days }
# $rate: a percentage such as 80%; $detail: week-completion-detail
access-week-completion = 実施率: { $rate }（{ $detail }）
# $streak: week-streak-days
access-week-streak = 連続記録: { $streak }

## Errors in the config file and in the user's exercises file, after "file:line:column: ".
## Keys, sections, paths and values in backticks or quotes stay exactly as written: they are
## what the person types in the file. Only the words around them are translated.
## $suggestion is the closest allowed word, or "none" when nothing is close.

# $bytes: the file's size; $max: the limit in KiB
config-too-big = ファイルのサイズが{ $bytes }バイトあります。ここで使えるファイルは最大{ $max } KiBです。正しいファイルですか？
config-not-utf8 = 無効な UTF-8 です: ファイルは UTF-8 のテキストとして保存する必要があります
# $what: key or section; $name: as written ([brackets] included for a section);
# $allowed: the keys or sections allowed there, comma-separated
config-unknown-name = { $what ->
    [section] 不明なセクション `{ $name }` です
   *[key] 不明なキー `{ $name }` です
}{ $suggestion ->
    [none] {""}
   *[other] 。`{ $suggestion }` のことですか？
}（ここで使えるもの: { $allowed }）
# $key: a key written at the top that belongs in $section; $detail: config-unknown-name
config-key-belongs = `{ $key }` は [{ $section }] セクションのキーです: `[{ $section }]` の行の下に書いてください（{ $detail }）
# $name: the section as written, e.g. [schedule]
config-duplicate-section = セクション `{ $name }` が重複しています: 各セクションは1回しか書けません。キーは最初のセクションにまとめてください
# $name: the key
config-duplicate-key = キー `{ $name }` が重複しています: 各キーは1回しか書けません
config-duplicate-key-unnamed = キーが重複しています: 各キーは1回しか書けません
# $value: the bare word written (yes, no, on, off…)
config-yes-no = `{ $value }` は値として使えません: はい/いいえは true または false と書いてください（小文字、引用符なし）
# $value: the text written without quotes
config-quote-text = テキストは引用符で囲む必要があります: "{ $value }" と書いてください
config-quote-text-example = テキストは引用符で囲む必要があります（例: "45m"）
config-unclosed-string = 文字列が閉じられていません: 閉じる `"` がありません
# $found: a config-found; $expected: a config-expected
config-wrong-type = 型が違います。書かれているもの: { $found }、必要なもの: { $expected }
# What the file has where another type belongs. $value: as written
config-found = { $kind ->
    [integer] 整数 `{ $value }`
    [float] 浮動小数点数 `{ $value }`
    [boolean] 真偽値 `{ $value }`
    [string] 文字列 { $value }
    [list] リスト
    [table] テーブル
    [date] 日付 `{ $value }`
    [datetime] 日時 `{ $value }`
    [time] 時刻 `{ $value }`
   *[other] { $value }
}
# What a key takes. $name: the section for a table, else the reader's own English words
config-expected = { $what ->
    [boolean] true または false
    [string] 文字列
    [list] 角かっこで囲んだリスト（例: ["a", "b"]）
    [table] テーブル: [{ $name }]
    [duration] "45m"、"1h 30m"、"90s" のような時間の長さの文字列
    [sit-stand] 2つの時間の長さからなるテーブル: {"{"} sit = "40m", stand = "20m" {"}"}
    [integer] 整数
    [number] 数値
   *[other] { $name }
}
# $name: the section
config-section-list = `{ $name }` は [{ $name }] と書く1つのテーブルでなければなりません。[[{ $name }]] のようなテーブルのリストにはできません
# $key: the key that must be there
config-missing-key = 必須のキー `{ $key }` がありません
# The TOML reader's findings. $detail: its own English words, for the rarer ones
config-syntax = { $problem ->
    [key-no-value] キーに値がありません
    [unclosed-table] テーブルが閉じられていません
    [unclosed-array-table] テーブルの配列が閉じられていません
    [unclosed-array] 配列が閉じられていません
    [unclosed-inline-table] インラインテーブルが閉じられていません
    [missing-comma-array] 配列の要素の間にカンマがありません
    [missing-comma-table] キーと値のペアの間にカンマがありません
    [missing-value] 値がありません
    [extra-comma] 余分なカンマがあります
    [extra-equals] 余分な `=` があります
    [invalid-key] 引用符のないキーが無効です
    [invalid-string] 文字列が無効です
    [invalid-value] 値が無効です
    [unexpected-content] 予期しない内容があります
   *[other] { $detail }
}
# $syntax: a config-syntax; $expected: the marks that may come here, in backticks, or config-syntax-thing
config-syntax-expected = { $syntax }。必要なもの: { $expected }
config-syntax-thing = { $thing ->
    [key] キー
   *[value] 値
}

# Durations ("45m", "1h 30m", "90s")
config-duration-empty = 時間の長さが空です。"45m"、"1h 30m"、"90s" のように書いてください
config-duration-negative = 負の時間の長さは使えません
# $value: as written
config-duration-unreadable = `{ $value }` を時間の長さとして読み取れません。"45m"、"1h 30m"、"90s" のように書いてください
# $value: the number written without a unit
config-duration-no-unit = `{ $value }` に単位がありません。分なら "{ $value }m"、秒なら "{ $value }s" と書いてください
# $unit: the unit written
config-duration-unknown-unit = 不明な単位 `{ $unit }` です。s、m、h のいずれかを使ってください（例: "45m"、"1h 30m"、"90s"）
config-duration-too-large = 時間の長さが大きすぎます
# $value: as written; $reason: one of the config-duration messages above
config-value-reason = `{ $value }`: { $reason }
# $value: the number written
config-duration-number = 時間の長さは単位付きの文字列です: { $value } ではなく "{ $value }m" または "{ $value }s" と書いてください
config-duration-fraction = 時間の長さは "90s" のような単位付きの文字列です。数値 { $value } は使えません
# $zero: yes when the value is zero, else no; $value, $min, $max: durations such as 45m
config-out-of-range = { $zero ->
    [yes] `{ $key }` は0にできません: 値は{ $value }、使える範囲は{ $min }から{ $max }までです
   *[no] `{ $key }` が範囲外です: 値は{ $value }、使える範囲は{ $min }から{ $max }までです
}
config-choices-empty = `{ $key }` が空です: 時間の長さを1つ以上指定してください（例: ["10m"]）
# $count: entries written; $max: entries a menu takes
config-choices-too-many = `{ $key }` に{ $count }個の項目があります。メニューに入るのは最大{ $max }個です
# $stretch, $interval: durations such as 45m
config-stretch-longer = `stretch.duration`（{ $stretch }）が `schedule.interval`（{ $interval }）より長くなっています。ストレッチはリマインダーの間に収まる必要があります
# $idle, $natural: durations such as 5m
config-idle-longer = `presence.idle_after`（{ $idle }）が `presence.natural_break`（{ $natural }）より長くなっています。不在と判定されてからでないと、離れていた時間を休憩としてカウントできません
# $every, $interval: durations such as 45m
config-nudge-not-shorter = `posture.nudge_every`（{ $every }）は `schedule.interval`（{ $interval }）より短くする必要があります: 姿勢リマインドはストレッチの合間に表示されます

# Times of day
config-time-unquoted = 時刻は "08:00" のように引用符で囲んで書きます
# $value: as written
config-time-bad = `{ $value }` は時刻ではありません。24時間制の "HH:MM"（"00:00" から "23:59" まで）を使ってください

# Words from a short list. $key: the key; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-word-unknown = `{ $key }` の値 "{ $value }" は使えません{ $suggestion ->
    [none] {""}
   *[other] （"{ $suggestion }" のことですか？）
}。使える値: { $allowed }
config-language-unknown = `general.language` の値 "{ $value }" は使えません{ $suggestion ->
    [none] {""}
   *[other] （"{ $suggestion }" のことですか？）
}。使える言語: { $allowed }
config-positions-empty = `stretch.positions` が空です: "seated"、"standing"、"floor" のうち1つ以上を指定してください
# $what: position, kind or area; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-unknown-word = { $what ->
    [position] 不明な姿勢 "{ $value }" です。
    [kind] 不明な種類 "{ $value }" です。
   *[area] 不明な部位 "{ $value }" です。
}{ $suggestion ->
    [none] {""}
   *[other] "{ $suggestion }" のことですか？
}使える値: { $allowed }
config-hold-when-unknown = `{ $value }` はリマインダーを待機させる条件ではありません{ $suggestion ->
    [none] {""}
   *[other] （`{ $suggestion }` のことですか？）
}。使える値: { $allowed }

# [sync]. $name: the machine name as written; $max: its longest length; $char: the character, quoted
config-sync-name = { $problem ->
    [empty] `sync.name` "{ $name }" が空です
    [too-long] `sync.name` "{ $name }" が{ $max }文字を超えています
    [character] `sync.name` "{ $name }" に { $char } が含まれています: 文字、数字、'-'、'_'、'.' だけを使ってください（ファイル名になります）
    [dot] `sync.name` "{ $name }" が '.' で始まっています: そのようなファイルは隠しファイルか、同期ソフト自身のファイルです
   *[conflict] `sync.name` "{ $name }" は Syncthing の競合コピーのように見えます
}
config-sync-name-alone = `sync.folder` のない `sync.name`: 同期はフォルダーを指定したときだけオンになります（例: folder = "~/Sync/posture-break"）
config-sync-folder-empty = `sync.folder` が空です: 同期するフォルダーを指定する（例: "~/Sync/posture-break"）か、同期をオフのままにするならこのキーを削除してください
# $folder: as written
config-sync-folder-relative = `sync.folder` "{ $folder }" は相対パスです: フルパスか、ホームフォルダー以下のパスを書いてください（例: "~/Sync/posture-break"）

# [working_hours]
config-days-empty = `working_hours.days` が空です: リマインダーを表示してよい曜日を ["mon", "tue", "wed", "thu", "fri"] のように並べてください（1日だけ休みにするには `fri = []` のように書きます。勤務時間を設けない場合は、このセクションを削除してください）
# $value: as written
config-day-unknown = `{ $value }` は曜日ではありません{ $suggestion ->
    [none] {""}
   *[other] （`{ $suggestion }` のことですか？）
}。mon, tue, wed, thu, fri, sat, sun を使ってください
# $key: hours or a day (mon…sun); $value: the range as written; $part: the time in it
config-hours-not-range = `working_hours.{ $key }`: `{ $value }` は時間帯ではありません。時間帯は24時間制の "HH:MM-HH:MM" で書いてください（例: "09:00-17:30"）
config-hours-not-time = `working_hours.{ $key }`: `{ $value }`: `{ $part }` は時刻ではありません。時間帯は24時間制の "HH:MM-HH:MM" で書いてください（例: "09:00-17:30"）
config-hours-out-of-day = `working_hours.{ $key }`: `{ $value }`: `{ $part }` は1日の中の時刻ではありません（00:00 から 23:59 まで。24:00 は終了時刻にのみ使えます）
config-hours-empty = `working_hours.{ $key }`: `{ $value }` は空です: 開始と終了が同じ時刻です
# $other: the earlier range it overlaps
config-hours-overlap = `working_hours.{ $key }`: `{ $value }` が `{ $other }` と重なっています。各時間は1回だけ指定してください

# The user's exercises file. $id: the exercise id as written
config-exercise-id-bad = エクササイズ ID "{ $id }" は a-z、0-9、'-' からなる1〜64文字にしてください
config-exercise-id-taken = エクササイズ ID "{ $id }" はすでに使われています。ID は重複できません
# $field: name or caution
config-exercise-field-length = `{ $field }` は1〜200文字にしてください
# $allowed: the areas, quoted and comma-separated
config-exercise-areas-empty = `areas` が空です。{ $allowed } のうち1つ以上を指定してください
config-exercise-steps-count = `steps` には1〜12個のステップを入れてください
# $secs: as written
config-exercise-step-secs = ステップの `secs` が{ $secs }です。使える範囲は1〜600です
config-exercise-step-text = ステップの `text` は1〜300文字にしてください
config-exercise-flow-without-pose = `flow` には開始の形となる `pose` が必要です: 最初の形を `pose` として書いてください
config-exercise-flow-count = `flow` には1〜7個の形を入れてください
# A figure's pose out of bounds, in the pose model's own English words (joint names, degrees)
config-exercise-pose = { $detail }

## The launcher (the desktop entry): how app menus describe it, and its right-click actions
## (the others are the tray menu's: menu-stretch-now, menu-snooze, menu-your-week)

launcher-generic-name = ストレッチ休憩リマインダー
launcher-comment = 45分ごとに、背中の中ほど・首・肩のための1分間のガイド付きストレッチを提案します
launcher-pause-hour = 1時間一時停止
launcher-open = ウィンドウを開く
