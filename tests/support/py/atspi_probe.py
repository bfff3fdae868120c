"""A screen reader's view of one application, through AT-SPI (Debian's python3-gi and
gir1.2-atspi-2.0), for tests/accessibility.rs.

  atspi_probe.py dump APP           JSON: the app's windows and everything in them
  atspi_probe.py press APP NAME     invokes the first action of the button named NAME
  atspi_probe.py listen SECS        JSON: the announcements (object:announcement) heard in SECS
"""
import json
import sys
import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

# get_action_iface and get_action_name are deprecated in 2.46 but are what it offers.
warnings.filterwarnings("ignore", category=DeprecationWarning)


def find_app(name):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == name:
            return app
    return None


def text_of(node):
    try:
        text = node.get_text_iface()
        if text is not None:
            return text.get_text(0, text.get_character_count())
    except Exception:  # not every node has text
        pass
    return None


def actions_of(node):
    try:
        action = node.get_action_iface()
        if action is None:
            return []
        return [Atspi.Action.get_action_name(action, i) for i in range(Atspi.Action.get_n_actions(action))]
    except Exception:
        return []


def attributes_of(node):
    try:
        return dict(node.get_attributes() or {})
    except Exception:
        return {}


def walk(node, depth=0):
    out = {
        "role": node.get_role_name(),
        "name": node.get_name(),
        "text": text_of(node),
        "actions": actions_of(node),
        "attributes": attributes_of(node),
        "children": [],
    }
    if depth < 6:
        for i in range(node.get_child_count()):
            child = node.get_child_at_index(i)
            if child is not None:
                out["children"].append(walk(child, depth + 1))
    return out


def buttons(node):
    if node.get_role_name() in ("push button", "toggle button"):
        yield node
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            yield from buttons(child)


def listen(secs):
    heard = []

    def on_event(event):
        text = event.any_data if isinstance(event.any_data, str) else None
        heard.append({"type": event.type, "text": text, "source": event.source.get_name()})

    listener = Atspi.EventListener.new(on_event)
    listener.register("object:announcement")

    def stop():
        Atspi.event_quit()
        return False

    GLib.timeout_add(int(secs * 1000), stop)
    print("listening", flush=True)
    Atspi.event_main()
    print(json.dumps(heard))
    return 0


def main(argv):
    if argv[1] == "listen":
        return listen(float(argv[2]))
    app = find_app(argv[2])
    if app is None:
        desktop = Atspi.get_desktop(0)
        names = [desktop.get_child_at_index(i).get_name() for i in range(desktop.get_child_count())]
        print(json.dumps({"not_registered": argv[2], "applications": names}))
        return 0
    if argv[1] == "dump":
        print(json.dumps(walk(app)))
        return 0
    if argv[1] == "press":
        for button in buttons(app):
            if button.get_name() == argv[3]:
                ok = Atspi.Action.do_action(button.get_action_iface(), 0)
                print(json.dumps(bool(ok)))
                return 0
        print("false")
        return 1
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
