#!/usr/bin/env python3
"""
Writes an action-plan workbook of N rows (Area, Action, Lead, Timescale, RAG) for the bench's
big-file checks, streaming the sheet into the zip so any size can be made without a workbook
library. With COLS past 5, the extra columns are what wide trackers carry: notes (text a row),
sums of money and update dates, in turn. Text cells are inline strings, or with --shared in a
shared strings part as Excel writes them. Usage: big_plan.py OUT.xlsx ROWS [COLS] [--shared]
"""
import sys
import zipfile

AREAS = ["Housing", "Adults", "Children", "Environment", "Resources", "Regeneration"]
LEADS = ["Director of Housing", "Head of Adult Care", "AD Children", "Head of Waste", "Chief Finance Officer"]
RAGS = ["Red", "Amber", "Green", "Blue"]

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Action plan" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"""
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"""


SST_TYPE = '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
SST_REL = '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
SHARED = {}


def text(ref, value):
    if "--shared" in sys.argv:
        index = SHARED.setdefault(value, len(SHARED))
        return f'<c r="{ref}" t="s"><v>{index}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def letters(col):
    out = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def extra_cells(r, i, cols):
    """Columns 6 to COLS: a note, a sum of money, an update date, in turn."""
    cells = []
    for col in range(6, cols + 1):
        ref = f"{letters(col)}{r}"
        kind = col % 3
        if kind == 0:
            cells.append(text(ref, f"Note {col} on action {i + 1}: progress reported to the board"))
        elif kind == 1:
            cells.append(f'<c r="{ref}"><v>{(i * 37 + col * 1000) % 250000}</v></c>')
        else:
            cells.append(f'<c r="{ref}" s="1"><v>{45000 + (i + col) % 700}</v></c>')
    return "".join(cells)


def write_shared_strings(z):
    with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
        f.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="{len(SHARED)}">'.encode())
        batch = []
        for value in SHARED:
            batch.append(f"<si><t>{value}</t></si>")
            if len(batch) == 5000:
                f.write("".join(batch).encode())
                batch = []
        f.write("".join(batch).encode())
        f.write(b"</sst>")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out, rows = args[0], int(args[1])
    cols = int(args[2]) if len(args) > 2 else 5
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/styles.xml", STYLES)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            heads = ["Area", "Action", "Lead", "Timescale", "RAG"]
            heads += [["Notes", "Savings", "Updated"][col % 3] + f" {col}" for col in range(6, cols + 1)]
            head = "".join(text(f"{letters(c + 1)}1", h) for c, h in enumerate(heads))
            f.write(f'<row r="1">{head}</row>'.encode())
            batch = []
            for i in range(rows):
                r = i + 2
                cells = (
                    text(f"A{r}", AREAS[i % len(AREAS)])
                    + text(f"B{r}", f"Deliver improvement {i + 1} of the plan")
                    + text(f"C{r}", LEADS[i % len(LEADS)])
                    + f'<c r="D{r}" s="1"><v>{45000 + (i * 7) % 900}</v></c>'
                    + text(f"E{r}", RAGS[i % len(RAGS)])
                    + extra_cells(r, i, cols)
                )
                batch.append(f'<row r="{r}">{cells}</row>')
                if len(batch) == 5000:
                    f.write("".join(batch).encode())
                    batch = []
            f.write("".join(batch).encode())
            f.write(b"</sheetData></worksheet>")
        types, rels = CONTENT_TYPES, WORKBOOK_RELS
        if SHARED:
            write_shared_strings(z)
            types = types.replace("</Types>", SST_TYPE + "</Types>")
            rels = rels.replace("</Relationships>", SST_REL + "</Relationships>")
        z.writestr("[Content_Types].xml", types)
        z.writestr("xl/_rels/workbook.xml.rels", rels)


if __name__ == "__main__":
    main()
