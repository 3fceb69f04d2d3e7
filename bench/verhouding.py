"""One table row per provider from a benchmark's Dutch output (bench/run.sh rows (d) and (e)).

The benchmarks print, per provider, "<Provider>: <aantal> <eenheid>", then lines "(a) … mediaan N ms",
"(b) … mediaan N ms" and "verhouding (b)/(a) = R×". Arguments: output file, load average, unit ("kandidaten"),
target (a number, "2"), the row's description with {aantal} and {provider}, and optionally the baseline's
description per provider as "SQLite=…" / "PostgreSQL=…", filled in as {basis}.
"""
import re
import sys

bestand, load, eenheid, doel, omschrijving, *basissen = sys.argv[1:]
basis = dict(b.split("=", 1) for b in basissen)
provider = aantal = a = b = None
for line in open(bestand, encoding="utf-8"):
    if m := re.match(rf"^(SQLite|PostgreSQL): ([\d.]+) {eenheid}", line):
        provider, aantal = m.groups()
    elif m := re.search(r"^\s+\(a\).*mediaan ([\d.]+ ms)", line):
        a = m.group(1)
    elif m := re.search(r"^\s+\(b\).*mediaan ([\d.]+ ms)", line):
        b = m.group(1)
    elif m := re.search(r"verhouding \(b\)/\(a\) = ([\d,]+)×", line):
        r = m.group(1)
        gehaald = "gehaald" if float(r.replace(",", ".")) <= float(doel) else "niet gehaald"
        rij = omschrijving.format(aantal=aantal, provider=provider, basis=basis.get(provider, ""))
        print(f"| {rij} | {b} tegen {a} | {r}× | ≤ {doel}× | {gehaald} | {load} |")
