//! The end-to-end harness's own parsers (dbus-monitor, gdbus, RFC 3339): run everywhere, no
//! desktop needed.
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use support::*;

#[test]
fn harness_parses_dbus_monitor_output() {
    let text = r#"signal time=1.1 sender=org.freedesktop.DBus -> destination=:1.11 serial=2 path=/org/freedesktop/DBus; interface=org.freedesktop.DBus; member=NameAcquired
   string ":1.11"
method call time=1.2 sender=:1.12 -> destination=org.freedesktop.Notifications serial=3 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; member=Notify
   string "posture-break"
   uint32 0
   string ""
   string "Time for a 1-minute stretch"
   string "Cat-cow: line one
line "two" it's"
   array [
      string "default"
      string "Start stretch"
      string "snooze"
      string "Snooze 10 min"
   ]
   array [
      dict entry(
         string "category"
         variant             string "reminder"
      )
   ]
   int32 5000
method return time=1.3 sender=:1.1 -> destination=:1.12 serial=4 reply_serial=3
   uint32 7
signal time=1.4 sender=:1.1 -> destination=:1.12 serial=6 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; member=ActionInvoked
   uint32 7
   string "default"
"#;
    let messages = parse_monitor(text);
    assert_eq!(messages.len(), 4);
    let notes = notifications_in(&messages);
    assert_eq!(notes.len(), 1);
    let n = &notes[0];
    assert_eq!(n.id, Some(7));
    assert_eq!(n.app_name, "posture-break");
    assert_eq!(n.summary, "Time for a 1-minute stretch");
    assert_eq!(n.body, "Cat-cow: line one\nline \"two\" it's");
    assert_eq!(n.action_label("snooze"), Some("Snooze 10 min"));
    assert_eq!(messages[3].member, "ActionInvoked");
    assert_eq!(
        messages[3].args,
        [MonArg::U32(7), MonArg::Str("default".into())]
    );
    assert_eq!(messages[1].args[7], MonArg::I32(5000));
}

#[test]
fn harness_parses_gdbus_menu_layout() {
    let text = "(uint32 4, (0, {'children-display': <'submenu'>}, [<(1, {'label': <'Next stretch at 14:35'>, \
                'enabled': <false>}, @av [])>, <(2, {'type': <'separator'>}, @av [])>, <(3, {'label': \
                <\"Don't \\u00e9\">, 'children-display': <'submenu'>}, [<(4, {'label': <'5 minutes'>, \
                'toggle-state': <int32 -1>}, @av [])>])>, <(5, {'label': <'Start at login'>, 'toggle-type': \
                <'checkmark'>, 'toggle-state': <1>, 'icon-data': <@ay []>}, @av [])>]))";
    let Gv::Tuple(parts) = parse_gvariant(text).expect("parses") else {
        panic!("not a tuple")
    };
    assert_eq!(parts[0], Gv::Int(4));
    let root = MenuNode::from_gv(&parts[1]).expect("menu");
    assert_eq!(root.children.len(), 4);
    assert_eq!(root.children[0].label, "Next stretch at 14:35");
    assert!(!root.children[0].enabled);
    assert_eq!(root.children[1].kind, "separator");
    assert_eq!(root.children[2].label, "Don't é");
    assert_eq!(root.children[2].child("5 minutes").map(|n| n.id), Some(4));
    assert_eq!(root.children[3].toggle_type, "checkmark");
    assert_eq!(
        child_labels(&root),
        ["Next stretch at 14:35", "Don't é", "Start at login"]
    );

    assert_eq!(
        parse_gvariant("(<@as []>,)"),
        Ok(Gv::Tuple(vec![Gv::Variant(Box::new(Gv::Array(vec![])))]))
    );
    assert_eq!(
        parse_gvariant("(<objectpath '/MenuBar'>,)").map(|v| match v {
            Gv::Tuple(items) => items[0].inner().clone(),
            other => other,
        }),
        Ok(Gv::Str("/MenuBar".into()))
    );
    assert_eq!(
        parse_gvariant("(uint32 1234,)"),
        Ok(Gv::Tuple(vec![Gv::Int(1234)]))
    );
}

#[test]
fn harness_parses_rfc3339() {
    assert_eq!(rfc3339_secs("1970-01-01T00:00:00+00:00"), Some(0));
    assert_eq!(rfc3339_secs("2026-11-26T14:35:00Z"), Some(1_795_703_700));
    assert_eq!(
        rfc3339_secs("2026-11-26T15:35:00.123+01:00"),
        Some(1_795_703_700)
    );
    assert_eq!(
        rfc3339_secs("2026-11-26T09:05:00-05:30"),
        Some(1_795_703_700)
    );
    assert_eq!(
        rfc3339_secs("2024-02-29T00:00:00+00:00"),
        Some(1_709_164_800)
    );
    assert_eq!(rfc3339_secs("not a time"), None);
}

#[test]
fn harness_parses_xwininfo_trees() {
    let text = r#"
xwininfo: Window id: 0x50d (the root window) (has no name)

  Root window id: 0x50d (the root window) (has no name)
  Parent window id: 0x0 (none)
     3 children:
     0x20001f "trayer": ()  10x10+-100+-100  +-100+-100
     0x200003 "panel": ("panel" "trayer")  24x24+1000+0  +1000+0
        2 children:
        0x20002a (has no name): ()  22x22+1+1  +1001+1
           1 child:
           0x600009 "posture-break: Next stretch at 12:22": ("posture-break" "posture-break")  22x22+0+0  +1001+1
        0x200004 (has no name): ()  1x1+-1+-1  +1020+-1
     0x200001 "trayer": ("trayer" "Trayer")  10x10+10+10  +10+10
"#;
    let tree = parse_window_tree(text);
    assert_eq!(tree.len(), 6);
    let icon = &tree[3];
    assert_eq!(icon.id, "0x600009");
    assert_eq!(icon.name, "posture-break: Next stretch at 12:22");
    assert!(icon.class.contains("\"posture-break\""));
    assert_eq!(icon.geometry, (1001, 1, 22, 22));
    assert_eq!(icon.ancestors, ["0x200003", "0x20002a"]);
    assert_eq!(tree[0].geometry, (-100, -100, 10, 10));
    assert_eq!(tree[2].name, "");
    assert_eq!(tree[4].ancestors, ["0x200003"]);
    assert_eq!(tree[5].depth, 0);
}
