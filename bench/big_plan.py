#!/usr/bin/env python3
"""
Writes an action-plan workbook of N rows (Area, Action, Lead, Timescale, RAG) for the bench's
big-file checks, streaming the sheet into the zip so any size can be made without a workbook
library. Usage: big_plan.py OUT.xlsx ROWS
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


def text(ref, value):
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def main():
    out, rows = sys.argv[1], int(sys.argv[2])
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/styles.xml", STYLES)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            head = "".join(text(f"{c}1", h) for c, h in zip("ABCDE", ["Area", "Action", "Lead", "Timescale", "RAG"]))
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
                )
                batch.append(f'<row r="{r}">{cells}</row>')
                if len(batch) == 5000:
                    f.write("".join(batch).encode())
                    batch = []
            f.write("".join(batch).encode())
            f.write(b"</sheetData></worksheet>")


if __name__ == "__main__":
    main()
