"""Sections -> a JSON-ready summary (medians, quantiles, ratios, verdicts) -> text and Markdown."""

from __future__ import annotations

import statistics
from typing import Any

from .harness import Section, Target, quantile

__all__ = ["render_markdown", "render_text", "summarise", "targets"]

_SCALE = {"ms": 1e3, "us": 1e6, "s": 1.0, "B": 1.0}
_SHOWN_UNIT = {"us": "µs"}


def _ratio(section: Section, target: Target) -> float | None:
    """`target.metric` of the case over that of `versus`; None when either was not measured."""
    assert target.versus is not None
    if target.metric == "median":
        if target.case not in section.samples or target.versus not in section.samples:
            return None
        return statistics.median(section.samples[target.case]) / statistics.median(
            section.samples[target.versus]
        )
    case, versus = section.extras.get(target.case, {}), section.extras.get(target.versus, {})
    if target.metric not in case or not versus.get(target.metric):
        return None
    return case[target.metric] / versus[target.metric]


def _verdict(section: Section, target: Target) -> dict[str, Any] | None:
    if target.versus is None:
        if target.case not in section.samples:
            return None
        median = statistics.median(section.samples[target.case])
        return {"target": target.describe(), "met": median <= target.limit}
    ratio = _ratio(section, target)
    if ratio is None:
        return None
    met = ratio >= target.limit if target.higher_is_better else ratio <= target.limit
    return {"target": target.describe(), "target_ratio": ratio, "met": met}


def summarise(sections: dict[str, Section]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, section in sections.items():
        scale = _SCALE[section.unit]
        floor_median = (
            statistics.median(section.samples[section.floor])
            if section.floor in section.samples
            else None
        )
        verdicts = {t.case: v for t in section.targets if (v := _verdict(section, t)) is not None}
        rows = []
        for name, values in section.samples.items():
            median = statistics.median(values)
            rows.append(
                {
                    "name": name,
                    "n": len(values),
                    "median": median * scale,
                    "tail": quantile(values, section.tail) * scale,
                    "ratio": median / floor_median if floor_median else None,
                    **({"extras": section.extras[name]} if name in section.extras else {}),
                    **verdicts.get(name, {}),
                }
            )
        out[key] = {
            "title": section.title,
            "unit": section.unit,
            "tail": f"p{round(section.tail * 100)}",
            "floor": section.floor,
            "method": section.method,
            "columns": list(dict.fromkeys(c for extra in section.extras.values() for c in extra)),
            "cases": rows,
            "notes": section.notes,
        }
    return out


def targets(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """Every verdict, met or not, in section order, named by section (`mock:<client class>`)."""
    out = []
    for key, section in summary.items():
        for row in section["cases"]:
            if "met" in row:
                value = (
                    f"{row['target_ratio']:.2f}x"
                    if "target_ratio" in row
                    else f"{row['median']:.2f} {section['unit']}"
                )
                out.append(
                    {
                        "what": f"{key}: {row['name']} {row['target']}",
                        "value": value,
                        "met": row["met"],
                        "verdict": "met" if row["met"] else "**missed**",
                    }
                )
    return out


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.3f}" if value < 10 else f"{value:,.1f}"


def _verdict_text(row: dict[str, Any]) -> str:
    if "met" not in row:
        return ""
    extra = f" ({row['target_ratio']:.2f}x)" if "target_ratio" in row else ""
    return f"{'met' if row['met'] else 'MISSED'}: {row['target']}{extra}"


def _cells(section: dict[str, Any], row: dict[str, Any]) -> list[str]:
    ratio = f"{row['ratio']:.2f}" if row["ratio"] is not None else "-"
    extras = row.get("extras", {})
    return [
        _fmt(row["median"]),
        _fmt(row["tail"]),
        ratio,
        *(_fmt(extras.get(column)) for column in section["columns"]),
        _verdict_text(row),
    ]


def _headers(section: dict[str, Any]) -> list[str]:
    unit = _SHOWN_UNIT.get(section["unit"], section["unit"])
    return [f"median ({unit})", f"{section['tail']} ({unit})", "x floor", *section["columns"]]


def render_text(summary: dict[str, Any]) -> str:
    lines = []
    for section in summary.values():
        lines.append(f"\n== {section['title']} ==")
        lines.append(f"   {section['method']}")
        width = max([len(r["name"]) for r in section["cases"]] + [20])
        headers = _headers(section)
        lines.append(
            f"   {'case':<{width}}  " + "  ".join(f"{h:>14}" for h in headers) + "  target"
        )
        for row in section["cases"]:
            cells = _cells(section, row)
            lines.append(
                f"   {row['name']:<{width}}  "
                + "  ".join(f"{c:>14}" for c in cells[:-1])
                + f"  {cells[-1]}"
            )
        lines.extend(f"   note: {note}" for note in section["notes"])
    return "\n".join(lines) + "\n"


def render_markdown(result: dict[str, Any]) -> str:
    meta = result["meta"]
    machine = meta["machine"]
    lines = [
        "# Benchmarks",
        "",
        f"Made by `{meta['command']}` on {meta['date']}"
        + (" (**smoke mode: tiny counts, numbers meaningless**)" if meta["smoke"] else "")
        + ".",
        "",
        f"- Python {meta['python']} ({meta['implementation']})",
        f"- Machine: {machine['cpu_model']}, {machine['cores']} cores "
        f"({machine['cores_usable']} usable), {machine['platform']}; load average at start "
        f"{machine['load_average_at_start']}, at the end {meta.get('load_average_at_end')}",
        "- Versions: " + ", ".join(f"{k} {v}" for k, v in meta["versions"].items() if v),
        "- References run interleaved with ours in rounds (order rotated every round); "
        "`x floor` is median / the section floor's median.",
        "",
    ]
    if meta.get("remarks"):
        lines += [f"> {remark}" for remark in meta["remarks"]] + [""]
    lines += ["## Targets", "", "| target | result | verdict |", "| --- | --- | --- |"]
    for target in result["targets"]:
        lines.append(f"| {target['what']} | {target['value']} | {target['verdict']} |")
    for section in result["sections"].values():
        headers = _headers(section)
        lines += [
            "",
            f"## {section['title']}",
            "",
            section["method"] + ".",
            "",
            "| case | " + " | ".join(headers) + " | target |",
            "| --- | " + " | ".join("---:" for _ in headers) + " | --- |",
        ]
        for row in section["cases"]:
            floor = " (floor)" if row["name"] == section["floor"] else ""
            lines.append(f"| `{row['name']}`{floor} | " + " | ".join(_cells(section, row)) + " |")
        if section["notes"]:
            lines.append("")
            lines += [f"- {note}" for note in section["notes"]]
    return "\n".join(lines) + "\n"
