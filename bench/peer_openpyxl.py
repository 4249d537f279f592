#!/usr/bin/env python3
"""The batch peer: what an analyst would otherwise write to refresh a plan's summary sheets.

Reads an action-plan workbook with openpyxl, finds each table's header row, carries grouped
(merged or blank-below) Area and Objective cells down, splits stacked multi-line cells into
actions, reads RAG from the word or the cell's fill colour, reads the usual UK timescale
phrasings, lists overdue actions on the as-of date, counts RAG by lead and by area, totals
savings, and writes Summary, Overdue and Savings sheets into a copy of the workbook.

Usage: peer_openpyxl.py IN.xlsx OUT.xlsx [--as-of YYYY-MM-DD]
Prints one JSON line: actions read and overdue count (so the bench can check it did the job).
"""
import calendar
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict

from openpyxl import load_workbook
from openpyxl.styles import Font, PatternFill

HEADERS = {
    "area": ["area", "theme", "workstream"],
    "objective": ["objective", "transformation objective", "recommendation"],
    "action": ["action", "actions", "comment/action", "mitigations"],
    "lead": ["lead", "elt lead", "slt officer", "responsible officer", "owner"],
    "timescale": ["timescale", "deadline", "due date", "target date", "by when"],
    "rag": ["rag", "rag rating", "rag status", "status"],
    "savings": ["savings", "savings (£)", "saving"],
}
RAG_WORDS = {
    "r": "Red", "red": "Red", "a": "Amber", "amber": "Amber", "g": "Green", "green": "Green",
    "b": "Blue", "blue": "Blue", "complete": "Blue", "amber/green": "Amber/Green", "red/amber": "Red/Amber",
}
FILLS = {"FF0000": "Red", "FFC000": "Amber", "00B050": "Green", "0070C0": "Blue"}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
SEASON_END = {"spring": 5, "summer": 8, "autumn": 11}


def norm(text):
    return re.sub(r"[^a-z/()£ ]", "", str(text).lower()).strip()


def find_tables(ws):
    """Header rows: a row naming an action (or objective) column and a lead or timescale column."""
    tables = []
    for row in ws.iter_rows():
        cols = {}
        for cell in row:
            if isinstance(cell.value, str):
                label = norm(cell.value)
                for field, names in HEADERS.items():
                    if label in names and field not in cols:
                        cols[field] = cell.column
        if "action" in cols and ("lead" in cols or "timescale" in cols):
            tables.append((row[0].row, cols))
    return tables


def month_end(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def read_timescale(value):
    """(kind, due date or None)."""
    if isinstance(value, dt.datetime):
        return "date", value.date()
    if value is None or str(value).strip() == "":
        return "empty", None
    t = re.sub(r"\s+", " ", str(value)).strip().lower()
    if t in ("ongoing", "on-going", "bau"):
        return "ongoing", None
    if t in ("complete", "completed", "done"):
        return "complete", None
    if t in ("tbc", "tba"):
        return "tbc", None
    t = re.sub(r"^(end of|by|no later than) ", "", t)
    m = re.match(r"^(\d{1,2}) ?(st|nd|rd|th)? ([a-z]+) (\d{4})", t)
    if m and m.group(3) in MONTHS:
        return "date", dt.date(int(m.group(4)), MONTHS[m.group(3)], int(m.group(1)))
    m = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", t)
    if m:
        return "date", dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.match(r"^([a-z]+)[ -](\d{2}|\d{4})$", t)
    if m and m.group(1) in MONTHS:
        y = int(m.group(2))
        return "month", month_end(y + 2000 if y < 100 else y, MONTHS[m.group(1)])
    if m and m.group(1) in SEASON_END:
        return "season", month_end(int(m.group(2)), SEASON_END[m.group(1)])
    m = re.match(r"^q([1-4]) (\d{4})/\d{2}$", t)
    if m:
        q, y = int(m.group(1)), int(m.group(2))
        return "quarter", month_end(y + 1 if q == 4 else y, [6, 9, 12, 3][q - 1])
    m = re.match(r"^(\d{4})/\d{2}$", t)
    if m:
        return "financial-year", dt.date(int(m.group(1)) + 1, 3, 31)
    return "unreadable", None


def read_money(value):
    if isinstance(value, (int, float)):
        return float(value)
    m = re.search(r"£\s?([\d,]+(?:\.\d+)?)\s?(m|k|bn)?", str(value or ""), re.I)
    if not m:
        return None
    n = float(m.group(1).replace(",", ""))
    return n * {"m": 1e6, "k": 1e3, "bn": 1e9}.get((m.group(2) or "").lower(), 1)


def lines(value):
    if value is None:
        return []
    out = []
    for line in str(value).splitlines():
        line = re.sub(r"^\s*[•\-*]\s+", "", line).strip()
        if line:
            out.append(line)
    return out


def rag_of(cell):
    fill = cell.fill
    if fill is not None and fill.fill_type == "solid" and isinstance(fill.fgColor.rgb, str):
        return FILLS.get(fill.fgColor.rgb[-6:].upper())
    return None


def read_actions(ws):
    actions = []
    tables = find_tables(ws)
    for i, (header, cols) in enumerate(tables):
        last = tables[i + 1][0] - 1 if i + 1 < len(tables) else ws.max_row
        area = objective = None
        blanks = 0
        for r in range(header + 1, last + 1):
            get = lambda f: ws.cell(r, cols[f]).value if f in cols else None
            action_lines = lines(get("action"))
            if not action_lines:
                blanks += 1
                if blanks >= 2:
                    break
                continue
            blanks = 0
            area = get("area") or area
            objective = get("objective") or objective
            n = len(action_lines)
            per_line = {f: lines(get(f)) for f in ("lead", "timescale", "rag")}
            leads = [l for l in per_line["lead"] if not l.isupper() or len(l) < 4]
            fill_rag = rag_of(ws.cell(r, cols["rag"])) if "rag" in cols else None
            ts_raw = get("timescale")
            for k, text in enumerate(action_lines):
                pick = lambda xs: (xs[0] if len(xs) == 1 else xs[k] if k < len(xs) else None) if xs else None
                ts = ts_raw if n == 1 and isinstance(ts_raw, dt.datetime) else pick(per_line["timescale"])
                kind, due = read_timescale(ts)
                word = pick(per_line["rag"])
                rag = RAG_WORDS.get(word.strip().lower()) if word else fill_rag
                savings = read_money(get("savings")) if "savings" in cols and n == 1 else (
                    read_money(text) if "saving" in text.lower() else None)
                actions.append({
                    "row": r, "area": area or "(none)", "objective": objective, "action": text,
                    "lead": pick(leads) or "(none)", "kind": kind, "due": due, "rag": rag or "(none)",
                    "savings": savings,
                })
    return actions


def write_table(ws, top, headers, rows):
    for c, h in enumerate(headers, 1):
        ws.cell(top, c, h).font = Font(bold=True)
    for r, row in enumerate(rows, top + 1):
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, str) and v.startswith("="):
                cell.data_type = "s"  # text from the plan is never a formula
    return top + len(rows) + 2


def main(argv):
    src, out = argv[1], argv[2]
    as_of = dt.date.fromisoformat(argv[argv.index("--as-of") + 1]) if "--as-of" in argv else dt.date.today()
    wb = load_workbook(src)
    ws = wb[wb.sheetnames[0]]
    actions = read_actions(ws)

    rags = ["Red", "Red/Amber", "Amber", "Amber/Green", "Green", "Blue", "(none)"]
    by_lead, by_area = defaultdict(Counter), defaultdict(Counter)
    for a in actions:
        by_lead[a["lead"]][a["rag"]] += 1
        by_area[a["area"]][a["rag"]] += 1
    overdue = sorted(
        (a for a in actions if a["due"] and a["due"] < as_of and a["kind"] != "complete" and a["rag"] != "Blue"),
        key=lambda a: a["due"],
    )

    summary = wb.create_sheet("Summary")
    summary["A1"] = f"Action plan summary at {as_of:%d %b %Y}"
    summary["A1"].font = Font(bold=True, size=14)
    total = Counter(a["rag"] for a in actions)
    row = write_table(summary, 3, ["RAG", "Actions"], [[k, total[k]] for k in rags])
    row = write_table(summary, row, ["Area"] + rags, [[k] + [c[r] for r in rags] for k, c in sorted(by_area.items())])
    write_table(summary, row, ["Lead"] + rags, [[k] + [c[r] for r in rags] for k, c in sorted(by_lead.items())])
    fills = {r: PatternFill("solid", fgColor="FF" + h) for h, r in FILLS.items()}
    for cells in summary.iter_rows(min_row=4, max_row=10, max_col=1):
        if cells[0].value in fills:
            cells[0].fill = fills[cells[0].value]

    od = wb.create_sheet("Overdue")
    write_table(od, 1, ["Days overdue", "Due", "Area", "Action", "Lead", "RAG", "Cell"], [
        [(as_of - a["due"]).days, a["due"], a["area"], a["action"], a["lead"], a["rag"], f"D{a['row']}"]
        for a in overdue
    ])
    for cells in od.iter_rows(min_row=2, min_col=2, max_col=2):
        cells[0].number_format = "dd mmm yyyy"

    money = wb.create_sheet("Savings")
    at_risk = sum(a["savings"] or 0 for a in actions if a["rag"] in ("Red", "Red/Amber", "Amber"))
    write_table(money, 1, ["Measure", "£"], [
        ["Savings target", sum(a["savings"] or 0 for a in actions)],
        ["Savings at risk (red/amber)", at_risk],
    ])
    wb.save(out)
    print(json.dumps({"actions": len(actions), "overdue": len(overdue)}))


if __name__ == "__main__":
    main(sys.argv)
