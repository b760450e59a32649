#!/usr/bin/env python3
"""Reads an exported workbook with openpyxl and checks that every table sheet
holds the same values as `kinerja report FILE TABLE --format json`.
Usage: tools/check_xlsx.py KINERJA DATAFILE WORKBOOK.xlsx TW
Prints 'N passed, N failed' (one per table) and exits 1 on any difference."""
import json, subprocess, sys
import openpyxl

TABLES = ["capaian", "tren", "rpjmd", "efisiensi", "program", "output", "anggaran", "pengukuran", "triwulan"]

LEVELS = {"opd": "OPD", "program": "Program", "kegiatan": "Kegiatan", "sub_kegiatan": "Sub Kegiatan"}

def same(a, b):
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, str) and a in LEVELS and b == LEVELS[a]:
        return True  # the level in words, as printed
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) <= 1e-9 * max(1, abs(a))
    return a == b

binary, data, book, tw = sys.argv[1:5]
# data_only: the cached values of the totals' SUMIFS formulas, which must be kinerja's figures.
wb = openpyxl.load_workbook(book, read_only=True, data_only=True)
sheets = wb.sheetnames[1:]
passed = failed = 0
for name, sheet in zip(TABLES, sheets):
    rows = json.loads(subprocess.run([binary, "report", data, name, "--format", "json", "--tw", tw],
                                     check=True, capture_output=True, text=True).stdout)
    cells = [list(r) for r in wb[sheet].iter_rows(min_row=3, values_only=True)]
    problems = []
    if len(cells) != len(rows):
        problems.append(f"{len(cells)} rows in the sheet, {len(rows)} in json")
    for i, (row, cellrow) in enumerate(zip(rows, cells)):
        for j, (key, value) in enumerate(row.items()):
            got = cellrow[j] if j < len(cellrow) else None
            if not same(value, got):
                problems.append(f"row {i + 3} {key}: json {value!r}, sheet {got!r}")
    if problems:
        failed += 1
        print(f"{name} ({sheet}): " + "; ".join(problems[:5]))
    else:
        passed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
