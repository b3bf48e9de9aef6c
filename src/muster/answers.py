"""An as-of answer in words a reporter can print, shared by the CLI, the pages and the API.

    worded(view)        # the view with both added, as the CLI, the API and the pages show it
    answer_line(view)   # "About 2,000 troops (National Guard 2,000) as of 21 July 2025,
                        #  from Example News, "Marines ordered out ..." (21 July 2025)"
    staleness(view)     # "no report since 2 September 2025 (98 days before 9 December 2025)" or None

`view` is one entry of `muster.reconcile.status`: its estimate and by_component
intervals, the date its number is from, and its newest sources.
"""
from __future__ import annotations

from datetime import date
from typing import Any

STALE_DAYS = 30  # a deployment this long without a report is said to be so, not shown as plainly under way
COMPONENT_WORDS = {"national_guard": "National Guard", "active_duty": "active duty", "reserve": "reserve",
                   "unspecified": "component not stated"}


def long_date(value: str | None) -> str:
    """'2025-07-21' as '21 July 2025'."""
    if not value:
        return ""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{day.day} {day.strftime('%B')} {day.year}"


def troops(value: dict[str, Any] | None) -> str:
    """An interval as words: 'about 2,000', '1,800-2,200', 'more than 6,000', 'none', 'unknown'."""
    if not value or value.get("low") is None:
        return "unknown"
    low, high = value["low"], value.get("high")
    if high is None:
        return f"at least {low:,}"
    if low == high:
        return "none" if low == 0 else f"{low:,}"
    middle = (low + high) / 2
    if high - low <= 0.25 * middle and low > 0:
        return f"about {round(middle):,}"
    return f"{low:,} to {high:,}"


def answer_line(view: dict[str, Any]) -> str:
    """The deployment's troops as of the view's date, with the date the number is from and its source."""
    parts = [f"{COMPONENT_WORDS.get(c, c)}: {troops(share)}" for c, share in sorted((view.get("by_component") or {}).items())
             if c != "unspecified" and share.get("low") is not None]
    line = f"{troops(view.get('estimate')).capitalize()} troops"
    if len(parts) > 1 or (parts and view.get("estimate") is None):
        line += f" ({'; '.join(parts)})"
    if view.get("estimate_date"):
        line += f" as of {long_date(view['estimate_date'])}"
    source = (view.get("sources") or [None])[0]
    if source:
        who = source.get("publisher") or source.get("article_id")
        line += f", from {who}, \u201c{source.get('title') or source.get('article_id')}\u201d ({long_date(source.get('published'))})"
    return line


def worded(view: dict[str, Any]) -> dict[str, Any]:
    """The view with its `answer` line and `staleness` note added, as the CLI, API and pages show it."""
    view["answer"], view["staleness"] = answer_line(view), staleness(view)
    return view


def staleness(view: dict[str, Any], stale_days: int = STALE_DAYS) -> str | None:
    """'no report since ...' where the newest report is well before the date asked, else None."""
    age = view.get("days_since_report")
    source = (view.get("sources") or [None])[0]
    if age is None or age <= stale_days or not source:
        return None
    return f"no report since {long_date(source.get('published'))} ({age} days before {long_date(view.get('as_of'))})"
