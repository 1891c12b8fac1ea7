#!/usr/bin/env python3
"""Draws the exercise illustrations in assets/exercises/ (<id>-start.svg, <id>-end.svg).

One stick figure, posed by joint angles (forward kinematics), so every picture shares the same
proportions, line weight and palette. The moving segments are drawn in the accent colour and an
arrow shows the direction of movement from the start pose to the end pose. The SVG files are
committed so a designer can refine them by hand; run this script again only to regenerate all.

    python3 tools/exercise_art.py            # writes into assets/exercises/
"""
import math
import os
import sys

W, H = 240, 200
FLOOR = 186
STROKE = 9
INK = "#35566f"        # the figure
FAR = "#a9bccb"        # limbs on the far side
ACCENT = "#d9662b"     # the moving part and the arrow
PROP = "#8c9aa3"       # chair, wall, mat, band
BG = "#f7f9fa"

LEN = dict(torso=50, neck=14, upper=27, fore=25, thigh=40, shin=38, foot=14)


def vec(angle, length):
    """Angle in degrees: 0 points down, 90 points right (forwards), 180 up, -90 left."""
    r = math.radians(angle)
    return math.sin(r) * length, math.cos(r) * length


def add(p, angle, length):
    dx, dy = vec(angle, length)
    return (p[0] + dx, p[1] + dy)


def pose(hip, torso=180, head=None, arm=(0, 0), farm=None, leg=(0, 0, 90), fleg=None):
    """Returns the joints of a figure. arm = (upper, forearm) angles; leg = (thigh, shin, foot)."""
    farm = farm or arm
    fleg = fleg or leg
    j = {"hip": hip}
    j["neck"] = add(hip, torso, LEN["torso"])
    j["shoulder"] = add(hip, torso, LEN["torso"] - 4)
    j["head"] = add(j["neck"], torso if head is None else head, LEN["neck"])
    for side, a, l in (("n", arm, leg), ("f", farm, fleg)):
        j[side + "elbow"] = add(j["shoulder"], a[0], LEN["upper"])
        j[side + "hand"] = add(j[side + "elbow"], a[1], LEN["fore"])
        j[side + "knee"] = add(hip, l[0], LEN["thigh"])
        j[side + "ankle"] = add(j[side + "knee"], l[1], LEN["shin"])
        j[side + "toe"] = add(j[side + "ankle"], l[2], LEN["foot"])
    return j


def settle(j, ground=FLOOR - STROKE / 2):
    """Moves the figure down (or up) so its lowest joint rests on the floor."""
    low = max(p[1] for k, p in j.items() if k != "head")
    low = max(low, j["head"][1] + 12)
    return {k: (p[0], p[1] + ground - low) for k, p in j.items()}


def shift(j, dx=0, dy=0):
    return {k: (p[0] + dx, p[1] + dy) for k, p in j.items()}


SEGMENTS = {
    "farm": ("shoulder", "felbow", "fhand"),
    "fleg": ("hip", "fknee", "fankle", "ftoe"),
    "torso": ("hip", "neck"),
    "leg": ("hip", "nknee", "nankle", "ntoe"),
    "arm": ("shoulder", "nelbow", "nhand"),
    "foot": ("nankle", "ntoe"),
    "ffoot": ("fankle", "ftoe"),
    "shin": ("nknee", "nankle", "ntoe"),
}
DRAW_ORDER = ("farm", "fleg", "torso", "leg", "arm")


def polyline(points, colour, width=STROKE, extra=""):
    pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return (f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="{width}" '
            f'stroke-linecap="round" stroke-linejoin="round"{extra}/>')


def arrow(a, b, bend=0.0):
    """A curved arrow from a to b; bend > 0 bows it to the left of the direction of travel."""
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1
    cx, cy = mx + dy / length * bend * length, my - dx / length * bend * length
    tx, ty = b[0] - cx, b[1] - cy
    tl = math.hypot(tx, ty) or 1
    ux, uy = tx / tl, ty / tl
    head = 9
    left = (b[0] - ux * head - uy * head * 0.7, b[1] - uy * head + ux * head * 0.7)
    right = (b[0] - ux * head + uy * head * 0.7, b[1] - uy * head - ux * head * 0.7)
    return (f'<path d="M{a[0]:.1f},{a[1]:.1f} Q{cx:.1f},{cy:.1f} {b[0]:.1f},{b[1]:.1f}" fill="none" '
            f'stroke="{ACCENT}" stroke-width="3.5" stroke-linecap="round" stroke-dasharray="7 5"/>'
            f'<polygon points="{b[0]:.1f},{b[1]:.1f} {left[0]:.1f},{left[1]:.1f} {right[0]:.1f},{right[1]:.1f}" '
            f'fill="{ACCENT}"/>')


def figure(j, accent=()):
    out = []
    for name in DRAW_ORDER:
        colour = ACCENT if name in accent else (FAR if name.startswith("f") else INK)
        out.append(polyline([j[k] for k in SEGMENTS[name]], colour))
    for name in ("foot", "ffoot", "shin"):
        if name in accent:
            out.append(polyline([j[k] for k in SEGMENTS[name]], ACCENT))
    hx, hy = j["head"]
    head_colour = ACCENT if "head" in accent else INK
    out.append(f'<circle cx="{hx:.1f}" cy="{hy:.1f}" r="12" fill="{head_colour}"/>')
    return out


# ---- props -------------------------------------------------------------------------------------

def chair(x, seat=140, back=True, facing=1):
    """A simple side-view chair whose seat front edge is at x."""
    x2 = x - facing * 44
    parts = [polyline([(x, seat), (x2, seat)], PROP, 6),
             polyline([(x - facing * 4, seat), (x - facing * 4, FLOOR)], PROP, 5),
             polyline([(x2 + facing * 4, seat), (x2 + facing * 4, FLOOR)], PROP, 5)]
    if back:
        parts.append(polyline([(x2 + facing * 2, seat), (x2 + facing * 2, seat - 52)], PROP, 6))
    return parts


def wall(x):
    return [polyline([(x, 40), (x, FLOOR)], PROP, 6)]


def mat(x1, x2):
    return [f'<rect x="{x1}" y="{FLOOR - 3}" width="{x2 - x1}" height="5" rx="2" fill="{PROP}" opacity="0.6"/>']


def band(a, b):
    return [polyline([a, b], "#5f9c8b", 4)]


def cushion(x, y):
    return [f'<ellipse cx="{x}" cy="{y}" rx="13" ry="5" fill="{PROP}" opacity="0.7"/>']


def inset(content):
    """A round close-up in the top corner, for foot movements too small to see on the figure."""
    return ([f'<circle cx="196" cy="46" r="38" fill="#ffffff" stroke="{PROP}" stroke-width="3"/>'] + content)


def footprint(spread):
    """Top view of a right foot inside the inset; spread fans the toes apart."""
    parts = [f'<ellipse cx="196" cy="60" rx="13" ry="22" fill="{INK}"/>']
    for i, base in enumerate((-10, -5, 0, 5, 10)):
        angle = base * spread / 10.0 * 2.2
        r = 5 if i == 0 else 4
        x = 196 + base * 1.1 + math.sin(math.radians(angle)) * 26
        y = 60 - math.cos(math.radians(angle)) * 26 - (3 if i == 0 else 0)
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{ACCENT if spread else INK}"/>')
    return parts


def side_foot(arch_lift, curl=0):
    """Side view of a foot in the inset: the arch rises with arch_lift; curl bends the toes."""
    lift = 4 + arch_lift
    toe_end = (228, 70 - curl) if curl else (230, 72)
    colour = ACCENT if (arch_lift or curl) else INK
    return [polyline([(172, 30), (170, 66)], INK, 8),
            f'<path d="M164,72 Q186,{72 - lift * 2:.1f} 214,72" fill="none" stroke="{colour}" stroke-width="8" stroke-linecap="round"/>',
            polyline([(214, 72), toe_end], colour, 7),
            polyline([(160, 76), (232, 76)], PROP, 3)]


# ---- the exercises -----------------------------------------------------------------------------

STAND = dict(torso=180, arm=(10, 20), leg=(0, 0, 90))


def standing(**kw):
    p = dict(STAND)
    p.update(kw)
    return pose((100, 110), **p)


def seated(leg, fleg=None, arm=(15, 60), farm=None):
    j = pose((92, 132), torso=180, arm=arm, farm=farm, leg=leg, fleg=fleg or leg)
    return j


def calf_raise():
    a = settle(standing(farm=(40, 80), arm=(35, 80)))
    b = settle(standing(farm=(40, 80), arm=(35, 80), leg=(0, 0, 40)))
    props = wall(150)
    return props, a, props, b, ("foot", "ffoot"), ("nankle", (-14, 0)), 0.0, dict(fix_arrow=((86, 160), (86, 132)))


def banded_side_step():
    # front view: legs apart sideways. Draw as a frontal figure with both legs visible.
    a = pose((110, 112), torso=180, arm=(28, 12), farm=(-28, -12), leg=(10, 0, 90), fleg=(-10, 0, -90))
    b = pose((120, 112), torso=180, arm=(28, 12), farm=(-28, -12), leg=(28, 0, 90), fleg=(-12, 0, -90))
    a, b = settle(a), settle(b)
    pa = band(a["nankle"], a["fankle"])
    pb = band(b["nankle"], b["fankle"])
    return pa, a, pb, b, ("leg",), None, 0.0, dict(fix_arrow=((140, 150), (180, 150)), far_ink=True)


def single_leg_balance():
    a = settle(standing(arm=(40, 70), farm=(30, 60)))
    b = settle(standing(arm=(40, 70), farm=(30, 60), leg=(15, -60, 30), fleg=(0, 0, 90)))
    props = [polyline([(150, 100), (190, 100)], PROP, 6), polyline([(186, 100), (186, FLOOR)], PROP, 5)]
    return props, a, props, b, ("leg",), ("nankle", (-16, 0)), 0.0, dict(fix_arrow=((82, 176), (82, 150)))


def ankle_circles():
    a = seated(leg=(90, 40, 130), fleg=(90, 0, 90))
    b = seated(leg=(90, 40, 60), fleg=(90, 0, 90))
    props = chair(96, seat=136)
    return props, a, props, b, ("foot",), None, 0.0, dict(circle=True)


def towel_scrunch():
    a = seated(leg=(90, 0, 90))
    b = seated(leg=(90, 0, 65))
    pa = chair(96, seat=136) + [f'<rect x="124" y="{FLOOR - 4}" width="70" height="5" rx="2" fill="#5f9c8b"/>']
    pb = chair(96, seat=136) + [f'<path d="M132,{FLOOR - 2} q6,-9 12,0 q6,-9 12,0 l38,0" fill="none" stroke="#5f9c8b" stroke-width="5" stroke-linecap="round"/>']
    return pa, a, pb, b, ("foot",), None, 0.0, dict(fix_arrow=((190, 172), (158, 172)))


def toe_spread():
    a = seated(leg=(90, 0, 90))
    pa = chair(96, seat=136) + inset(footprint(0))
    pb = chair(96, seat=136) + inset(footprint(10))
    return pa, a, pb, a, ("foot",), None, 0.0, dict(fix_arrow=((170, 20), (160, 34)), arrow2=((222, 20), (232, 34)))


def short_foot():
    a = seated(leg=(90, 0, 90))
    pa = chair(96, seat=136) + inset(side_foot(0))
    pb = chair(96, seat=136) + inset(side_foot(9))
    return pa, a, pb, a, ("foot",), None, 0.0, dict(fix_arrow=((190, 98), (190, 86)))


def sole_stretch():
    a = seated(leg=(70, -30, 110), fleg=(90, 0, 90), arm=(40, 90))
    b = seated(leg=(70, -30, 160), fleg=(90, 0, 90), arm=(40, 140))
    props = chair(96, seat=136)
    return props, a, props, b, ("foot", "arm"), None, 0.0, dict(fix_arrow=((150, 84), (134, 70)))


def half_kneeling(lean):
    """Half-kneeling facing right: the back (near) knee rests on a cushion, the front (far) foot is
    flat with the knee bent. lean tips the back thigh forward, which carries the hips forward over
    the planted knee while the trunk stays upright."""
    ground = FLOOR - STROKE / 2
    knee = (108, ground - 2)
    hip = add(knee, 180 - lean, LEN["thigh"])
    # hands on the hips keep the trunk visibly upright
    j = pose(hip, torso=180, arm=(-25, 40), farm=(-15, 40))
    j["nknee"] = knee
    j["nankle"] = (knee[0] - LEN["shin"], ground)
    j["ntoe"] = (knee[0] - LEN["shin"] - LEN["foot"], ground)
    ankle = (knee[0] + 18 + LEN["thigh"], ground)
    j["fknee"] = ik(hip, ankle, LEN["thigh"], LEN["shin"], up=True)
    j["fankle"] = ankle
    j["ftoe"] = (ankle[0] + LEN["foot"], ground)
    return j


def hip_flexor_stretch():
    a = half_kneeling(26)
    b = half_kneeling(44)
    hx, hy = a["hip"]
    return (cushion(a["nknee"][0], FLOOR - 2), a, cushion(b["nknee"][0], FLOOR - 2), b, ("leg",), None, 0.0,
            dict(fix_arrow=((hx + 14, hy - 20), (hx + 44, hy - 20))))


def lying_back(lift=0.0, leg=None):
    # head to the left; torso points left (-90). Knees bent with feet flat.
    hip = (140, FLOOR - 9 - lift)
    torso = -90 - math.degrees(math.atan2(lift, LEN["torso"])) * -1
    return pose(hip, torso=torso, arm=(-5, -5), leg=leg or (148, 20, 90))


def glute_bridge():
    a = settle(lying_back(0))
    b = lying_back(30)
    b = {k: (p[0], p[1]) for k, p in b.items()}
    # keep the feet planted: rebuild the legs from the planted ankles
    b = bridge_pose(30)
    return mat(40, 220), a, mat(40, 220), b, ("torso",), ("hip", (0, 18)), 0.0, dict(fix_arrow=((140, 172), (140, 140)))


def bridge_pose(lift):
    ankle = (175, FLOOR - 6)
    shoulder_y = FLOOR - 10
    hip = (138, FLOOR - 9 - lift)
    torso = math.degrees(math.atan2(-(LEN["torso"]), (shoulder_y - hip[1]))) if lift else -90
    j = pose(hip, torso=torso, head=-90, arm=(-5, -5))
    # knee from two-link IK between hip and ankle
    for side in ("n", "f"):
        knee = ik(hip, ankle, LEN["thigh"], LEN["shin"], up=True)
        j[side + "knee"] = knee
        j[side + "ankle"] = ankle
        j[side + "toe"] = (ankle[0] + LEN["foot"], ankle[1])
    j["nelbow"] = add(j["shoulder"], 90 if lift else 88, LEN["upper"])
    j["nelbow"] = (j["shoulder"][0] + LEN["upper"], FLOOR - 6)
    j["nhand"] = (j["nelbow"][0] + LEN["fore"], FLOOR - 6)
    j["felbow"], j["fhand"] = j["nelbow"], j["nhand"]
    return j


def ik(a, c, l1, l2, up=True):
    dx, dy = c[0] - a[0], c[1] - a[1]
    d = min(math.hypot(dx, dy), l1 + l2 - 0.01)
    ang = math.atan2(dy, dx)
    off = math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d))
    t = ang - off if up else ang + off
    return (a[0] + math.cos(t) * l1, a[1] + math.sin(t) * l1)


def pelvic_tilt():
    a = bridge_pose(0)
    b = bridge_pose(0)
    b = dict(b)
    # the tilt: tailbone curls up, shown by a slightly lifted pelvis and a flatter curve
    b["hip"] = (b["hip"][0], b["hip"][1] - 5)
    for side in ("n", "f"):
        b[side + "knee"] = ik(b["hip"], b[side + "ankle"], LEN["thigh"], LEN["shin"])
    return mat(40, 220), a, mat(40, 220), b, ("torso",), None, 0.0, dict(curl=(b["hip"][0] + 2, b["hip"][1] + 4))


def side_lying(top_leg, top_knee=0, lower=(120, 50, 90), arm_top=(30, 40)):
    hip = (130, FLOOR - 14)
    j = pose(hip, torso=-90, head=-100, arm=arm_top, farm=(-150, -100), leg=top_leg, fleg=lower)
    return j


def propped_on_side(hip_x=128, tilt=20):
    """Lying on the side, head to the left and resting on the bottom hand with that elbow on the
    floor; the top hand rests on the top hip. Seen from the front, so a leg lifted sideways rises
    straight up. The legs are posed by the caller."""
    ground = FLOOR - STROKE / 2
    hip = (hip_x, ground - 10)
    j = pose(hip, torso=-90 - tilt, head=-150, arm=(0, 0))
    sh = j["shoulder"]
    j["felbow"] = (sh[0] - 8, ground)
    j["fhand"] = (j["head"][0] + 2, j["head"][1] + 12)
    j["nhand"] = (hip[0] - 4, hip[1] - 8)
    j["nelbow"] = ik(sh, j["nhand"], LEN["upper"], LEN["fore"], up=True)
    return j


def bent_leg(j, side, thigh, shin=45, length=LEN["thigh"]):
    """A side-lying leg with hip and knee bent and the foot on the floor."""
    ground = FLOOR - STROKE / 2
    j[side + "knee"] = add(j["hip"], thigh, length)
    j[side + "ankle"] = (add(j[side + "knee"], shin, LEN["shin"])[0], ground)
    j[side + "toe"] = (j[side + "ankle"][0] + LEN["foot"] - 2, ground)


def clamshell():
    a = propped_on_side()
    b = propped_on_side()
    for j in (a, b):
        bent_leg(j, "f", 105)
        bent_leg(j, "n", 113, length=LEN["thigh"] + 2)
    # the top knee opens like a shell; the feet stay together (the knee turns towards the viewer,
    # so the thigh and shin look a little longer)
    b["nknee"] = add(b["hip"], 140, LEN["thigh"] + 2)
    k = a["nknee"]
    return (mat(30, 220), a, mat(30, 220), b, ("leg",), None, 0.0,
            dict(fix_arrow=((k[0] + 24, k[1] - 2), (k[0] + 12, k[1] - 32)), bend_fixed=0.3))


def side_lying_leg_lift():
    a = propped_on_side()
    b = propped_on_side()
    for j, lift in ((a, 4), (b, 30)):
        bent_leg(j, "f", 110, shin=40)
        # the top leg straight in line with the body, toes turned slightly down
        j["nknee"] = add(j["hip"], 90 + lift, LEN["thigh"])
        j["nankle"] = add(j["nknee"], 90 + lift, LEN["shin"])
        j["ntoe"] = add(j["nankle"], 30 + lift, LEN["foot"] - 4)
    f = a["nankle"]
    return (mat(30, 220), a, mat(30, 220), b, ("leg",), None, 0.0,
            dict(fix_arrow=((f[0] + 16, f[1] - 4), (f[0] + 10, f[1] - 38)), bend_fixed=0.25))


def all_fours(back=0, head=None, arm=(0, 0), leg=(-90, 0, -90), reach=False):
    hip = (150, 128)
    torso = -90 + back
    j = pose(hip, torso=torso, head=head, arm=(0, 0), farm=(0, 0), leg=(0, -90, -90), fleg=(0, -90, -90))
    # hands under shoulders, knees under hips
    for side in ("n", "f"):
        j[side + "elbow"] = (j["shoulder"][0], (j["shoulder"][1] + FLOOR) / 2)
        j[side + "hand"] = (j["shoulder"][0] + 4, FLOOR - 5)
        j[side + "knee"] = (hip[0], FLOOR - 5)
        j[side + "ankle"] = (hip[0] + LEN["shin"], FLOOR - 5)
        j[side + "toe"] = (hip[0] + LEN["shin"] + 8, FLOOR - 8)
    return j


def cat_cow():
    a = all_fours(back=0, head=-130)
    b = all_fours(back=0, head=-70)
    # draw the spine as a curve: rounded (cat) vs sagging (cow)
    return mat(40, 220), a, mat(40, 220), b, ("torso",), None, 0.0, dict(spine=(-14, 12))


def bird_dog():
    a = all_fours(head=-95)
    b = all_fours(head=-95)
    b["nelbow"] = add(b["shoulder"], -90, LEN["upper"])
    b["nhand"] = add(b["nelbow"], -90, LEN["fore"])
    b["nknee"] = add(b["hip"], 90, LEN["thigh"])
    b["nankle"] = add(b["nknee"], 90, LEN["shin"])
    b["ntoe"] = add(b["nankle"], 80, LEN["foot"] - 4)
    return mat(40, 220), a, mat(40, 220), b, ("arm", "leg"), None, 0.0, dict(fix_arrow=((196, 162), (226, 124)), arrow2=((70, 150), (36, 110)))


def chin_tuck():
    j = settle(seated(leg=(90, 0, 90), arm=(15, 80)))
    a = dict(j)
    a["head"] = (j["neck"][0] + 6, j["head"][1] + 1)
    b = dict(j)
    b["head"] = (j["neck"][0] - 5, j["head"][1])
    props = chair(96, seat=140)
    return props, a, props, b, ("head",), None, 0.0, dict(fix_arrow=((116, 26), (96, 26)))


def open_book():
    a = side_lying((150, 60, 90), lower=(150, 60, 90), arm_top=(100, 90))
    a["felbow"], a["fhand"] = a["nelbow"], a["nhand"]
    b = dict(a)
    b["nelbow"] = add(a["shoulder"], -180, LEN["upper"])
    b["nhand"] = add(b["nelbow"], -150, LEN["fore"])
    b["head"] = (a["head"][0] - 1, a["head"][1] - 2)
    return mat(30, 220), a, mat(30, 220), b, ("arm",), None, 0.0, dict(fix_arrow=((128, 112), (76, 112)), bend_fixed=0.45)


EXERCISES = {
    "calf-raise": calf_raise, "banded-side-step": banded_side_step, "single-leg-balance": single_leg_balance,
    "ankle-circles": ankle_circles, "towel-scrunch": towel_scrunch, "toe-spread": toe_spread,
    "short-foot": short_foot, "sole-stretch": sole_stretch, "hip-flexor-stretch": hip_flexor_stretch,
    "glute-bridge": glute_bridge, "clamshell": clamshell, "side-lying-leg-lift": side_lying_leg_lift,
    "cat-cow": cat_cow, "pelvic-tilt": pelvic_tilt, "bird-dog": bird_dog, "chin-tuck": chin_tuck,
    "open-book": open_book,
}


def spine_curve(j, sag, accent):
    """Replaces the straight torso with a curve bowed by sag (negative: rounded up)."""
    (x1, y1), (x2, y2) = j["hip"], j["neck"]
    cx, cy = (x1 + x2) / 2, (y1 + y2) / 2 + sag * 2
    colour = ACCENT if accent else INK
    return (f'<path d="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}" fill="none" stroke="{colour}" '
            f'stroke-width="{STROKE}" stroke-linecap="round"/>')


def render(exercise_id, props, j, accent, arrow_svg, title, extra, which):
    body = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
            f'role="img" aria-labelledby="t">',
            f'<title id="t">{title}</title>',
            f'<rect width="{W}" height="{H}" rx="10" fill="{BG}"/>',
            polyline([(10, FLOOR + 4), (W - 10, FLOOR + 4)], PROP, 3)]
    body += props
    fig = figure(j, accent)
    if "spine" in extra:
        sag = extra["spine"][0 if which == "start" else 1]
        fig[2] = spine_curve(j, sag, True)
    if extra.get("far_ink"):
        fig = [f.replace(FAR, INK) for f in fig]
    body += fig
    body += arrow_svg
    body.append("</svg>")
    return "\n".join(body) + "\n"


def build(exercise_id):
    pa, a, pb, b, accent, track, bend, extra = EXERCISES[exercise_id]()
    arrows = []
    if "fix_arrow" in extra:
        arrows.append(arrow(*extra["fix_arrow"], bend=extra.get("bend_fixed", 0.0)))
    elif track:
        name, (dx, dy) = track
        s = (a[name][0] + dx, a[name][1] + dy)
        e = (b[name][0] + dx, b[name][1] + dy)
        arrows.append(arrow(s, e, bend))
    if "arrow2" in extra:
        arrows.append(arrow(*extra["arrow2"]))
    if extra.get("circle"):
        x, y = a["nankle"][0] + 22, a["nankle"][1] - 6
        arrows.append(f'<path d="M{x + 14:.1f},{y:.1f} A14,14 0 1,1 {x:.1f},{y - 14:.1f}" fill="none" '
                      f'stroke="{ACCENT}" stroke-width="3.5" stroke-linecap="round" stroke-dasharray="7 5"/>'
                      f'<polygon points="{x - 1:.1f},{y - 14:.1f} {x + 8:.1f},{y - 20:.1f} {x + 8:.1f},{y - 8:.1f}" fill="{ACCENT}"/>')
    if "curl" in extra:
        cx, cy = extra["curl"]
        arrows.append(arrow((cx + 22, cy + 4), (cx + 4, cy - 14), 0.3))
    return ({"start": render(exercise_id, pa, a, accent, arrows, exercise_id + " start", extra, "start"),
             "end": render(exercise_id, pb, b, accent, arrows, exercise_id + " end", extra, "end")})


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "exercises")
    out_dir = sys.argv[1] if len(sys.argv) > 1 else root
    for exercise_id in EXERCISES:
        for which, svg in build(exercise_id).items():
            with open(os.path.join(out_dir, f"{exercise_id}-{which}.svg"), "w", encoding="utf-8") as f:
                f.write(svg)
    print(f"wrote {2 * len(EXERCISES)} files to {os.path.normpath(out_dir)}")


if __name__ == "__main__":
    main()
