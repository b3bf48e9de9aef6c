"""The Albers USA projection of d3-geo (`d3.geoAlbersUsa().scale(1300).translate([487.5, 305])`).

The US outline in `static/us-states.json` comes from us-atlas's `states-albers-10m.json`,
which was drawn with exactly that projection, so points projected here land on it.
Alaska and Hawaii go to their insets as d3 puts them.
"""
from __future__ import annotations

import math

SCALE = 1300.0
TRANSLATE = (487.5, 305.0)
WIDTH, HEIGHT = 975, 610


class _ConicEqualArea:
    """d3.geoConicEqualArea with a rotation, a centre, parallels, a scale and a translation."""

    def __init__(self, rotate: float, center: tuple[float, float], parallels: tuple[float, float],
                 scale: float, translate: tuple[float, float]):
        sy0 = math.sin(math.radians(parallels[0]))
        self.n = (sy0 + math.sin(math.radians(parallels[1]))) / 2
        self.c = 1 + sy0 * (2 * self.n - sy0)
        self.r0 = math.sqrt(self.c) / self.n
        self.rotate = rotate
        self.k = scale
        cx, cy = self._raw(math.radians(center[0]), math.radians(center[1]))
        self.dx = translate[0] - self.k * cx
        self.dy = translate[1] + self.k * cy

    def _raw(self, lam: float, phi: float) -> tuple[float, float]:
        r = math.sqrt(max(self.c - 2 * self.n * math.sin(phi), 0.0)) / self.n
        return r * math.sin(lam * self.n), self.r0 - r * math.cos(lam * self.n)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        lam = math.radians(lon + self.rotate)
        lam = (lam + math.pi) % (2 * math.pi) - math.pi
        x, y = self._raw(lam, math.radians(lat))
        return self.dx + self.k * x, self.dy - self.k * y


_X, _Y = TRANSLATE
_LOWER48 = _ConicEqualArea(96, (-0.6, 38.7), (29.5, 45.5), SCALE, TRANSLATE)
_ALASKA = _ConicEqualArea(154, (-2, 58.5), (55, 65), SCALE * 0.35, (_X - 0.307 * SCALE, _Y + 0.201 * SCALE))
_HAWAII = _ConicEqualArea(157, (-3, 19.9), (8, 18), SCALE, (_X - 0.205 * SCALE, _Y + 0.212 * SCALE))


def project(lat: float, lon: float) -> tuple[float, float] | None:
    """SVG coordinates (975 x 610 viewBox) of a point, or None outside the US and its insets."""
    if lat > 50 and lon < -129:
        return _ALASKA(lon, lat)
    if 18 < lat < 23 and -161 < lon < -154:
        return _HAWAII(lon, lat)
    if 24 <= lat <= 50 and -125 <= lon <= -66:
        return _LOWER48(lon, lat)
    return None
