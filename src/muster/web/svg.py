"""Charts and maps drawn on the server as SVG: readable without JavaScript, a link on every mark.

`timeline_chart` draws troops present and the authorized ceiling as interval
bands over time, and every figure as a mark at its stated number (with a
whisker over its interval) linking to the sentence it was read from.
`us_map` draws places on the US outline of us-atlas (static/us-states.svg) in
the same Albers USA projection (`albers.project`).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from markupsafe import Markup, escape

from muster.web.albers import HEIGHT, WIDTH, project

KIND_STYLE = {  # colour and shape per figure kind: shapes differ too, so colour is not the only cue
    "present": ("#1d4ed8", "circle"),
    "sent": ("#047857", "up"),
    "withdrawn": ("#b91c1c", "down"),
    "authorized": ("#92400e", "square"),
}
PRESENT_FILL, CEILING_STROKE = "#2563eb", "#b45309"


def _e(value: Any) -> str:
    return str(escape(value))


def number(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def interval_text(value: dict | None) -> str:
    """1,500; 2,250–2,750; 4,001 or more."""
    if not value or value.get("low") is None:
        return "unknown"
    low, high = value["low"], value.get("high")
    if high is None:
        return f"{low:,} or more"
    if low == high:
        return f"{low:,}"
    return f"{low:,}–{high:,}"


def nice_max(value: float) -> float:
    if value <= 0:
        return 10
    exponent = 10 ** math.floor(math.log10(value))
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * exponent >= value:
            return step * exponent
    return 10 * exponent


def _ticks(top: float, count: int = 5) -> list[float]:
    step = top / count
    return [step * i for i in range(count + 1)]


def _date_ticks(first: date, last: date, most: int = 8) -> list[date]:
    span = (last - first).days
    if span <= most:
        return [first + timedelta(days=i) for i in range(span + 1)]
    if span <= 7 * most:
        step = 7
        start = first + timedelta(days=(7 - first.weekday()) % 7)
        return [start + timedelta(days=i) for i in range(0, span + 1, step) if start + timedelta(days=i) <= last]
    months = []
    year, month = first.year, first.month
    while date(year, month, 1) <= last:
        if date(year, month, 1) >= first:
            months.append(date(year, month, 1))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    stride = max(1, math.ceil(len(months) / most))
    return months[::stride]


def _date_label(day: date, first: date, last: date) -> str:
    if (last - first).days > 7 * 8:
        return day.strftime("%b %Y")
    return day.strftime("%b %-d")


def _shape(shape: str, x: float, y: float, size: float = 5.5) -> str:
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{size - 1:.1f}"/>'
    if shape == "square":
        s = size - 1
        return f'<rect x="{x - s:.1f}" y="{y - s:.1f}" width="{2 * s:.1f}" height="{2 * s:.1f}"/>'
    if shape == "up":
        return f'<path d="M{x:.1f} {y - size:.1f}L{x + size:.1f} {y + size * 0.8:.1f}L{x - size:.1f} {y + size * 0.8:.1f}Z"/>'
    return f'<path d="M{x:.1f} {y + size:.1f}L{x + size:.1f} {y - size * 0.8:.1f}L{x - size:.1f} {y - size * 0.8:.1f}Z"/>'


def figure_label(figure: dict[str, Any]) -> str:
    parts = [figure.get("date") or "", f"{number(figure.get('count'))} {figure.get('kind') or ''}".strip()]
    if figure.get("component") and figure["component"] != "unspecified":
        parts.append(figure["component"].replace("_", " "))
    parts.append(f"interval {interval_text(figure)}")
    sentence = " ".join((figure.get("evidence") or {}).get("sentence", "").split()) if figure.get("evidence") else ""
    text = ", ".join(p for p in parts if p)
    source = figure.get("publisher") or figure.get("article_id")
    return f"{text}. {source}: “{sentence}”" if sentence else f"{text}. {source}"


def timeline_chart(points: list[dict[str, Any]], *, width: int = 960, height: int = 360,
                   title: str = "Troops over time") -> Markup:
    """Present (filled band) and ceiling (hatched band) over the points' dates; a linked mark per figure."""
    dated = [p for p in points if p.get("date")]
    if not dated:
        return Markup('<p class="empty">No dated figures to chart.</p>')
    left, right, top, bottom = 70, 20, 18, 42
    plot_w, plot_h = width - left - right, height - top - bottom
    days = [date.fromisoformat(p["date"]) for p in dated]
    first, last = min(days), max(days)
    pad = max(1, round((last - first).days * 0.04))
    lo_day, hi_day = first - timedelta(days=pad), last + timedelta(days=pad)
    span = max((hi_day - lo_day).days, 1)

    def x_of(day: date) -> float:
        return left + plot_w * (day - lo_day).days / span

    values = []
    for p in dated:
        for name in ("present", "ceiling"):
            if p.get(name):
                values += [v for v in (p[name].get("low"), p[name].get("high")) if v is not None]
        for f in p.get("figures") or []:
            values += [v for v in (f.get("count"), f.get("low"), f.get("high")) if v is not None]
    y_top = nice_max(max(values, default=10) * 1.08)

    def y_of(value: float | None) -> float:
        if value is None:
            return top
        return top + plot_h * (1 - min(value, y_top) / y_top)

    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="group" aria-labelledby="chart-title chart-desc" '
           f'xmlns="http://www.w3.org/2000/svg">',
           f'<title id="chart-title">{_e(title)}</title>',
           f'<desc id="chart-desc">Troops present (blue band) and authorized ceiling (hatched orange band) from '
           f'{first.isoformat()} to {last.isoformat()}; each mark is one reported figure and links to its sentence.</desc>',
           '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
           f'<line x1="0" y1="0" x2="0" y2="6" stroke="{CEILING_STROKE}" stroke-width="1.5" stroke-opacity="0.45"/></pattern>'
           '<linearGradient id="open" x1="0" y1="1" x2="0" y2="0"><stop offset="0" stop-color="#2563eb" stop-opacity="0.28"/>'
           '<stop offset="1" stop-color="#2563eb" stop-opacity="0"/></linearGradient></defs>']
    # grid and axes
    out.append('<g class="axis" font-size="12" fill="#374151">')
    for value in _ticks(y_top):
        y = y_of(value)
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e7eb"/>')
        out.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{number(int(value))}</text>')
    for day in _date_ticks(first, last):
        x = x_of(day)
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top + plot_h}" y2="{top + plot_h + 5}" stroke="#6b7280"/>')
        out.append(f'<text x="{x:.1f}" y="{top + plot_h + 20}" text-anchor="middle">{_e(_date_label(day, first, last))}</text>')
    out.append(f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#6b7280"/>')
    out.append(f'<text x="14" y="{top + plot_h / 2:.1f}" transform="rotate(-90 14 {top + plot_h / 2:.1f})" '
               'text-anchor="middle">troops</text></g>')
    # bands: each point's interval holds until the next point
    ended = (dated[-1].get("status") == "ended")
    for name, css in (("ceiling", "band-ceiling"), ("present", "band-present")):
        out.append(f'<g class="{css}">')
        for i, point in enumerate(dated):
            value = point.get(name)
            if not value or value.get("low") is None:
                continue
            x0 = x_of(days[i])
            x1 = x_of(days[i + 1]) if i + 1 < len(dated) else (x0 + 4 if ended else x_of(hi_day))
            y_hi, y_lo = y_of(value.get("high")), y_of(value["low"])
            if y_lo - y_hi < 2:
                y_hi, y_lo = y_hi - 1.5, y_lo + 1.5
            label = f"{point['date']}: {name} {interval_text(value)} troops ({point.get('status') or 'no status'})"
            if name == "present":
                fill = "url(#open)" if value.get("high") is None else PRESENT_FILL
                opacity = "1" if value.get("high") is None else "0.22"
                shape = (f'<rect x="{x0:.1f}" y="{y_hi:.1f}" width="{max(x1 - x0, 2):.1f}" height="{y_lo - y_hi:.1f}" '
                         f'fill="{fill}" fill-opacity="{opacity}"/>'
                         f'<line x1="{x0:.1f}" x2="{x1:.1f}" y1="{y_lo:.1f}" y2="{y_lo:.1f}" stroke="{PRESENT_FILL}" stroke-width="2"/>')
                if value.get("high") is not None:
                    shape += (f'<line x1="{x0:.1f}" x2="{x1:.1f}" y1="{y_hi:.1f}" y2="{y_hi:.1f}" '
                              f'stroke="{PRESENT_FILL}" stroke-width="2"/>')
            else:
                shape = (f'<rect x="{x0:.1f}" y="{y_hi:.1f}" width="{max(x1 - x0, 2):.1f}" height="{y_lo - y_hi:.1f}" '
                         f'fill="url(#hatch)" stroke="{CEILING_STROKE}" stroke-dasharray="5 3" stroke-width="1.5"/>')
            out.append(f'<a href="#point-{_e(point["date"])}" aria-label="{_e(label)}"><title>{_e(label)}</title>{shape}</a>')
        out.append('</g>')
    # figures: a whisker over the interval, a mark at the number stated
    out.append('<g class="figures" stroke="#ffffff" stroke-width="1">')
    day_px = plot_w / span
    for i, point in enumerate(dated):
        figures = point.get("figures") or []
        spread = min(9.0, max(1.0, day_px * 0.8 / max(len(figures), 1)))
        for j, figure in enumerate(figures):
            colour, shape = KIND_STYLE.get(figure.get("kind") or "", ("#4b5563", "circle"))
            x = x_of(days[i]) + (j - (len(figures) - 1) / 2) * spread
            count = figure.get("count")
            y = y_of(count)
            low, high = figure.get("low"), figure.get("high")
            whisker = ""
            if low is not None and high is None:  # no upper bound: a short arrow up from the low end
                y_low = y_of(low)
                whisker = (f'<path d="M{x:.1f} {y_low:.1f}V{y_low - 16:.1f}M{x - 3:.1f} {y_low - 12:.1f}'
                           f'L{x:.1f} {y_low - 16:.1f}L{x + 3:.1f} {y_low - 12:.1f}" fill="none" '
                           f'stroke="{colour}" stroke-width="1.5" stroke-opacity="0.8"/>')
            elif low is not None and high != low:
                whisker = (f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y_of(high):.1f}" y2="{y_of(low):.1f}" '
                           f'stroke="{colour}" stroke-width="1.5" stroke-opacity="0.8"/>')
            href = (figure.get("evidence") or {}).get("url") or "#"
            label = figure_label(figure)
            out.append(f'<a href="{_e(href)}" class="figure" aria-label="{_e(label)}"><title>{_e(label)}</title>'
                       f'{whisker}<g fill="{colour}">{_shape(shape, x, y)}</g></a>')
    out.append('</g></svg>')
    return Markup("".join(out))


@dataclass
class Marker:
    lat: float
    lon: float
    label: str
    href: str
    size: float = 6.0
    kind: str = "place"  # place, state
    text: str | None = None  # a label drawn beside the mark


def marker_size(troops: int | None, largest: int | None = None) -> float:
    """A mark's radius: its area grows with the troops, the largest of the map's marks 24 px across."""
    if not troops:
        return 5.0
    largest = max(largest or 0, troops, 1)
    return 5.0 + 19.0 * math.sqrt(troops / largest)


def us_map(markers: list[Marker], borders: list[tuple[str, str, str]] | None = None, *,
           title: str = "Map of places", width: int | None = None) -> Markup:
    """The US with a linked mark per place; `borders` are (name, label, href) drawn as lines."""
    from muster.extract.gazetteer import BORDER_LINES

    out = [f'<svg class="map" viewBox="0 0 {WIDTH} {HEIGHT}" role="group" aria-label="{_e(title)}" '
           f'xmlns="http://www.w3.org/2000/svg"' + (f' width="{width}"' if width else "") + '>',
           f'<title>{_e(title)}</title>',
           f'<image href="/static/us-states.svg" x="0" y="0" width="{WIDTH}" height="{HEIGHT}"/>']
    for name, label, href in borders or []:
        line = BORDER_LINES.get(name)
        if not line:
            continue
        projected = [project(lat, lon) for lat, lon in line]
        path = "M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in filter(None, projected))
        out.append(f'<a href="{_e(href)}" class="border" aria-label="{_e(label)}"><title>{_e(label)}</title>'
                   f'<path d="{path}" fill="none" stroke="#c2410c" stroke-width="7" stroke-opacity="0.3" stroke-linecap="round"/>'
                   f'<path d="{path}" fill="none" stroke="#c2410c" stroke-width="2.5" stroke-dasharray="7 4"/></a>')
    placed = []
    for marker in sorted(markers, key=lambda m: -m.size):
        point = project(marker.lat, marker.lon)
        if point is None:
            continue
        x, y = point
        dash = ' stroke-dasharray="3 2"' if marker.kind == "state" else ""
        fill = "#1d4ed8" if marker.kind != "state" else "#93c5fd"
        out.append(f'<a href="{_e(marker.href)}" class="place" aria-label="{_e(marker.label)}"><title>{_e(marker.label)}</title>'
                   f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{marker.size:.1f}" fill="{fill}" fill-opacity="0.55" '
                   f'stroke="#1e3a8a" stroke-width="1.5"{dash}/></a>')
        if marker.text:
            placed.append((x, y, marker))
    for x, y, marker in placed:
        out.append(f'<text x="{x + marker.size + 4:.1f}" y="{y + 4:.1f}" class="map-label" font-size="14" '
                   f'fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">{_e(marker.text)}</text>')
    out.append("</svg>")
    return Markup("".join(out))
