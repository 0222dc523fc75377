#!/usr/bin/python3
"""Draws Tagbench's icons (views, product, window images) as PNGs.

Run with Debian's python3-pil: /usr/bin/python3 releng/icons/make-icons.py
The icons are committed; this script is how they were made and how to change them.
"""
import os
from PIL import Image, ImageDraw

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEAL = (0, 120, 130, 255)
TEAL_LIGHT = (0, 160, 170, 255)
ORANGE = (230, 120, 20, 255)
GREY = (90, 90, 90, 255)
WHITE = (255, 255, 255, 255)


def canvas(size, scale=4):
    big = size * scale
    return Image.new("RGBA", (big, big), (0, 0, 0, 0)), big


def finish(img, size, path):
    img = img.resize((size, size), Image.LANCZOS)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img.save(path)


def product(size, path):
    img, s = canvas(size)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([s * 0.04, s * 0.04, s * 0.96, s * 0.96], radius=s * 0.18, fill=TEAL)
    # a tag: a label with a hole, tilted look by polygon
    d.polygon([(s * 0.22, s * 0.30), (s * 0.62, s * 0.30), (s * 0.82, s * 0.50),
               (s * 0.62, s * 0.70), (s * 0.22, s * 0.70)], fill=WHITE)
    r = s * 0.06
    d.ellipse([s * 0.62 - r, s * 0.50 - r, s * 0.62 + r, s * 0.50 + r], fill=TEAL)
    d.rectangle([s * 0.30, s * 0.44, s * 0.50, s * 0.56], fill=ORANGE)
    finish(img, size, path)


def connections(size, path):
    img, s = canvas(size)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([s * 0.10, s * 0.15, s * 0.90, s * 0.55], radius=s * 0.08, fill=TEAL)
    d.rectangle([s * 0.20, s * 0.27, s * 0.30, s * 0.43], fill=TEAL_LIGHT)
    d.rectangle([s * 0.47, s * 0.55, s * 0.53, s * 0.75], fill=GREY)
    d.rectangle([s * 0.15, s * 0.75, s * 0.85, s * 0.85], fill=GREY)
    finish(img, size, path)


def tags(size, path):
    img, s = canvas(size)
    d = ImageDraw.Draw(img)
    d.polygon([(s * 0.08, s * 0.25), (s * 0.62, s * 0.25), (s * 0.92, s * 0.50),
               (s * 0.62, s * 0.75), (s * 0.08, s * 0.75)], fill=ORANGE)
    r = s * 0.08
    d.ellipse([s * 0.64 - r, s * 0.50 - r, s * 0.64 + r, s * 0.50 + r], fill=WHITE)
    finish(img, size, path)


def diagnostics(size, path):
    img, s = canvas(size)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([s * 0.06, s * 0.10, s * 0.94, s * 0.90], radius=s * 0.10, fill=GREY)
    pts = [(0.12, 0.55), (0.32, 0.55), (0.42, 0.25), (0.55, 0.78), (0.66, 0.45), (0.88, 0.45)]
    d.line([(x * s, y * s) for x, y in pts], fill=(120, 230, 120, 255), width=int(s * 0.09), joint="curve")
    finish(img, size, path)


STATES = {
    "connected": (40, 170, 60, 255),
    "degraded": (235, 170, 20, 255),
    "disconnected": (150, 150, 150, 255),
    "connecting": (40, 120, 220, 255),
    "error": (210, 40, 40, 255),
}


def profile(state, size, path):
    """A server box with a status dot: one icon per connection state."""
    img, s = canvas(size)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([s * 0.06, s * 0.08, s * 0.74, s * 0.70], radius=s * 0.08, fill=TEAL)
    d.rectangle([s * 0.16, s * 0.22, s * 0.64, s * 0.30], fill=TEAL_LIGHT)
    d.rectangle([s * 0.16, s * 0.42, s * 0.64, s * 0.50], fill=TEAL_LIGHT)
    r = s * 0.22
    cx, cy = s * 0.74, s * 0.74
    d.ellipse([cx - r - s * 0.04, cy - r - s * 0.04, cx + r + s * 0.04, cy + r + s * 0.04], fill=WHITE)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=STATES[state])
    finish(img, size, path)


def tag(size, path):
    img, s = canvas(size)
    d = ImageDraw.Draw(img)
    d.polygon([(s * 0.10, s * 0.30), (s * 0.60, s * 0.30), (s * 0.88, s * 0.50),
               (s * 0.60, s * 0.70), (s * 0.10, s * 0.70)], fill=TEAL)
    r = s * 0.07
    d.ellipse([s * 0.62 - r, s * 0.50 - r, s * 0.62 + r, s * 0.50 + r], fill=WHITE)
    finish(img, size, path)


def read(size, path):
    img, s = canvas(size)
    d = ImageDraw.Draw(img)
    d.polygon([(s * 0.10, s * 0.30), (s * 0.55, s * 0.30), (s * 0.80, s * 0.50),
               (s * 0.55, s * 0.70), (s * 0.10, s * 0.70)], fill=TEAL)
    d.polygon([(s * 0.60, s * 0.60), (s * 0.95, s * 0.60), (s * 0.775, s * 0.95)], fill=ORANGE)
    finish(img, size, path)


def watch(size, path):
    """The Watch view: a gauge face with a needle and an orange pivot."""
    img, s = canvas(size)
    d = ImageDraw.Draw(img)
    d.ellipse([s * 0.06, s * 0.06, s * 0.94, s * 0.94], fill=TEAL)
    d.ellipse([s * 0.16, s * 0.16, s * 0.84, s * 0.84], fill=WHITE)
    for x, y in ((0.30, 0.62), (0.32, 0.34), (0.50, 0.24), (0.68, 0.34)):
        d.ellipse([s * (x - 0.04), s * (y - 0.04), s * (x + 0.04), s * (y + 0.04)], fill=TEAL_LIGHT)
    d.line([(s * 0.50, s * 0.55), (s * 0.74, s * 0.30)], fill=GREY, width=int(s * 0.09))
    r = s * 0.09
    d.ellipse([s * 0.50 - r, s * 0.55 - r, s * 0.50 + r, s * 0.55 + r], fill=ORANGE)
    finish(img, size, path)


def pause(size, path):
    img, s = canvas(size)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([s * 0.22, s * 0.16, s * 0.42, s * 0.84], radius=s * 0.05, fill=TEAL)
    d.rounded_rectangle([s * 0.58, s * 0.16, s * 0.78, s * 0.84], radius=s * 0.05, fill=TEAL)
    finish(img, size, path)


def add_tag(size, path):
    """Add tags: the tag shape with an orange plus."""
    img, s = canvas(size)
    d = ImageDraw.Draw(img)
    d.polygon([(s * 0.04, s * 0.14), (s * 0.50, s * 0.14), (s * 0.74, s * 0.36),
               (s * 0.50, s * 0.58), (s * 0.04, s * 0.58)], fill=TEAL)
    d.rectangle([s * 0.64, s * 0.50, s * 0.80, s * 0.98], fill=ORANGE)
    d.rectangle([s * 0.48, s * 0.66, s * 0.96, s * 0.82], fill=ORANGE)
    finish(img, size, path)


def interval(size, path):
    """The poll interval: a clock."""
    img, s = canvas(size)
    d = ImageDraw.Draw(img)
    d.ellipse([s * 0.06, s * 0.06, s * 0.94, s * 0.94], fill=GREY)
    d.ellipse([s * 0.15, s * 0.15, s * 0.85, s * 0.85], fill=WHITE)
    d.line([(s * 0.50, s * 0.50), (s * 0.50, s * 0.24)], fill=GREY, width=int(s * 0.08))
    d.line([(s * 0.50, s * 0.50), (s * 0.70, s * 0.60)], fill=ORANGE, width=int(s * 0.08))
    finish(img, size, path)

if __name__ == "__main__":
    ui = os.path.join(ROOT, "bundles", "org.tagbench.ui", "icons")
    rcp = os.path.join(ROOT, "bundles", "org.tagbench.rcp", "icons")
    product(16, os.path.join(ui, "tagbench16.png"))
    connections(16, os.path.join(ui, "connections16.png"))
    tags(16, os.path.join(ui, "tags16.png"))
    diagnostics(16, os.path.join(ui, "diagnostics16.png"))
    tag(16, os.path.join(ui, "tag16.png"))
    read(16, os.path.join(ui, "read16.png"))
    watch(16, os.path.join(ui, "watch16.png"))
    pause(16, os.path.join(ui, "pause16.png"))
    add_tag(16, os.path.join(ui, "add_tag16.png"))
    interval(16, os.path.join(ui, "interval16.png"))
    for state in STATES:
        profile(state, 16, os.path.join(ui, "profile_%s16.png" % state))
    for size in (16, 32, 48, 64, 128, 256):
        product(size, os.path.join(rcp, "tagbench%d.png" % size))
