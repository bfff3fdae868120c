//! Screen readers: what a window shows, as a list of items (labels and buttons with their
//! names and places), made into an AccessKit tree and served through the platform's
//! accessibility API (AT-SPI on Linux, UI Automation on Windows). The adapter is created with its window and dropped
//! with it; on Linux it reaches the accessibility bus only while AT-SPI is enabled, so the app
//! costs nothing more while no window is open, or while no screen reader listens.
//!
//! A button's action comes back as `AppEvent::Accessibility` to the main loop, which hands it
//! to the window as if the button had been clicked. A live item (the step text) is announced
//! politely when it changes.

use crate::paint::kit::Area;

/// What a window shows, one item per thing a person reads or presses.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Item {
    /// Stable within the window (a button's id comes back with its action).
    pub id: u64,
    pub role: Role,
    pub name: String,
    /// Announced when it changes (the step text).
    pub live: bool,
    /// Where it is in the window's content, in physical pixels.
    pub area: Option<Area>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Label,
    Button,
    /// A button that is on or off (the sound).
    Toggle(bool),
}

impl Item {
    pub fn label(id: u64, name: impl Into<String>) -> Item {
        Item {
            id,
            role: Role::Label,
            name: name.into(),
            live: false,
            area: None,
        }
    }

    pub fn button(id: u64, name: impl Into<String>, area: Area) -> Item {
        Item {
            id,
            role: Role::Button,
            name: name.into(),
            live: false,
            area: Some(area),
        }
    }
}

#[cfg(any(target_os = "linux", windows))]
pub(crate) use adapter::Accessible;

#[cfg(target_os = "macos")]
pub(crate) use elsewhere::Accessible;

/// Linux (AT-SPI) and Windows (UI Automation).
#[cfg(any(target_os = "linux", windows))]
mod adapter {
    use std::sync::{Arc, Mutex, PoisonError};

    use accesskit::{
        Action, ActionHandler, ActionRequest, ActivationHandler, DeactivationHandler, Live, Node,
        NodeId, Rect, Role as NodeRole, Toggled, TreeId, TreeInfo, TreeUpdate,
    };
    use winit::event::WindowEvent;
    use winit::event_loop::ActiveEventLoop;
    use winit::window::{Window, WindowId};

    use super::{Item, Role};
    use crate::shell::{AppEvent, EventSink};

    const ROOT: NodeId = NodeId(0);

    /// The window's tree: the window named `title`, its items as children. Item ids are
    /// shifted by one: 0 is the window.
    fn tree(title: &str, items: &[Item], bar_height: u32) -> TreeUpdate {
        let mut root = Node::new(NodeRole::Window);
        root.set_label(title);
        let mut nodes = Vec::with_capacity(items.len() + 1);
        for item in items {
            let id = NodeId(item.id + 1);
            root.push_child(id);
            let mut node = match item.role {
                Role::Label => {
                    let mut node = Node::new(NodeRole::Label);
                    node.set_value(item.name.as_str());
                    node
                }
                Role::Button | Role::Toggle(_) => {
                    let mut node = Node::new(NodeRole::Button);
                    node.add_action(Action::Click);
                    node.add_action(Action::Focus);
                    node
                }
            };
            node.set_label(item.name.as_str());
            if let Role::Toggle(on) = item.role {
                node.set_toggled(if on { Toggled::True } else { Toggled::False });
            }
            if item.live {
                node.set_live(Live::Polite);
            }
            if let Some([x, y, w, h]) = item.area {
                let top = f64::from(y) + f64::from(bar_height);
                node.set_bounds(Rect::new(
                    f64::from(x),
                    top,
                    f64::from(x + w),
                    top + f64::from(h),
                ));
            }
            nodes.push((id, node));
        }
        nodes.insert(0, (ROOT, root));
        TreeUpdate {
            nodes,
            tree: Some(TreeInfo::new(ROOT)),
            tree_id: TreeId::ROOT,
            focus: ROOT,
        }
    }

    /// The latest tree, for a screen reader that starts listening while the window is open.
    #[derive(Clone)]
    struct Latest(Arc<Mutex<TreeUpdate>>);

    impl ActivationHandler for Latest {
        fn request_initial_tree(&mut self) -> Option<TreeUpdate> {
            Some(
                self.0
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .clone(),
            )
        }
    }

    /// Sends a button's click to the main loop.
    struct Forward {
        window: WindowId,
        sink: EventSink,
    }

    impl ActionHandler for Forward {
        fn do_action(&mut self, request: ActionRequest) {
            if request.action == Action::Click && request.target_node != ROOT {
                (self.sink)(AppEvent::Accessibility {
                    window: self.window,
                    item: request.target_node.0 - 1,
                });
            }
        }
    }

    struct Quiet;

    impl DeactivationHandler for Quiet {
        fn deactivate_accessibility(&mut self) {}
    }

    /// A window's accessibility adapter.
    pub(crate) struct Accessible {
        adapter: accesskit_winit::Adapter,
        latest: Latest,
        title: String,
        items: Vec<Item>,
        bar_height: u32,
    }

    impl Accessible {
        /// Must come before the window is first shown (the adapter asks).
        pub(crate) fn new(
            event_loop: &ActiveEventLoop,
            window: &Window,
            title: String,
            bar_height: u32,
            sink: EventSink,
        ) -> Accessible {
            let latest = Latest(Arc::new(Mutex::new(tree(&title, &[], bar_height))));
            let adapter = accesskit_winit::Adapter::with_direct_handlers(
                event_loop,
                window,
                latest.clone(),
                Forward {
                    window: window.id(),
                    sink,
                },
                Quiet,
            );
            Accessible {
                adapter,
                latest,
                title,
                items: Vec::new(),
                bar_height,
            }
        }

        pub(crate) fn process_event(&mut self, window: &Window, event: &WindowEvent) {
            self.adapter.process_event(window, event);
        }

        /// The window shows `items` now; only a change goes out.
        pub(crate) fn show(&mut self, items: Vec<Item>) {
            if items == self.items {
                return;
            }
            let update = tree(&self.title, &items, self.bar_height);
            *self.latest.0.lock().unwrap_or_else(PoisonError::into_inner) = update.clone();
            self.items = items;
            self.adapter.update_if_active(|| update);
        }
    }
}

/// macOS's windows are not yet exposed to screen readers (AccessKit's macOS adapter is not
/// built).
#[cfg(target_os = "macos")]
mod elsewhere {
    use winit::event::WindowEvent;
    use winit::event_loop::ActiveEventLoop;
    use winit::window::Window;

    use super::Item;
    use crate::shell::EventSink;

    pub(crate) struct Accessible;

    impl Accessible {
        pub(crate) fn new(
            _: &ActiveEventLoop,
            _: &Window,
            _: String,
            _: u32,
            _: EventSink,
        ) -> Accessible {
            Accessible
        }

        pub(crate) fn process_event(&mut self, _: &Window, _: &WindowEvent) {}

        pub(crate) fn show(&mut self, _: Vec<Item>) {}
    }
}
