#!/usr/bin/env python3
"""Reads an exported workbook back with openpyxl and checks that every table sheet
prints as a report: A4 landscape fitted to one page wide, the title and header rows
repeated, page numbers in the footer, a merged title row, and the money totals of
programs, kegiatan and the OPD as SUMIFS formulas over their sub kegiatan.
Usage: tools/check_print.py WORKBOOK.xlsx
Prints one line per problem and 'N sheets ok'; exits 1 on any problem."""
import sys
import openpyxl

book = sys.argv[1]
wb = openpyxl.load_workbook(book)
problems = []
sheets = wb.worksheets[1:]
for ws in sheets:
    p = ws.page_setup
    def need(ok, what):
        if not ok:
            problems.append(f"{ws.title}: {what}")
    need(p.orientation == "landscape", f"orientation {p.orientation}")
    need(str(p.paperSize) == "9", f"paper {p.paperSize} (A4 is 9)")
    need(ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage, "not fitted to page")
    need(p.fitToWidth == 1 and p.fitToHeight == 0, f"fit {p.fitToWidth} wide x {p.fitToHeight} tall")
    need(ws.print_title_rows == "$1:$2", f"print titles {ws.print_title_rows}")
    footer = (ws.oddFooter.right.text or "") + (ws.oddFooter.center.text or "")
    need("&P" in footer and "&N" in footer, f"footer {footer!r}")
    need(any(str(r).startswith("A1:") for r in ws.merged_cells.ranges), "title row not merged")
    header = [c.value for c in ws[2]]
    if "Tingkat" in header and any("Rp" in str(h) or "Anggaran" in str(h) for h in header):
        level = header.index("Tingkat")
        formulas = [row for row in ws.iter_rows(min_row=3, values_only=True)
                    if row[level] in ("Program", "Kegiatan", "OPD")]
        need(formulas and all(any(isinstance(v, str) and v.startswith("=SUMIFS(") for v in row) for row in formulas),
             "totals are not SUMIFS formulas")
        need(all(v is None or isinstance(v, (int, float)) for row in ws.iter_rows(min_row=3, values_only=True)
                 if row[level] == "Sub Kegiatan" for v in row[3:4]), "sub kegiatan amounts are not numbers")
for line in problems:
    print(line)
print(f"{len(sheets) - len({p.split(':')[0] for p in problems})} sheets ok")
sys.exit(1 if problems else 0)
