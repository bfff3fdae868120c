//! The exercise figures through the real binary: every bundled step has a pose (`exercises show
//! --json`), `--png` draws a figure inside its frame that moves where the text says, the contact
//! sheet, user exercises with bad poses get file:line:column errors, and (in a desktop session)
//! the open stretch window animates its figure and stops drawing when it closes.
//! (Linux: the harness is; the figures themselves are platform-independent `src/paint/`.)
#![cfg(target_os = "linux")]

use posture_break_test_support as support;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use serde_json::Value;

mod common;

fn run(home: &Path, args: &[&str]) -> Output {
    common::in_english(&mut Command::new(env!("CARGO_BIN_EXE_posture-break")))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_RUNTIME_DIR", home.join("runtime"))
        .env("XDG_CONFIG_DIRS", home.join("etc-xdg"))
        .output()
        .expect("run posture-break")
}

fn ok(home: &Path, args: &[&str]) -> String {
    let out = run(home, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// An RGBA image.
struct Image {
    w: usize,
    h: usize,
    rgba: Vec<u8>,
}

fn load(path: &Path) -> Image {
    let file = fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    // Our PNGs are RGBA; ImageMagick's screenshots are RGB.
    let rgba = match info.color_type {
        png::ColorType::Rgba => buf,
        png::ColorType::Rgb => buf
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 0xFF])
            .collect(),
        other => panic!("{}: colour type {other:?}", path.display()),
    };
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    Image {
        w: info.width as usize,
        h: info.height as usize,
        rgba,
    }
}

/// The figure's body colour (the app's accent) and its far-side shade.
const BODY: [u8; 3] = [0x3A, 0x86, 0x76];
const FAR: [u8; 3] = [0x97, 0xBD, 0xB3];

fn is_body(p: &[u8]) -> bool {
    [BODY, FAR].iter().any(|c| {
        c.iter()
            .zip(p)
            .all(|(a, b)| (i32::from(*a) - i32::from(*b)).abs() <= 6)
    })
}

/// Where the figure is: count of body pixels, bounding box (x0, y0, x1, y1), centroid.
struct Found {
    count: usize,
    bbox: (usize, usize, usize, usize),
    centre: (f64, f64),
}

fn figure(img: &Image) -> Found {
    let (mut count, mut bbox, mut sx, mut sy) = (0, (usize::MAX, usize::MAX, 0, 0), 0.0, 0.0);
    for y in 0..img.h {
        for x in 0..img.w {
            let o = (y * img.w + x) * 4;
            if is_body(&img.rgba[o..o + 3]) {
                count += 1;
                bbox = (bbox.0.min(x), bbox.1.min(y), bbox.2.max(x), bbox.3.max(y));
                sx += x as f64;
                sy += y as f64;
            }
        }
    }
    let n = count.max(1) as f64;
    Found {
        count,
        bbox,
        centre: (sx / n, sy / n),
    }
}

fn crop(img: &Image, x0: usize, y0: usize, x1: usize, y1: usize) -> Image {
    let (x1, y1) = (x1.min(img.w), y1.min(img.h));
    let mut rgba = Vec::new();
    for y in y0..y1 {
        rgba.extend_from_slice(&img.rgba[(y * img.w + x0) * 4..(y * img.w + x1) * 4]);
    }
    Image {
        w: x1 - x0,
        h: y1 - y0,
        rgba,
    }
}

fn step_png(home: &Path, id: &str, step: usize) -> Image {
    let file = home.join(format!("{id}-{step}.png"));
    let n = step.to_string();
    let out = ok(
        home,
        &[
            "exercises",
            "show",
            id,
            "--png",
            file.to_str().unwrap(),
            "--step",
            &n,
        ],
    );
    assert!(out.contains("wrote"), "{out}");
    load(&file)
}

fn exercises(home: &Path) -> Vec<Value> {
    let list: Value = serde_json::from_str(&ok(home, &["exercises", "list", "--json"])).unwrap();
    list.as_array().unwrap().clone()
}

#[test]
fn every_bundled_step_has_a_pose_in_json() {
    let home = tempfile::tempdir().unwrap();
    let all = exercises(home.path());
    assert_eq!(all.len(), 20);
    for e in &all {
        let id = e["id"].as_str().unwrap();
        let shown: Value =
            serde_json::from_str(&ok(home.path(), &["exercises", "show", id, "--json"])).unwrap();
        for (n, step) in shown["steps"].as_array().unwrap().iter().enumerate() {
            let pose = &step["pose"];
            assert!(
                ["side", "front", "three-quarter"]
                    .contains(&pose["view"].as_str().unwrap_or_default()),
                "{id} step {}: pose {pose}",
                n + 1
            );
            for key in ["lean", "spine", "neck", "hip", "knee"] {
                assert!(
                    pose[key].is_number(),
                    "{id} step {}: {key} in {pose}",
                    n + 1
                );
            }
            for arm in ["left", "right"] {
                assert!(pose[arm]["raise"].is_number(), "{id}: {arm} arm in {pose}");
            }
        }
    }
    // Flowing moves name their other shape: Cat-Cow's fourth step flows cow -> cat.
    let cat_cow: Value = serde_json::from_str(&ok(
        home.path(),
        &["exercises", "show", "cat-cow", "--json"],
    ))
    .unwrap();
    let flow = &cat_cow["steps"][3];
    assert!(flow["pose"]["spine"].as_f64().unwrap() < 0.0, "{flow}");
    assert!(flow["flow"][0]["spine"].as_f64().unwrap() > 0.0, "{flow}");
}

#[test]
fn every_step_draws_a_figure_inside_its_frame() {
    let home = tempfile::tempdir().unwrap();
    for e in exercises(home.path()) {
        let id = e["id"].as_str().unwrap();
        for step in 1..=e["steps"].as_array().unwrap().len() {
            let img = step_png(home.path(), id, step);
            assert_eq!((img.w, img.h), (480, 400));
            let f = figure(&img);
            let share = f.count as f64 / (img.w * img.h) as f64;
            assert!(share > 0.015, "{id} step {step}: figure covers {share:.4}");
            let (x0, y0, x1, y1) = f.bbox;
            assert!(
                x0 > 2 && y0 > 2 && x1 < img.w - 3 && y1 < img.h - 3,
                "{id} step {step}: figure {:?} touches the frame",
                f.bbox
            );
            // A person, not a speck: at least a quarter of the frame tall or wide.
            assert!(
                (x1 - x0).max(y1 - y0) > img.h / 4,
                "{id} step {step}: figure {:?} too small",
                f.bbox
            );
        }
    }
}

#[test]
fn the_limbs_that_move_between_steps_differ_as_the_text_says() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    // Cat-Cow: "belly sinks, lift your chest, looking forward" (2): the highest point is the
    // head, at the front end (the figure faces right); "round your back up toward the ceiling
    // and let your head drop" (3): the highest point is the middle of the back.
    let highest = |img: &Image| {
        let f = figure(img);
        let (x0, _, x1, _) = f.bbox;
        let y = f.bbox.1;
        let xs: Vec<usize> = (x0..=x1)
            .filter(|x| is_body(&img.rgba[(y * img.w + x) * 4..][..3]))
            .collect();
        let x = xs.iter().sum::<usize>() as f64 / xs.len().max(1) as f64;
        (x - x0 as f64) / (x1 - x0).max(1) as f64
    };
    let (cow, cat) = (step_png(h, "cat-cow", 2), step_png(h, "cat-cow", 3));
    assert!(
        highest(&cow) > 0.75,
        "cow's highest point at {:.2}",
        highest(&cow)
    );
    assert!(
        (0.3..0.7).contains(&highest(&cat)),
        "cat's highest point at {:.2}",
        highest(&cat)
    );
    // Wall Angels: goalpost (2) -> arms slid up the wall (3): the top of the figure rises.
    let (goal, up) = (step_png(h, "wall-angels", 2), step_png(h, "wall-angels", 3));
    assert!(figure(&up).bbox.1 + 20 < figure(&goal).bbox.1);
    // Neck Side Stretch, front view: left ear down (2) puts the head right of the viewer's
    // centre, right ear down (4) left of it; the legs stay where they are.
    let head_x = |img: &Image| {
        let f = figure(img);
        let top = f.bbox.1;
        let row: Vec<usize> = (0..img.w)
            .filter(|x| is_body(&img.rgba[((top + 12) * img.w + x) * 4..][..3]))
            .collect();
        row.iter().sum::<usize>() as f64 / row.len().max(1) as f64
    };
    let (left, right) = (
        step_png(h, "neck-side-stretch", 2),
        step_png(h, "neck-side-stretch", 4),
    );
    assert!(
        head_x(&left) > head_x(&right) + 20.0,
        "{} vs {}",
        head_x(&left),
        head_x(&right)
    );
    let bottom = |img: &Image| figure(img).bbox.3;
    assert_eq!(bottom(&left), bottom(&right));
    // Seated Trunk Rotation: crossing the arms (2) changes the figure, the legs do not move.
    let (sit, crossed) = (
        step_png(h, "seated-trunk-rotation", 1),
        step_png(h, "seated-trunk-rotation", 2),
    );
    assert_ne!(sit.rgba, crossed.rgba);
    assert!((figure(&sit).centre.1 - figure(&crossed).centre.1).abs() > 1.0);
}

#[test]
fn png_and_sheet_errors_and_the_contact_sheet() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("x.png");
    let out = run(
        h,
        &[
            "exercises",
            "show",
            "cat-cow",
            "--png",
            file.to_str().unwrap(),
            "--step",
            "9",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("steps 1 to 5"));
    assert!(!file.exists());
    // Default: the first step.
    ok(
        h,
        &[
            "exercises",
            "show",
            "cat-cow",
            "--png",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(load(&file).rgba, step_png(h, "cat-cow", 1).rgba);
    // A user exercise without a pose: listed, but there is no figure to draw.
    let dir = h.join("config/posture-break");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("exercises.toml"), user_exercise("", "")).unwrap();
    let refused = h.join("refused.png");
    let out = run(
        h,
        &[
            "exercises",
            "show",
            "my-stretch",
            "--png",
            refused.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("has no pose"));
    assert!(!refused.exists(), "a refused figure left a file");

    let sheet = h.join("sheet.png");
    ok(h, &["exercises", "sheet", sheet.to_str().unwrap()]);
    let img = load(&sheet);
    // 21 rows (20 bundled, the user's one) of figures.
    assert!(img.h > 21 * 200 && img.w >= 1000, "{}x{}", img.w, img.h);
    assert!(figure(&img).count > 21 * 5 * 500);
}

/// A user exercise whose first step flows between two shapes, and a rotation where it has the
/// highest credit, so `stretch` offers it next (the config must allow "floor").
fn flowing_stretch_next(sandbox: &support::Sandbox) {
    let dir = sandbox.config_home().join("posture-break");
    fs::create_dir_all(&dir).unwrap();
    let flow = "{ lean = 90, hip = 68, knee = 90, spine = 44, neck = 45, arms = { raise = 112 } }";
    let pose = "view = \"side\", prop = \"mat\", lean = 90, hip = 108, knee = 90, spine = -36, \
                neck = -40, arms = { raise = 72 }";
    fs::write(dir.join("exercises.toml"), user_exercise(pose, flow)).unwrap();
    fs::write(
        sandbox.state_file(),
        r#"{"welcomed": true, "rotation": {"credits": {"my-stretch": 1000}}}"#,
    )
    .unwrap();
}

/// A user exercise; `pose` and `flow` are written into its first step.
fn user_exercise(pose: &str, flow: &str) -> String {
    let mut step = String::from("{ text = \"Breathe.\", secs = 30");
    if !pose.is_empty() {
        step.push_str(&format!(", pose = {{ {pose} }}"));
    }
    if !flow.is_empty() {
        step.push_str(&format!(", flow = [{flow}]"));
    }
    format!(
        "[[exercise]]\nid = \"my-stretch\"\nname = \"My stretch\"\nposition = \"floor\"\n\
         areas = [\"middle back\"]\ncaution = \"Gently.\"\n\
         steps = [\n  {step} }},\n  {{ text = \"Rest.\", secs = 30 }},\n]\n"
    )
}

#[test]
fn bad_user_poses_get_file_line_column_errors() {
    // (pose, flow, what the error points at on line 8, part of the message)
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "lean = 120",
            "",
            "120",
            "`lean` is 120°; allowed is -40° to 100°",
        ),
        (
            "knee = -5",
            "",
            "-5",
            "`knee` is -5°; allowed is 0° to 150°",
        ),
        ("view = \"top\"", "", "\"top\"", "unknown view \"top\""),
        (
            "prop = \"chiar\"",
            "",
            "\"chiar\"",
            "did you mean \"chair\"?",
        ),
        ("elbw = 3", "", "elbw", "unknown key `elbw`"),
        (
            "arms = { elbow = 170 }",
            "",
            "170",
            "`elbow` is 170°; allowed is 0° to 150°",
        ),
        (
            "right = { raise = 150, plane = 160 }",
            "",
            "150",
            "lifts at most 70° backward",
        ),
        ("lean = \"far\"", "", "\"far\"", "wrong type"),
        (
            "view = \"front\"",
            "{ view = \"side\" }",
            "\"side\"",
            "share its view",
        ),
        ("spine = 10", "{ spine = 80 }", "80", "`spine` is 80°"),
        ("", "{ spine = 10 }", "[", "`flow` needs a `pose`"),
    ];
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("config/posture-break");
    fs::create_dir_all(&dir).unwrap();
    let file = dir.join("exercises.toml");
    for (pose, flow, at, message) in cases {
        let text = user_exercise(pose, flow);
        fs::write(&file, &text).unwrap();
        let line = text.lines().nth(7).unwrap();
        let column = line.find(at).unwrap() + 1;
        let out = run(home.path(), &["exercises", "list"]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{pose} / {flow}: {err}");
        let place = format!("{}:8:{column}: ", file.display());
        assert!(
            err.contains(&place) && err.contains(message),
            "{pose} / {flow}: want {place}…{message}\n got {err}\n{line}"
        );
    }
    // The same exercise with a good pose loads, and gets its figure.
    fs::write(
        &file,
        user_exercise("lean = 90, hip = 90, knee = 90", "{ spine = 30 }"),
    )
    .unwrap();
    let png = home.path().join("good.png");
    ok(
        home.path(),
        &[
            "exercises",
            "show",
            "my-stretch",
            "--png",
            png.to_str().unwrap(),
        ],
    );
    assert!(png.exists(), "the good pose was not drawn");
}

// ---- in a desktop session ----

/// The stretch window draws the figure beside the text and moves it while open: two
/// screenshots of the window half a second apart differ in the figure's box, and nowhere else
/// but the countdown. After it closes the app logs how many frames it drew, and no more come.
#[test]
fn the_open_window_animates_the_figure() {
    use support::*;
    let Some(bin) = setup("figure_animates", Need::Desktop) else {
        return;
    };
    let _windows = windows_lock();
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config("[stretch]\npositions = [\"floor\"]\n");
    flowing_stretch_next(&sandbox);
    let mut app = sandbox.start_app();
    sandbox.wait_status(&mut app, "active", Duration::from_secs(10), |s| {
        s["state"] == "active"
    });
    sandbox.cli_ok(&["stretch"]);
    let status = sandbox.wait_status(&mut app, "stretching", Duration::from_secs(5), |s| {
        s["state"] == "stretching"
    });
    assert_eq!(status["exercise"], "my-stretch", "{status}");
    let window = wait_window(&mut app, Duration::from_secs(10));
    window.wait_drawn("figure-first");
    // Two screenshots a quarter of a second apart within one second of the countdown: the
    // window outside the figure's box is the same (no whole frame came between them), so the
    // figure's motion reached the screen through frames that present its box alone. A pair
    // that straddles a new second (the countdown and the step bar change) is taken again.
    // The figure's box is the left column (28 + 250 px, below the title).
    let box_x = 0..290;
    let box_y = 56..usize::MAX;
    let mut tries = 0;
    let (a, in_figure) = loop {
        tries += 1;
        let a = load(&window.capture("figure-a"));
        std::thread::sleep(Duration::from_millis(250));
        let b = load(&window.capture("figure-b"));
        assert_eq!((a.w, a.h), (b.w, b.h));
        let changed = |o: usize| a.rgba[o..o + 3] != b.rgba[o..o + 3];
        let (mut inside, mut outside) = (0, 0);
        for y in 0..a.h {
            for x in 0..a.w {
                if changed((y * a.w + x) * 4) {
                    if box_x.contains(&x) && box_y.contains(&y) && y < a.h - 112 {
                        inside += 1;
                    } else {
                        outside += 1;
                    }
                }
            }
        }
        if outside == 0 {
            break (a, inside);
        }
        assert!(
            tries < 8,
            "every pair of screenshots changed outside the figure ({outside} px)"
        );
    };
    assert!(
        in_figure > 300,
        "the figure did not move between the screenshots ({in_figure} pixels changed)"
    );
    let fa = figure(&crop(&a, 0, 64, 290, a.h - 120));
    assert!(fa.count > 1000, "figure {:?} of {} px", fa.bbox, fa.count);

    window.press("Escape");
    sandbox.wait_history(&mut app, "skipped", |e| e["event"] == "skipped");
    // Then the question; Esc again closes it unanswered.
    window.press("Escape");
    let log = poll(Duration::from_secs(5), || {
        let log = app.log_text();
        log.contains("stretch window: ").then_some(log)
    })
    .unwrap_or_else(|| panic!("no frame count in the log\n{}", app.context()));
    let line = log
        .lines()
        .find(|l| l.contains("stretch window: "))
        .unwrap();
    // "stretch window: N frames in T s (R/s), M of them the figure's box alone"
    let number_after = |marker: &str| -> u64 {
        line.split(marker)
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no number after {marker:?}: {line}"))
    };
    let frames = number_after("stretch window: ");
    // Over a second of flowing at the display's rate, not one frame a second.
    assert!(frames > 20, "{line}");
    // And nearly all of them the figure's box alone (a whole frame only as seconds pass).
    let figure_only = number_after("/s), ");
    assert!(figure_only * 4 > frames * 3, "{line}");
    assert!(app.alive(), "{}", app.context());
}

/// Reduced motion: with GNOME's `enable-animations` off (real dconf on the app's bus) the figure
/// of a flowing step stands still, so the window draws about one frame a second (the countdown)
/// instead of the display's rate; `[stretch] motion = "full"` overrides the desktop.
#[test]
fn reduced_motion_stands_the_figure_still() {
    use support::*;
    let Some(bin) = setup("figure_reduced_motion", Need::Desktop) else {
        return;
    };
    let _windows = windows_lock();
    let frames_in_two_seconds = |motion: &str| -> u64 {
        let mut sandbox = Sandbox::new(&bin);
        let bus = sandbox.use_private_bus();
        sandbox.set_env("GSETTINGS_BACKEND", Some("dconf"));
        let _dconf = bus.daemon(&sandbox, "/usr/libexec/dconf-service", "ca.desrt.dconf");
        bus.run(
            &sandbox,
            "gsettings",
            &[
                "set",
                "org.gnome.desktop.interface",
                "enable-animations",
                "false",
            ],
        );
        sandbox.write_config(&format!(
            "[stretch]\npositions = [\"floor\"]\nmotion = \"{motion}\"\n"
        ));
        flowing_stretch_next(&sandbox);
        let mut app = sandbox.start_app();
        sandbox.wait_status(&mut app, "active", Duration::from_secs(10), |s| {
            s["state"] == "active"
        });
        sandbox.cli_ok(&["stretch"]);
        let window = wait_window(&mut app, Duration::from_secs(10));
        window.wait_drawn("figure-motion");
        std::thread::sleep(Duration::from_secs(2));
        window.press("Escape");
        sandbox.wait_history(&mut app, "skipped", |e| e["event"] == "skipped");
        window.press("Escape"); // the question
        let line = poll(Duration::from_secs(5), || {
            app.log_text()
                .lines()
                .find(|l| l.contains("stretch window: "))
                .map(str::to_string)
        })
        .unwrap_or_else(|| panic!("no frame count in the log\n{}", app.context()));
        line.split("stretch window: ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no frame count in {line}"))
    };
    let still = frames_in_two_seconds("auto");
    assert!(
        still <= 8,
        "animations off, yet {still} frames in about 2 s"
    );
    let moving = frames_in_two_seconds("full");
    eprintln!("frames in about 2 s: {still} with animations off, {moving} with motion = \"full\"");
    assert!(
        moving > 30,
        "motion = \"full\", yet only {moving} frames in about 2 s"
    );
}
