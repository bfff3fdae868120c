# posture-break：简体中文目录。与 en.ftl 的消息、属性和变量完全相同。
# 配置中的键、路径和值保持原样；{ } 中的变量会在运行时填入。

## 多处使用的词

# $day: mon, tue, wed, thu, fri, sat, sun
weekday-short = { $day ->
    [mon] 周一
    [tue] 周二
    [wed] 周三
    [thu] 周四
    [fri] 周五
    [sat] 周六
   *[sun] 周日
}
# $position: seated, standing, floor
exercise-position = { $position ->
    [seated] 坐姿
    [standing] 站姿
   *[floor] 地面
}
# $kind: mobility（放松关节）, strength（锻炼维持姿势的肌肉）
exercise-kind = { $kind ->
    [mobility] 灵活性
   *[strength] 力量
}
# $area: middle_back, neck, shoulders
exercise-area = { $area ->
    [middle_back] 中背部
    [neck] 颈部
   *[shoulders] 肩部
}

# $day: weekday-short; $time: 09:00
day-and-time = { $day } { $time }
# 一段时长，如“1小时30分钟”：各部分用 duration-join 连接
duration-hours = { $count ->
   *[other] { $count }小时
}
duration-minutes = { $count ->
   *[other] { $count }分钟
}
duration-seconds = { $count ->
   *[other] { $count }秒
}
# $first, $second: duration-* 的两个部分
duration-join = { $first }{ $second }
duration-minutes-short = { $count }分钟
duration-hours-short = { $count }小时
# “1分钟的拉伸”；$unit: minute 或 second
duration-adjective = { $unit ->
    [minute] { $count }分钟
   *[second] { $count }秒
}
# $busy: fullscreen, do-not-disturb, camera
busy-what = { $busy ->
    [fullscreen] 全屏窗口
    [do-not-disturb] 勿扰模式
   *[camera] 通话（摄像头）
}
# $position: sitting, standing
you-are = { $position ->
    [sitting] 你正坐着
   *[standing] 你正站着
}

## 状态说明：托盘的状态行

tray-next-stretch = 下次拉伸：{ $time }
tray-back-from-break = 欢迎回来：刚才的离开已计为一次休息；下次拉伸：{ $time }
tray-held-busy = 该拉伸了：等待{ busy-what }结束
tray-held-away = 等你回来
tray-held-elsewhere = 该拉伸了：提醒显示在正在使用的电脑上
# $when: 时间（10:35）或 day-and-time
tray-off-until = 非工作时间，直到{ $when }
tray-off-none-ahead = 非工作时间：之后没有工作时间
tray-reminding = 正在显示提醒
tray-stretching = 正在拉伸
tray-snoozed-until = 已推迟到{ $time }
tray-paused-until-resumed = 已暂停，直到手动恢复
tray-paused-until = 已暂停到{ $when }
tray-paused-until-tomorrow = 已暂停到明天{ $time }

## `status` 命令的句子（时间精确到秒）

status-snoozed-until = 已推迟到{ $time }
status-paused-until = 已暂停到{ $time }
status-paused-until-resumed = 已暂停，直到手动恢复
status-reminding = 正在显示提醒
status-held-busy = 该拉伸了；提醒会等到{ busy-what }结束
status-held-away = 该拉伸了；提醒会等你回来
status-held-elsewhere = 该拉伸了；提醒显示在你正在使用的电脑上
status-off-hours-until = 非工作时间，直到{ $time }
status-off-hours-none-ahead = 非工作时间（之后没有工作时间）
status-stretching = 正在拉伸：{ $exercise }
status-active = 运行中，下次拉伸：{ $time }
# $interval: 时长；$config: 配置文件路径
status-sentence = { $summary }（每{ $interval }一次；配置文件：{ $config }）

## 状态栏的简短文字（`status --format short`、waybar 的文本）

# $state: active, snoozed, paused, reminding, stretching, held, off_hours
bar = { $state ->
    [reminding] 该拉伸了
    [stretching] 拉伸中
    [held] 待拉伸
    [snoozed] 已推迟
    [paused] 已暂停
    [off_hours] 非工作时间
   *[active] 下次
}
bar-with-time = { bar } { $time }
waybar-tooltip = posture-break：{ $summary }
waybar-not-running = posture-break 未运行

## 进度与动作概览（托盘提示、周视图窗口、`stats`）

progress-today = { $count ->
    [0] 今天还没有拉伸
   *[other] 今天已拉伸{ $count }次
}
# $today: progress-today；$streak: 连续有拉伸的天数
progress-with-streak = { $today } · { $streak ->
   *[other] 连续{ $streak }天
}
exercises-this-week = 本周：灵活性{ $mobility }次，力量{ $strength }次
# $split: exercises-this-week；$names: 用 list-separator 连接的动作名称
exercises-rated-good = { $split } · 评为“不错”：{ $names }
list-separator = {"、"}

## 拉伸后的提问，以及选“感到疼痛”后显示的内容

feeling-question = 感觉怎么样？
# $feeling: good, not_for_me, hurt
feeling-answer = { $feeling ->
    [good] 不错
    [not_for_me] 不适合我
   *[hurt] 感到疼痛
}
hurt-stop = 请停下，只在舒适的范围内活动。
hurt-see-a-clinician = 如果疼痛持续，或出现沿腿部向下的麻木或刺痛、胸痛，或膀胱或肠道控制（排尿或排便）出现变化，请就医。
# 下一行显示恢复该动作的命令。
hurt-not-offered-again = 以后不会再推荐{ $exercise }。如需恢复：
# 没有可推荐的动作时的提醒。`positions` 和 [stretch] 保持原样。
nothing-left-all-hurt = { $count ->
   *[other] 你的姿势设置所允许的动作（共{ $count }个）都被评为“感到疼痛”，因此没有可推荐的拉伸。请清除评价（posture-break exercises rate ID clear），或在配置文件 [stretch] 下的 `positions` 中允许更多姿势。
}
nothing-left-no-position = 没有符合你姿势设置的动作，因此没有可推荐的拉伸：请在配置文件 [stretch] 下的 `positions` 中允许更多姿势。

## 两次拉伸之间的姿势提示

nudge-change-position = 换个姿势
nudge-sit-back = 向后坐，靠在椅背上；在下背部后面垫一条卷起的毛巾会有帮助
nudge-shoulders = 放松肩膀，让它下沉并向后转动
nudge-stand-up-a-moment = 站起来一会儿
nudge-time-to-stand = 该站起来了
nudge-time-to-sit = 该坐下了

## 命令行中的动作（`exercises list|show|next|rate`）

# $areas: 用 list-separator 连接的身体部位；$done: 完成次数；$rating: feeling-answer 或 "none"
exercise-list-details = { $areas }；已完成{ $done }次{ $rating ->
    [none] {""}
   *[other] ，评价：{ $rating }
}
# $number: 步骤序号；$secs: 步骤时长（秒）
exercise-show-step = { $number }. { $text }（{ $secs }秒）
exercise-caution = 注意：{ $caution }
# $reason: strength_turn, favourite, rotation
pick-reason = { $reason ->
    [strength_turn] 轮到力量：前面已做了两次灵活性拉伸
    [favourite] 偏爱：评为“不错”，推荐频率加倍
   *[rotation] 轮换
}
# $rating: feeling-answer
exercise-rated = { $exercise }：已评为“{ $rating }”
exercise-rating-cleared = { $exercise }：已清除评价

## 托盘菜单（以及 XEmbed 托盘的菜单）

menu-stretch-now = 立即开始拉伸
menu-snooze = 稍后提醒
menu-pause = 暂停
menu-until-tomorrow = 直到明天
menu-until-resumed = 直到我恢复
menu-resume = 恢复
menu-posture-nudges = 姿势提示
menu-sitting = 我正坐着
menu-standing = 我正站着
menu-your-week = 我的一周
menu-open-config = 打开配置文件
menu-start-at-login = 登录时启动
menu-quit = 退出

## 通知

# $length: duration-adjective
reminder-summary = 该做{ $length }的拉伸了
# $step: 动作的第一步
reminder-body = { $exercise }：{ $step }
# 提醒中的按钮；$duration: “10分钟”
reminder-start = 开始拉伸
reminder-snooze = { $duration }后提醒
reminder-skip = 跳过
notice-config-removed = posture-break：配置文件已删除
notice-config-removed-body = { $path } 已被删除；在重新写入之前将使用默认设置
# 之后会附上英文的配置错误本身，带有 file:line:column。
notice-config-not-applied = posture-break：配置未应用
notice-keeping-config = 保留上一次有效的配置
notice-keeping-exercises = 保留上一次有效的动作
notice-using-defaults = 使用默认设置
welcome-summary = posture-break 正在运行
# 没有托盘显示应用时的欢迎消息（未安装 AppIndicator 扩展的 GNOME）
welcome-body-no-tray = 你的第一次{ $length }拉伸将在{ $first }开始，之后每{ $interval }一次。
    此桌面不显示托盘图标：请从启动器打开 posture-break（在那里右键单击可选择“立即开始拉伸”、“稍后提醒”、“暂停 1 小时”和“我的一周”），或运行 posture-break open。设置：{ $config }
# $first: 第一次拉伸的时间；$interval: 时长；$config: 配置文件路径
welcome-body = posture-break 在系统托盘中运行。你的第一次{ $length }拉伸将在{ $first }开始，之后每{ $interval }一次。
    右键单击托盘图标可打开菜单（开始拉伸、稍后提醒、暂停）；左键单击可查看你的一周。设置：{ $config }

## 拉伸窗口

# 圆环中倒计时下方的文字（请保持简短：圆环很小）
stretch-time-left = 剩余
stretch-paused = 已暂停
stretch-step-of = 第{ $step }步，共{ $steps }步
stretch-done = 完成
stretch-skip = 跳过
# The sound toggle's name for screen readers
stretch-sound = 声音
# 按键说明行；$paused 和 $sound 为 "true" 或 "false"
stretch-keys = { $paused ->
    [true] Space 继续
   *[false] Space 暂停
} · Enter 完成 · Esc 跳过{ $sound ->
    [true] {" · V 声音"}
   *[false] {""}
}
feeling-keys = 1 不错 · 2 不适合我 · 3 感到疼痛 · Esc 关闭。不回答也没关系。
hurt-title = 这次拉伸引起了疼痛
hurt-keys = 按 Enter 或 Esc 关闭
window-close = 关闭

## 周视图窗口

week-window-title = posture-break — 我的一周
week-title = 我的一周
week-last-7-days = 最近7天
week-completion = 完成率
# $rate_28: 百分比（“80%”）或“–”
week-completion-detail = 本周推荐{ $offered }次，完成{ $completed }次；28天：{ $rate_28 }
week-streak = 连续天数
week-streak-days = { $days ->
   *[other] { $days }天
}
week-legend-stretches = 拉伸
week-legend-natural-breaks = 自然休息
week-legend-standing = 站立时间（下方）
week-legend-sitting = 坐着的时间（下方）
week-last-28-days = 最近28天：拉伸{ $completed }次，自然休息{ $breaks }次
# 28天柱状图下方的标签；$month: 1 到 12
day-and-month = { $month ->
    [1] 1月
    [2] 2月
    [3] 3月
    [4] 4月
    [5] 5月
    [6] 6月
    [7] 7月
    [8] 8月
    [9] 9月
    [10] 10月
    [11] 11月
   *[12] 12月
}{ $day }日
week-keys = 按 Esc 关闭
# 一天中保持某种姿势的时间，简写：“45分钟”“5小时”“1小时05分”（此处 $minutes 为两位数）
time-compact-minutes = { $minutes }分钟
time-compact-hours = { $hours }小时
time-compact = { $hours }小时{ $minutes }分

## `stats`

# 每行的标签；数值在最长的标签之后对齐
stats-label = { $label }：
stats-today = 今天
stats-last-7-days = 最近7天
stats-last-28-days = 最近28天
stats-completion = 完成率
stats-positions = 姿势
stats-streak = 连续天数
stats-kinds = 类型
stats-rated-good = 评为“不错”
stats-day = 完成{ $completed }次，{ $natural_breaks ->
   *[other] 自然休息{ $natural_breaks }次
}，跳过{ $skipped }次，提醒{ $reminded }次
stats-completion-rate = { $percent }%（最近7天）
stats-no-reminders-yet = 还没有提醒（最近7天）
# $span: today, last_7_days；$standing, $sitting: “1小时20分钟”
stats-positions-value = { $span ->
    [today] 今天
   *[last_7_days] 最近7天
}站立{ $standing }，坐着{ $sitting }
stats-kinds-value = 灵活性{ $mobility }次，力量{ $strength }次（最近7天）

## 应用自己的窗口（`posture-break open`），用于没有托盘的桌面

## `sync status`: several computers through a synced folder

sync-off = 同步已关闭：在配置中设置 [sync] folder，即可在你的电脑之间共享休息。
# $name: this computer's name; $folder: the folder as written in the config
sync-here = 这台电脑在 { $folder } 中名为 { $name }
sync-no-peers = 还没有其他电脑在那里写入。
# $presence: away, here; $when: "2026-12-07 10:05"
sync-peer = { $name }: { $presence ->
    [away] 不在
   *[here] 使用中
}, 最后记录于 { $when }
sync-peer-silent = { $name }: 还没有可读的内容

home-window-title = posture-break
home-keys = 上下键 移动 · Enter 选择 · 左右键 子菜单 · Esc 关闭

## 动作：`assets/exercises.toml` 是英文原文；ID 和步骤数与之一致。
## 注意事项和安全说明必须忠实于原文：它们告诉人们何时该停下。

exercises-notice = 这些拉伸仅为一般健康知识，不构成医疗建议；动作要轻柔，如有任何部位疼痛请停止。
exercises-red-flags = 如果你有沿腿部向下的麻木或刺痛、胸痛，或排便或排尿控制出现变化，请在做这些拉伸之前咨询医疗专业人员。

exercise-cat-cow = 猫牛式
    .caution = 只在舒适的范围内活动；如果跪姿会让膝盖疼痛，请在膝盖下加垫，或跳过此动作。
    .step-1 = 双手和双膝着地，手腕位于肩膀正下方，膝盖位于髋部正下方。
    .step-2 = 吸气，让腹部下沉、胸部抬起，目光略微向前。
    .step-3 = 呼气，将背部向天花板拱起，让头自然垂下。
    .step-4 = 随着呼吸，在两种姿势之间缓慢、连贯地转换。
    .step-5 = 回到背部平直，然后臀部向后坐向脚跟休息。

exercise-seal-stretch = 海豹式伸展
    .caution = 如果伸直手臂会让下背部吃力，请改为用前臂撑住。
    .step-1 = 俯卧，双手放在肩膀下方的地面上。
    .step-2 = 双手推地抬起胸部，髋部保持贴地。
    .step-3 = 保持姿势，让背部轻柔地后弯，肩膀远离耳朵。
    .step-4 = 慢慢放低，然后再次撑起，只到感觉舒适的程度。
    .step-5 = 放低身体，把额头枕在双手上休息。

exercise-seated-trunk-rotation = 坐姿躯干旋转
    .caution = 平稳地转动，不要弹振，也不要在动作末端用力硬转。
    .step-1 = 坐在椅子前部，上身挺直，双脚平放在地面上。
    .step-2 = 双臂在胸前交叉，双手搭在对侧肩膀上。
    .step-3 = 髋部保持朝前，慢慢将上半身向右转。
    .step-4 = 回到正中，然后慢慢向左转。
    .step-5 = 继续轻柔地左右交替，转动时呼气。

exercise-bent-over-iyt = 俯身I/Y/T
    .caution = 颈部与背部保持一条直线；如果向前弯腰让下背部不适，请不要做俯身这一步。
    .step-1 = 站立，膝盖微屈，从髋部向前俯身，背部平直，双臂自然下垂。
    .step-2 = 做I字：拇指朝上，双臂向前抬到耳朵两侧，然后慢慢放下。
    .step-3 = 做Y字：双臂向斜上方抬起，同时夹紧肩胛骨，然后慢慢放下。
    .step-4 = 做T字：双臂伸直向两侧抬起，然后有控制地放下。
    .step-5 = 慢慢站直，放松双臂。

exercise-seated-cat-cow = 坐姿猫牛式
    .caution = 动作保持缓慢、无痛，尤其是颈部。
    .step-1 = 坐在椅子前部，双手放在膝盖上。
    .step-2 = 吸气，胸部向前抬起，肩膀向后、向下收。
    .step-3 = 呼气，上背部拱起，下巴向胸口方向落下。
    .step-4 = 随着呼吸，在两种姿势之间缓慢地来回转换。
    .step-5 = 最后挺直坐好，保持放松、舒适的姿势。

exercise-chin-tucks = 收下巴
    .caution = 动作要轻柔；如果感到头晕、刺痛，或疼痛蔓延到手臂，请停止。
    .step-1 = 挺直坐好，肩膀放松，眼睛平视前方。
    .step-2 = 下巴水平向后收，就像做出双下巴一样，头不要前倾或后仰。
    .step-3 = 保持几秒钟，感受后脑勺底部（颅底）轻微的拉伸。
    .step-4 = 放松，然后慢慢重复，视线保持水平。
    .step-5 = 放松颈部，让呼吸平稳下来。

exercise-shoulder-blade-squeeze = 夹肩胛骨
    .caution = 轻轻夹紧，颈部保持放松，避免下背部拱起。
    .step-1 = 挺直坐好，双臂放松垂于体侧，肘部微屈。
    .step-2 = 将肩胛骨向后、向下收，好像要在两块肩胛骨之间夹住一支铅笔。
    .step-3 = 保持约五秒，正常呼吸，不要耸肩。
    .step-4 = 慢慢放松，然后以轻松的节奏重复夹紧。
    .step-5 = 让肩膀完全放松。

exercise-seated-w-squeeze = 坐姿W字夹肩
    .caution = 动作幅度小而轻松，颈部保持伸展；在肩部出现任何夹挤感之前停止。
    .step-1 = 挺直坐好，背部离开椅背，双脚平放，双臂放松垂于体侧。
    .step-2 = 屈肘，将双手抬到肩膀高度，掌心向前，摆成W字形。
    .step-3 = 肘部向下、向后拉，同时将两侧肩胛骨向中间夹紧。
    .step-4 = 保持一次呼吸，然后慢慢回到W字形；以轻松的节奏重复。
    .step-5 = 放下双臂，放松肩膀。

exercise-neck-side-stretch = 颈部侧向拉伸
    .caution = 不要用手拉头；如果感到刺痛或头晕，请停止。
    .step-1 = 挺直坐好，右手抓住椅面的侧边。
    .step-2 = 左耳向左肩倾斜，直到感到颈部右侧有拉伸感。
    .step-3 = 慢慢将头回到正中。
    .step-4 = 左手抓住椅面，右耳向右肩倾斜。
    .step-5 = 将头回到正中，放松肩膀。

exercise-levator-scapulae-stretch = 肩胛提肌拉伸
    .caution = 不要用手拉头；如果感到刺痛、头晕或剧烈疼痛，请减轻拉伸。
    .step-1 = 挺直坐好，右手抓住椅面的侧边。
    .step-2 = 头向左转到一半，鼻尖向下朝左腋窝方向低下。
    .step-3 = 慢慢抬头，回到正中。
    .step-4 = 左手抓住椅面，鼻尖向下朝右腋窝方向低下。
    .step-5 = 慢慢抬头回到正中，放松肩膀。

exercise-seated-thread-the-needle = 坐姿穿针式
    .caution = 髋部保持不动，只在舒适的范围内转动。
    .step-1 = 挺直坐好，双脚平放，左手放在右膝上。
    .step-2 = 右臂横过身体伸向左侧，让上背部拱起并转动。
    .step-3 = 右臂向后、再向上划向天花板，胸部转向右侧。
    .step-4 = 换手，左臂横过身体伸向右侧。
    .step-5 = 左臂向后、再向上划向天花板，胸部转向左侧。
    .step-6 = 回到正中，挺直坐好，慢慢呼吸一次。

exercise-seated-open-book = 坐姿开书式
    .caution = 髋部保持朝前，在肩部出现任何夹挤感之前停止。
    .step-1 = 挺直坐好，双臂在身前伸直，与肩同高，双掌相合。
    .step-2 = 右臂向外、向后打开，胸部和视线跟随右手转动。
    .step-3 = 收回右臂，然后左臂向外、向后打开，向左转。
    .step-4 = 继续缓慢地左右交替，只打开到感觉舒适的程度。
    .step-5 = 放下双臂，挺直坐好。

exercise-shoulder-rolls = 绕肩
    .caution = 绕圈要缓慢、流畅；如有任何夹挤感，请缩小绕圈幅度。
    .step-1 = 挺直坐好，双臂在体侧自然下垂。
    .step-2 = 将肩膀向耳朵方向提起，然后慢慢向后、向下绕圈。
    .step-3 = 换个方向，慢慢将肩膀向前绕圈。
    .step-4 = 最后再向后绕几圈，每次都让肩膀沉下去。
    .step-5 = 呼气，让双臂沉沉地垂下。

exercise-chair-back-extension = 椅背伸展
    .caution = 使用不会滑动或后仰的稳固椅子，只在舒适的范围内向后仰。
    .step-1 = 靠后坐在椅子上，椅背上缘大约到肩胛骨下缘。
    .step-2 = 双臂在胸前交叉，或用双手轻轻托住头部。
    .step-3 = 以椅背上缘为支点轻轻向后仰，让上背部后伸。
    .step-4 = 回到直立，然后一边呼气一边再次后仰。
    .step-5 = 慢慢坐直，放松。

exercise-doorway-chest-opener = 门框扩胸拉伸
    .caution = 保持拉伸温和；如果手部出现刺痛或肩部有夹挤感，请退回一些。
    .step-1 = 站在门口，前臂贴在门框上，肘部与肩同高。
    .step-2 = 一只脚向前迈一步，身体轻轻前倾，直到感到胸前有拉伸感。
    .step-3 = 保持拉伸，慢慢呼吸，肩膀保持下沉。
    .step-4 = 稍微退回，然后再次前倾；只有感觉舒适时才再深一点。
    .step-5 = 走出门口，让双臂自然下垂。

exercise-wall-angels = 靠墙天使
    .caution = 手臂不必贴到墙面；在肩部出现任何夹挤感之前停止。
    .step-1 = 背靠墙站立，双脚向前迈出一小步，膝盖微屈。
    .step-2 = 双臂抬成“球门柱”形（屈肘、双手朝上），手臂背面朝向墙面。
    .step-3 = 双臂沿墙慢慢向上滑，在舒适的范围内尽量贴近墙面。
    .step-4 = 再滑回到球门柱形，同时将肩胛骨向下收。
    .step-5 = 继续缓慢地上下滑动，不要强行把手臂压向墙面。

exercise-standing-y-raise = 站姿Y字上举
    .caution = 手臂只抬到感觉舒适的高度，不要让下背部拱起。
    .step-1 = 挺直站立，双脚与髋同宽，膝盖微屈，双臂放在体侧，拇指朝前。
    .step-2 = 将肩胛骨稍微向后、向下收。
    .step-3 = 双臂伸直，向上、向外抬起成Y字，拇指朝上。
    .step-4 = 慢慢放下，再以轻松的节奏抬起，肩膀保持远离耳朵。
    .step-5 = 双臂下垂，放松肩膀。

exercise-standing-side-bend = 站姿侧弯
    .caution = 向正侧方倾斜，不要向前，保持拉伸温和。
    .step-1 = 挺直站立，双脚与髋同宽，双臂放在体侧。
    .step-2 = 右臂举过头顶，轻轻向左倾斜，感受右侧身体被拉长。
    .step-3 = 慢慢回到正中。
    .step-4 = 左臂举过头顶，轻轻向右倾斜。
    .step-5 = 继续缓慢地左右交替，倾斜时呼气。

exercise-clasped-hands-chest-opener = 背后握手扩胸
    .caution = 手臂只稍微抬起；如果肩膀前侧有夹挤感，请停止。
    .step-1 = 挺直站立，双手在背后交握，或双手抓住一条毛巾。
    .step-2 = 轻轻伸直手臂，挺胸的同时将两侧肩胛骨向中间夹紧。
    .step-3 = 保持并慢慢呼吸，下巴保持水平，肩膀远离耳朵。
    .step-4 = 松开手，转动几下肩膀，然后再次交握并抬起。
    .step-5 = 松开双手，让双臂自然下垂。

exercise-thread-the-needle = 穿针式
    .caution = 不要让颈部承重；如果跪姿会让膝盖疼痛，请在膝盖下加垫，或跳过此动作。
    .step-1 = 双手和双膝着地，手腕位于肩膀正下方，膝盖位于髋部正下方。
    .step-2 = 右臂从身体下方向左侧穿过，右肩向地面下沉。
    .step-3 = 转回来，右臂向上伸向天花板，目光跟随右手。
    .step-4 = 左臂从身体下方向右侧穿过，左肩向地面下沉。
    .step-5 = 转回来，左臂向上伸向天花板，目光跟随左手。
    .step-6 = 回到双手和双膝着地，然后臀部向后坐向脚跟休息。

## Screen readers: the windows' texts read aloud, where the screen shows them apart

# $step, $steps: numbers; $text: the step's words
access-step = 第{ $step }步，共{ $steps }步：{ $text }
# $time: minutes and seconds left, e.g. 0:42; $paused: yes or no
access-time = { $paused ->
    [yes] 已暂停，剩余{ $time }
   *[no] 剩余{ $time }
}
# $day: a short weekday name (weekday-short); $count: stretches completed that day
access-week-day = { $day } { $count }次
# $days: the last seven days, each an access-week-day, joined by commas
access-week-last-7 = 最近7天：{ $days }
# $rate: a percentage such as 80%; $detail: week-completion-detail
access-week-completion = 完成率：{ $rate }（{ $detail }）
# $streak: week-streak-days
access-week-streak = 连续天数：{ $streak }

## Errors in the config file and in the user's exercises file, after "file:line:column: ".
## Keys, sections, paths and values in backticks or quotes stay exactly as written: they are
## what the person types in the file. Only the words around them are translated.
## $suggestion is the closest allowed word, or "none" when nothing is close.

# $bytes: the file's size; $max: the limit in KiB
config-too-big = 文件大小为{ $bytes }字节；此处的文件最大为{ $max } KiB，这是正确的文件吗？
config-not-utf8 = 无效的 UTF-8：文件必须保存为 UTF-8 文本
# $what: key or section; $name: as written ([brackets] included for a section);
# $allowed: the keys or sections allowed there, comma-separated
config-unknown-name = { $what ->
    [section] 未知的节 `{ $name }`
   *[key] 未知的键 `{ $name }`
}{ $suggestion ->
    [none] {""}
   *[other] ；你是否想写 `{ $suggestion }`？
}（此处允许：{ $allowed }）
# $key: a key written at the top that belongs in $section; $detail: config-unknown-name
config-key-belongs = `{ $key }` 属于 [{ $section }] 节：请把它放在 `[{ $section }]` 这一行的下方（{ $detail }）
# $name: the section as written, e.g. [schedule]
config-duplicate-section = 重复的节 `{ $name }`：每个节只能出现一次；请把它的键合并到第一个同名节中
# $name: the key
config-duplicate-key = 重复的键 `{ $name }`：每个键只能出现一次
config-duplicate-key-unnamed = 重复的键：每个键只能出现一次
# $value: the bare word written (yes, no, on, off…)
config-yes-no = `{ $value }` 不是有效的值：表示是/否请写 true 或 false（小写，不加引号）
# $value: the text written without quotes
config-quote-text = 文本必须加引号：请写成 "{ $value }"
config-quote-text-example = 文本必须加引号，例如 "45m"
config-unclosed-string = 字符串未闭合：缺少结尾的 `"`
# $found: a config-found; $expected: a config-expected
config-wrong-type = 类型错误：此处为{ $found }，应为{ $expected }
# What the file has where another type belongs. $value: as written
config-found = { $kind ->
    [integer] 整数 `{ $value }`
    [float] 浮点数 `{ $value }`
    [boolean] 布尔值 `{ $value }`
    [string] 字符串 { $value }
    [list] 列表
    [table] 表
    [date] 日期 `{ $value }`
    [datetime] 日期时间 `{ $value }`
    [time] 时间 `{ $value }`
   *[other] { $value }
}
# What a key takes. $name: the section for a table, else the reader's own English words
config-expected = { $what ->
    [boolean] true 或 false
    [string] 字符串
    [list] 方括号中的列表，例如 ["a", "b"]
    [table] 表：[{ $name }]
    [duration] 时长字符串，例如 "45m"、"1h 30m" 或 "90s"
    [sit-stand] 由两个时长组成的表：{"{"} sit = "40m", stand = "20m" {"}"}
    [integer] 整数
    [number] 数字
   *[other] { $name }
}
# $name: the section
config-section-list = `{ $name }` 必须是单个表，写作 [{ $name }]，而不是像 [[{ $name }]] 这样的表列表
# $key: the key that must be there
config-missing-key = 缺少键 `{ $key }`
# The TOML reader's findings. $detail: its own English words, for the rarer ones
config-syntax = { $problem ->
    [key-no-value] 键没有值
    [unclosed-table] 表未闭合
    [unclosed-array-table] 表数组未闭合
    [unclosed-array] 数组未闭合
    [unclosed-inline-table] 内联表未闭合
    [missing-comma-array] 数组元素之间缺少逗号
    [missing-comma-table] 键值对之间缺少逗号
    [missing-value] 缺少值
    [extra-comma] 多余的逗号
    [extra-equals] 多余的 `=`
    [invalid-key] 无效的无引号键
    [invalid-string] 无效的字符串
    [invalid-value] 无效的值
    [unexpected-content] 意外的内容
   *[other] { $detail }
}
# $syntax: a config-syntax; $expected: the marks that may come here, in backticks, or config-syntax-thing
config-syntax-expected = { $syntax }，此处应为{ $expected }
config-syntax-thing = { $thing ->
    [key] 键
   *[value] 值
}

# Durations ("45m", "1h 30m", "90s")
config-duration-empty = 时长为空；请写成例如 "45m"、"1h 30m" 或 "90s"
config-duration-negative = 不允许使用负的时长
# $value: as written
config-duration-unreadable = 无法将 `{ $value }` 识别为时长；请写成例如 "45m"、"1h 30m" 或 "90s"
# $value: the number written without a unit
config-duration-no-unit = `{ $value }` 没有单位；分钟请写 "{ $value }m"，秒请写 "{ $value }s"
# $unit: the unit written
config-duration-unknown-unit = 未知的单位 `{ $unit }`；请使用 s、m 或 h（例如 "45m"、"1h 30m"、"90s"）
config-duration-too-large = 时长过长
# $value: as written; $reason: one of the config-duration messages above
config-value-reason = `{ $value }`：{ $reason }
# $value: the number written
config-duration-number = 时长是带单位的字符串：请写 "{ $value }m" 或 "{ $value }s"，而不是 { $value }
config-duration-fraction = 时长是带单位的字符串，例如 "90s"，而不是数字 { $value }
# $zero: yes when the value is zero, else no; $value, $min, $max: durations such as 45m
config-out-of-range = { $zero ->
    [yes] `{ $key }` 不能为零：当前为{ $value }，允许范围为{ $min }到{ $max }
   *[no] `{ $key }` 超出范围：当前为{ $value }，允许范围为{ $min }到{ $max }
}
config-choices-empty = `{ $key }` 为空：请至少给出一个时长，例如 ["10m"]
# $count: entries written; $max: entries a menu takes
config-choices-too-many = `{ $key }` 有{ $count }项；菜单中最多只能放{ $max }项
# $stretch, $interval: durations such as 45m
config-stretch-longer = `stretch.duration`（{ $stretch }）比 `schedule.interval`（{ $interval }）长；拉伸必须能放在两次提醒之间
# $idle, $natural: durations such as 5m
config-idle-longer = `presence.idle_after`（{ $idle }）比 `presence.natural_break`（{ $natural }）长；必须先判定你已离开，离开的时间才能计为休息
# $every, $interval: durations such as 45m
config-nudge-not-shorter = `posture.nudge_every`（{ $every }）必须比 `schedule.interval`（{ $interval }）短：姿势提示出现在两次拉伸之间

# Times of day
config-time-unquoted = 时间需要写在引号中，例如 "08:00"
# $value: as written
config-time-bad = `{ $value }` 不是有效的时间；请使用24小时制 "HH:MM"，范围为 "00:00" 到 "23:59"

# Words from a short list. $key: the key; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-word-unknown = `{ $key }` 的值为 "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] （你是否想写 "{ $suggestion }"？）
}；允许的值：{ $allowed }
config-language-unknown = `general.language` 的值为 "{ $value }"{ $suggestion ->
    [none] {""}
   *[other] （你是否想写 "{ $suggestion }"？）
}；可用的语言：{ $allowed }
config-positions-empty = `stretch.positions` 为空：请至少列出 "seated"、"standing"、"floor" 中的一个
# $what: position, kind or area; $value: as written; $allowed: the allowed words, quoted and comma-separated
config-unknown-word = { $what ->
    [position] 未知的姿势 "{ $value }"；
    [kind] 未知的类型 "{ $value }"；
   *[area] 未知的部位 "{ $value }"；
}{ $suggestion ->
    [none] {""}
   *[other] 你是否想写 "{ $suggestion }"？
}允许的值：{ $allowed }
config-hold-when-unknown = `{ $value }` 不是可以让提醒等待的情况{ $suggestion ->
    [none] {""}
   *[other] （你是否想写 `{ $suggestion }`？）
}；允许的值：{ $allowed }

# [sync]. $name: the machine name as written; $max: its longest length; $char: the character, quoted
config-sync-name = { $problem ->
    [empty] `sync.name` "{ $name }" 为空
    [too-long] `sync.name` "{ $name }" 超过{ $max }个字符
    [character] `sync.name` "{ $name }" 包含 { $char }：请只使用字母、数字、'-'、'_' 和 '.'（它会用作文件名）
    [dot] `sync.name` "{ $name }" 以 '.' 开头：这样的文件是隐藏文件或同步软件自己的文件
   *[conflict] `sync.name` "{ $name }" 看起来像 Syncthing 的冲突副本
}
config-sync-name-alone = 有 `sync.name` 但没有 `sync.folder`：只有指定了文件夹，同步才会开启，例如 folder = "~/Sync/posture-break"
config-sync-folder-empty = `sync.folder` 为空：请指定同步文件夹，例如 "~/Sync/posture-break"；若要保持同步关闭，请删除此键
# $folder: as written
config-sync-folder-relative = `sync.folder` "{ $folder }" 是相对路径：请写完整路径或主目录下的路径，例如 "~/Sync/posture-break"

# [working_hours]
config-days-empty = `working_hours.days` 为空：请列出可以提醒的日子，例如 ["mon", "tue", "wed", "thu", "fri"]（要让某一天休息，可写如 `fri = []`；如果不需要工作时间，请删除这一节）
# $value: as written
config-day-unknown = `{ $value }` 不是有效的星期{ $suggestion ->
    [none] {""}
   *[other] （你是否想写 `{ $suggestion }`？）
}；请使用 mon, tue, wed, thu, fri, sat, sun
# $key: hours or a day (mon…sun); $value: the range as written; $part: the time in it
config-hours-not-range = `working_hours.{ $key }`：`{ $value }` 不是时间范围；请用24小时制写成 "HH:MM-HH:MM"，例如 "09:00-17:30"
config-hours-not-time = `working_hours.{ $key }`：`{ $value }`：`{ $part }` 不是时间；请用24小时制写成 "HH:MM-HH:MM"，例如 "09:00-17:30"
config-hours-out-of-day = `working_hours.{ $key }`：`{ $value }`：`{ $part }` 不是一天中的时间（00:00 到 23:59；24:00 只能作为结束时间）
config-hours-empty = `working_hours.{ $key }`：`{ $value }` 为空：开始和结束是同一时间
# $other: the earlier range it overlaps
config-hours-overlap = `working_hours.{ $key }`：`{ $value }` 与 `{ $other }` 重叠；每个时间只能给出一次

# The user's exercises file. $id: the exercise id as written
config-exercise-id-bad = 动作 ID "{ $id }" 必须由 a-z、0-9 和 '-' 组成，长度为1到64个字符
config-exercise-id-taken = 动作 ID "{ $id }" 已被使用；ID 必须唯一
# $field: name or caution
config-exercise-field-length = `{ $field }` 的长度必须为1到200个字符
# $allowed: the areas, quoted and comma-separated
config-exercise-areas-empty = `areas` 为空；请列出 { $allowed } 中的一个或多个
config-exercise-steps-count = `steps` 必须包含1到12个步骤
# $secs: as written
config-exercise-step-secs = 步骤的 `secs` 为{ $secs }；允许范围为1到600
config-exercise-step-text = 步骤的 `text` 的长度必须为1到300个字符
config-exercise-flow-without-pose = `flow` 需要一个作为起点的 `pose`：请把第一个姿态写成 `pose`
config-exercise-flow-count = `flow` 必须包含1到7个姿态
# A figure's pose out of bounds, in the pose model's own English words (joint names, degrees)
config-exercise-pose = { $detail }

## The launcher (the desktop entry): how app menus describe it, and its right-click actions
## (the others are the tray menu's: menu-stretch-now, menu-snooze, menu-your-week)

launcher-generic-name = 拉伸休息提醒
launcher-comment = 每 45 分钟提供一次针对背部中段、颈部和肩部的一分钟引导拉伸
launcher-pause-hour = 暂停 1 小时
launcher-open = 打开窗口
