"""Two adjustments that turn ForceAtlas2's equilibrium into a readable map (applied to what is shown).

* **Communities opened to their discs.** LinLog pulls a community so tight that on a big network
  it is a dot: the groups are apart, but no member can be seen or clicked. Each community is
  widened about its centre until its members fill a disc reaching towards its nearest
  neighbour community (Gephi users run an "expansion" after LinLog for the same reason). The
  widening is radial and saturating (``R · tanh(k·d / R)``), so the arrangement inside is kept
  and members pulled far out (bridges) stay at the disc's rim rather than being flung away.
* **Stray components brought in.** A small group tied only among itself feels the whole
  network's repulsion and hardly any gravity, so ForceAtlas2 parks it far out, and fitting the
  view shrinks the network to a blot. Components outside the main one's radius are moved
  in, keeping their direction and order, to a ring just outside it.

Neither changes the forces' state: the next iterations start from the equilibrium, not from this.
"""

from __future__ import annotations

import numpy as np

from matchmaker.graph.seeding import disc_radii

__all__ = ["bring_in_components", "open_communities"]

#: A component's distance beyond the main one's rim is kept at this share.
STRAY_SHRINK = 0.08
#: A community's narrow axis is widened at most this many times (a chain stays longish).
MAX_ROUNDING = 4.0


def open_communities(xy: np.ndarray, membership: np.ndarray) -> np.ndarray:
    """``xy`` with each community (``membership`` ids ``0 … C-1``) widened to fill its disc.

    Examples
    --------
    Two tight groups of three, far apart, come out wider and still apart:

    >>> xy = np.array([[0, 0], [0.01, 0], [0, 0.01], [10, 0], [10.01, 0], [10, 0.01]], dtype=float)
    >>> opened = open_communities(xy, np.array([0, 0, 0, 1, 1, 1]))
    >>> bool(np.linalg.norm(opened[1] - opened[0]) > 0.5), bool(opened[:3, 0].max() < opened[3:, 0].min())
    (True, True)
    """
    count = int(membership.max()) + 1 if len(membership) else 0
    if count < 2:
        return xy
    sizes = np.bincount(membership, minlength=count)
    centre = np.stack([np.bincount(membership, xy[:, a], count) for a in (0, 1)], axis=1) / sizes[:, None]
    offset = xy - centre[membership]
    radius = disc_radii(centre, sizes)
    typical = np.bincount(membership, np.hypot(offset[:, 0], offset[:, 1]), count) / sizes
    grow = (radius > typical)[membership]  # only collapsed communities are rounded and widened
    offset = np.where(grow[:, None], _rounded(offset, membership, count, sizes), offset)
    distance = np.hypot(offset[:, 0], offset[:, 1])
    typical = np.bincount(membership, distance, count) / sizes
    stretch = np.maximum(radius / np.maximum(typical, 1e-12), 1.0)
    r = radius[membership]
    widened = r * np.tanh(stretch[membership] * distance / np.maximum(r, 1e-12))
    scale = np.where(grow, widened / np.maximum(distance, 1e-12), 1.0)
    return centre[membership] + offset * scale[:, None]


def _rounded(offset: np.ndarray, membership: np.ndarray, count: int, sizes: np.ndarray) -> np.ndarray:
    """Offsets from each community's centre stretched along their narrow axis to as wide as the long one.

    Below the repulsion grid's resolution a collapsed community often ends up as a streak; widened
    as it is, it would read as a line, not a group. Each community's offsets are scaled along the
    principal axes of their spread so that both axes spread alike (at most ``MAX_ROUNDING`` times).
    """
    x, y = offset[:, 0], offset[:, 1]
    n = np.maximum(sizes, 1)
    sxx = np.bincount(membership, x * x, count) / n
    syy = np.bincount(membership, y * y, count) / n
    sxy = np.bincount(membership, x * y, count) / n
    covariance = np.stack([np.stack([sxx, sxy], -1), np.stack([sxy, syy], -1)], -2)  # (count, 2, 2)
    values, vectors = np.linalg.eigh(covariance)  # ascending: values[:, 1] is the long axis
    longest = np.maximum(values[:, 1], 1e-24)
    stretch = np.sqrt(longest[:, None] / np.maximum(values, longest[:, None] / MAX_ROUNDING**2))  # (count, 2)
    transform = np.einsum("cij,cj,ckj->cik", vectors, stretch, vectors)  # V diag(stretch) Vᵀ
    return np.einsum("nij,nj->ni", transform[membership], offset)


def bring_in_components(xy: np.ndarray, component: np.ndarray) -> np.ndarray:
    """``xy`` with every component (``component`` ids) but the largest moved in towards it.

    Examples
    --------
    >>> xy = np.array([[0, 0], [1, 0], [0, 1], [100, 0], [101, 0]], dtype=float)
    >>> moved = bring_in_components(xy, np.array([0, 0, 0, 1, 1]))
    >>> moved[:3].tolist() == xy[:3].tolist(), bool(2 < moved[3, 0] < 12), float(moved[4, 0] - moved[3, 0])
    (True, True, 1.0)
    """
    count = int(component.max()) + 1 if len(component) else 0
    if count < 2:
        return xy
    sizes = np.bincount(component, minlength=count)
    main = int(np.argmax(sizes))
    members = component == main
    centre = xy[members].mean(axis=0)
    rim = float(np.percentile(np.hypot(*(xy[members] - centre).T), 98)) * 1.1 + 1e-9
    own = np.stack([np.bincount(component, xy[:, a], count) for a in (0, 1)], axis=1) / sizes[:, None]
    away = own - centre
    distance = np.hypot(away[:, 0], away[:, 1])
    target = np.where(distance > rim, rim + (distance - rim) * STRAY_SHRINK, distance)
    move = away * (target / np.maximum(distance, 1e-12) - 1.0)[:, None]
    move[main] = 0.0
    return xy + move[component]
