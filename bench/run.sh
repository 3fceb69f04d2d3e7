#!/usr/bin/env bash
# One table of ratios, each measured against its baseline in the same run (issue 18, item 2); see bench/README.md
# and docs/performance.md. Not part of ./test.sh: it takes minutes and measures, it does not test.
#
#   bench/run.sh                      # 100 schools × 50 LWT students (5 000 students, ~800 000 hour entries)
#   LEERWERK_BENCH_SCHALEN=10 bench/run.sh                 # a smaller board, for trying the script
#   LEERWERK_BENCH_POSTGRES="Host=…;Port=…;Username=…" bench/run.sh   # an existing server (else a throw-away one)
#
# Other settings: LEERWERK_BENCH_PG_PORT (throw-away cluster, default 55442), LEERWERK_BENCH_DUUR (seconds of wrk per
# URL, default 20), LEERWERK_BENCH_OPWARMEN (seconds of the dossier page before it is measured, default 45),
# LEERWERK_BENCH_SOAK (seconds of the soak, default 300; 0 skips it), LEERWERK_BENCH_HERHALINGEN (default 3),
# LEERWERK_BENCH_UITSLAG=0 skips the uitslag benchmark,
# LEERWERK_BENCH_COHORT=0 skips the uitslagdag cohort benchmark, LEERWERK_BENCH_IMPORT=0 skips the LAS-import benchmark
# (LEERWERK_BENCH_RIJEN: its number of students, default 100 000),
# LEERWERK_BENCH_POSTGRES=geen skips PostgreSQL, LEERWERK_BENCH_BUILD=0 uses the Release build that is there.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

schalen=${LEERWERK_BENCH_SCHALEN:-100}
duur=${LEERWERK_BENCH_DUUR:-20}
opwarmen=${LEERWERK_BENCH_OPWARMEN:-45}
herhalingen=${LEERWERK_BENCH_HERHALINGEN:-3}
# The board's reference date: the end of the second school year, so both years of hours are in.
datum=2027-06-30
webport=${LEERWERK_BENCH_WEB_PORT:-5391}
werk=$(mktemp -d /tmp/leerwerk-bench.XXXXXX)
tabel="$werk/tabel.md"
: >"$tabel"
webpid=
pgdir=
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
opruimen() {
  [ -n "$webpid" ] && kill "$webpid" 2>/dev/null || true
  if [ -n "$pgdir" ]; then as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$werk" ${pgdir:+"$pgdir"}
}
trap opruimen EXIT
load() { cut -d' ' -f1 /proc/loadavg | tr . ,; }
rij() { echo "$1" >>"$tabel"; }

command -v wrk >/dev/null || { echo "wrk ontbreekt: apt-get install wrk" >&2; exit 1; }

if [ "${LEERWERK_BENCH_BUILD:-1}" != 0 ]; then
  echo "== Release-build"
  dotnet build Leerwerk.slnx -c Release -nologo -v quiet -clp:ErrorsOnly
fi
bin=bin/Release/net10.0
cli="dotnet src/Leerwerk.Cli/$bin/leerwerk.dll"
schaal="dotnet bench/Leerwerk.Bench.Schaal/$bin/Leerwerk.Bench.Schaal.dll"

echo "== Bestuur genereren: $schalen scholen (SQLite)"
sqlite="Data Source=$werk/bestuur.db"
$cli demo --schalen "$schalen" --datum "$datum" --verbinding "$sqlite"

postgres=${LEERWERK_BENCH_POSTGRES:-}
if [ "$postgres" != geen ] && [ -z "$postgres" ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -n "$pgbin" ]; then
    pgdir=$(mktemp -d /tmp/leerwerk-bench-pg.XXXXXX)
    pgport=${LEERWERK_BENCH_PG_PORT:-55442}
    [ "$(id -u)" = 0 ] && chown postgres "$pgdir"
    echo "== PostgreSQL starten op 127.0.0.1:$pgport"
    as_pg "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres --no-sync >"$werk/initdb.log" 2>&1
    as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w \
      -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null
    postgres="Host=127.0.0.1;Port=$pgport;Username=postgres"
  else
    echo "PostgreSQL niet geïnstalleerd: alleen SQLite." >&2
    postgres=geen
  fi
fi
if [ "$postgres" != geen ]; then
  pgdb="leerwerk_bench_$$"
  echo "== Bestuur genereren: $schalen scholen (PostgreSQL, database $pgdb)"
  $cli demo --schalen "$schalen" --datum "$datum" --provider Postgres --verbinding "$postgres;Database=$pgdb"
fi

echo "== (a) werklijst en overzicht stageuren tegen een gewone SELECT"
$schaal SQLite Sqlite "$sqlite" "$datum" "$herhalingen" | tee "$werk/schaal-sqlite.txt"
grep '^TABEL|' "$werk/schaal-sqlite.txt" | sed 's/^TABEL|/|/' >>"$tabel"
if [ "$postgres" != geen ]; then
  $schaal PostgreSQL Postgres "$postgres;Database=$pgdb" "$datum" "$herhalingen" | tee "$werk/schaal-postgres.txt"
  grep '^TABEL|' "$werk/schaal-postgres.txt" | sed 's/^TABEL|/|/' >>"$tabel"
  # The database is thrown away with the cluster; on a server of one's own, drop it here.
  [ -z "$pgdir" ] && psql "$(echo "$postgres" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/')" \
    -d postgres -c "DROP DATABASE $pgdb" >/dev/null 2>&1 || true
fi

echo "== (b) dossierpagina over HTTP (wrk, 50 verbindingen, ${duur} s) tegen /css/site.css van dezelfde Kestrel"
# Without the background work: its first pass after start-up (the reminders of every school of the board) would
# share the cores with the measurement; it runs once an hour and is not what a user waits for.
ASPNETCORE_URLS="http://127.0.0.1:$webport" Database__Provider=Sqlite Database__ConnectionString="$sqlite" \
  Demo__LoadOnFirstStart=false Logging__LogLevel__Default=Warning Mail__SenderEnabled=false \
  dotnet "src/Leerwerk.Web/$bin/Leerwerk.Web.dll" --contentRoot "$root/src/Leerwerk.Web" >"$werk/web.log" 2>&1 &
webpid=$!
url="http://127.0.0.1:$webport"
for _ in $(seq 1 120); do curl -fs "$url/healthz" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$url/healthz" >/dev/null 2>&1 || { echo "De webapp kwam niet op; zie het logboek:" >&2; tail -20 "$werk/web.log" >&2; exit 1; }
jar="$werk/cookies"
token=$(curl -fs -c "$jar" "$url/Account/Inloggen" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Input.UserName=bestuurscoordinator" \
  --data-urlencode "Input.Password=demo-leerwerk-2026" --data-urlencode "__RequestVerificationToken=$token" "$url/Account/Inloggen"
cookie=$(awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar")
# A leerjaar-4 LWT student: two placements, two years of hours, grades: the fullest dossier of the board.
leerling=$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('''SELECT l.Id FROM Leerlingen l WHERE l.Leerjaar = 4 AND EXISTS (SELECT 1 FROM RouteBesluiten r WHERE r.LeerlingId = l.Id AND r.Route = 'LeerWerktraject') ORDER BY l.Id LIMIT 1''').fetchone()[0])" "$werk/bestuur.db")
dossier="$url/Leerlingen/Details/$leerling"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$dossier")
[ "$status" = 200 ] || { echo "De dossierpagina gaf $status in plaats van 200 (inloggen mislukt?); zie $werk/web.log" >&2; tail -20 "$werk/web.log" >&2; exit 1; }
rss() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$webpid/status"; }
rss_start=$(rss)
# Warm-up, then the measurements: the page and the static file, each $duur seconds at 50 connections. The runtime
# compiles the page's code quickly first and optimised after some 30 s of load (tiered compilation): what a server
# does all day is measured after $opwarmen s of the page at the same load; the warm-up's own throughput is printed too.
wrk -t2 -c50 -d"${opwarmen}s" --timeout 30s -H "Cookie: $cookie" "$dossier" >"$werk/wrk-opwarmen.txt"
wrk -t2 -c50 -d"${duur}s" --timeout 30s --latency -H "Cookie: $cookie" "$dossier" >"$werk/wrk-dossier.txt"
load_dossier=$(load)
wrk -t2 -c50 -d5s "$url/css/site.css" >/dev/null
wrk -t2 -c50 -d"${duur}s" --timeout 30s --latency "$url/css/site.css" >"$werk/wrk-static.txt"
load_static=$(load)
rss_na=$(rss)
cat "$werk/wrk-dossier.txt" "$werk/wrk-static.txt"
rps() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
p99() { awk '$1 == "99%" { print $2 }' "$1"; }
fouten() { awk '/Non-2xx|Socket errors/ { print }' "$1" | tr '\n' ' '; }
rps_d=$(rps "$werk/wrk-dossier.txt"); rps_s=$(rps "$werk/wrk-static.txt")
verhouding=$(python3 -c "print(f'{float(\"$rps_d\") / float(\"$rps_s\"):.3f}'.replace('.', ','))")
p99_d=$(p99 "$werk/wrk-dossier.txt")
p99_ms=$(python3 -c "
v='$p99_d'
print(f'{float(v[:-2]) if v.endswith(\"ms\") else float(v[:-2]) / 1000 if v.endswith(\"us\") else float(v[:-1]) * 1000:.0f}')")
gehaald_d=$(python3 -c "print('gehaald' if float('${verhouding/,/.}') >= 0.10 else 'niet gehaald')")
# No request answered in time means no latency at all, not a fast one.
gehaald_p=$([ "$p99_ms" -lt 100 ] && [ "${rps_d%%.*}" -gt 0 ] && echo gehaald || echo "niet gehaald")
rps_o=$(rps "$werk/wrk-opwarmen.txt")
rij "| dossierpagina /Leerlingen/Details (alle bevindingen), SQLite, wrk 50 verbindingen ${duur} s na ${opwarmen} s opwarmen: doorvoer | ${rps_d/./,} tegen ${rps_s/./,} verzoeken/s voor /css/site.css $(fouten "$werk/wrk-dossier.txt")(tijdens het opwarmen ${rps_o/./,}) | $verhouding | ≥ 0,10 | $gehaald_d | $load_dossier / $load_static |"
rij "| dossierpagina: p99 van de wachttijd | $p99_d | – | < 100 ms | $gehaald_p | $load_dossier |"
rij "| geheugen van de server (RSS) na de belasting | $rss_na MB (voor de meting $rss_start MB) | – | ≤ 300 MB | $([ "$rss_na" -le 300 ] && echo gehaald || echo 'niet gehaald') | $(load) |"

# The soak: $soak seconds of moderate load (10 connections, each waiting about a second between requests: some ten
# requests a second) over 200 dossier pages and, once per round of them, the four pages that judge the whole board
# (home, student list, stage hours, worklist); the server's RSS sampled every 15 s: no errors, memory within target
# and not still growing at the end.
soak=${LEERWERK_BENCH_SOAK:-300}
if [ "$soak" != 0 ]; then
  echo "== (b2) duurtest: ${soak} s, 10 verbindingen met bedenktijd, 200 dossiers en de vier bestuursbrede pagina's"
  mapfile -t anderen < <(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); [print(r[0]) for r in c.execute('SELECT Id FROM Leerlingen ORDER BY Id LIMIT 200')]" "$werk/bestuur.db")
  paden=()
  for id in "${anderen[@]}"; do paden+=("/Leerlingen/Details/$id"); done
  paden+=("/" "/Leerlingen?pagina=3" "/StageUren" "/Bevindingen")
  : >"$werk/rss.txt"
  ( while kill -0 "$webpid" 2>/dev/null; do rss >>"$werk/rss.txt"; echo >>"$werk/rss.txt"; sleep 15; done ) &
  sampler=$!
  wrk -t2 -c10 -d"${soak}s" --timeout 30s --latency -H "Cookie: $cookie" -s bench/soak.lua "$url" -- "${paden[@]}" >"$werk/wrk-soak.txt"
  kill "$sampler" 2>/dev/null || true
  cat "$werk/wrk-soak.txt"
  load_soak=$(load)
  python3 - "$werk/wrk-soak.txt" "$werk/rss.txt" "$soak" "$load_soak" >>"$tabel" <<'PY'
import re, sys
wrk = open(sys.argv[1], encoding="utf-8").read()
requests = int(re.search(r"(\d+) requests in", wrk).group(1))
non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", wrk)) else 0
socket = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", m.group(0))) if (m := re.search(r"Socket errors:.*", wrk)) else 0
p99 = m.group(1) if (m := re.search(r"^\s+99%\s+(\S+)", wrk, re.M)) else "–"
rss = [int(x) for x in open(sys.argv[2]).read().split()]
seconds, load = sys.argv[3], sys.argv[4]
errors = non2xx + socket
aantal = f"{requests:,}".replace(",", ".")
print(f"| duurtest {seconds} s, 10 verbindingen met bedenktijd (200 dossiers, 4 bestuursbrede pagina's): fouten | {aantal} verzoeken, {non2xx} niet-2xx/3xx, {socket} socketfouten (time-out 30 s); p99 {p99} | – | 0 fouten | {'gehaald' if errors == 0 and requests > 0 else 'niet gehaald'} | {load} |")
if rss:
    half = rss[: max(1, len(rss) // 2)]
    last = rss[-3:]
    # Still growing: the last samples all above the highest of the first half by more than 5 %.
    growing = min(last) > max(half) * 1.05
    trend = "groeit nog" if growing else "stabiel"
    ok = max(rss) <= 300 and not growing
    print(f"| geheugen (RSS) tijdens de duurtest, elke 15 s | begin {rss[0]} MB, hoogste {max(rss)} MB, eind {rss[-1]} MB ({len(rss)} metingen): {trend} | – | ≤ 300 MB, niet groeiend | {'gehaald' if ok else 'niet gehaald'} | {load} |")
PY
fi
kill "$webpid"; wait "$webpid" 2>/dev/null || true; webpid=

if [ "${LEERWERK_BENCH_UITSLAG:-1}" != 0 ]; then
  echo "== (c) leerwerk uitslag op 100 000 kandidaten tegen alleen inlezen"
  dotnet "bench/Leerwerk.Bench.Uitslag/$bin/Leerwerk.Bench.Uitslag.dll" | tee "$werk/uitslag.txt"
  klok=$(sed -n 's/^verhouding (b)\/(a), kloktijd = \([0-9,]*\)×.*/\1/p' "$werk/uitslag.txt")
  cpu=$(sed -n 's/^verhouding (b)\/(a), CPU-tijd = \([0-9,]*\)×.*/\1/p' "$werk/uitslag.txt")
  lu=$(sed -n 's/^belasting van de machine (load average 1 min): //p' "$werk/uitslag.txt")
  rij "| leerwerk uitslag, 100 000 kandidaten, kloktijd tegen alleen inlezen | $(sed -n 's/^(b) inlezen + beoordelen + uitschrijven: mediaan \([0-9.]* ms\).*/\1/p' "$werk/uitslag.txt") tegen $(sed -n 's/^(a) alleen inlezen: *mediaan \([0-9.]* ms\).*/\1/p' "$werk/uitslag.txt") | ${klok}× | ≤ 1,5× | $(python3 -c "print('gehaald' if float('${klok/,/.}') <= 1.5 else 'niet gehaald')") | $lu |"
  rij "| leerwerk uitslag: CPU-tijd tegen alleen inlezen | – | ${cpu}× | ≤ 2× | $(python3 -c "print('gehaald' if float('${cpu/,/.}') <= 2 else 'niet gehaald')") | $lu |"
fi

if [ "${LEERWERK_BENCH_COHORT:-1}" != 0 ]; then
  echo "== (d) cohort van uitslagdag (2 000 kandidaten) herberekenen tegen alleen laden"
  pg_cohort=$([ "$postgres" != geen ] && echo "$postgres" || true)
  LEERWERK_BENCH_POSTGRES="$pg_cohort" dotnet "bench/Leerwerk.Bench.Cohort/$bin/Leerwerk.Bench.Cohort.dll" | tee "$werk/cohort.txt"
  python3 bench/verhouding.py "$werk/cohort.txt" "$(load)" kandidaten 2 \
    "cohort van uitslagdag herberekenen (Cohort.LoadAsync), {aantal} kandidaten, {provider}, tegen alleen laden" >>"$tabel"
fi

if [ "${LEERWERK_BENCH_IMPORT:-1}" != 0 ]; then
  echo "== (e) LAS-import van ${LEERWERK_BENCH_RIJEN:-100000} leerlingen doorvoeren tegen een kale invoer van dezelfde rijen"
  pg_import=$([ "$postgres" != geen ] && echo "$postgres" || true)
  LEERWERK_BENCH_POSTGRES="$pg_import" dotnet "bench/Leerwerk.Bench.Import/$bin/Leerwerk.Bench.Import.dll" | tee "$werk/import.txt"
  python3 bench/verhouding.py "$werk/import.txt" "$(load)" leerlingen 3 \
    "LAS-import doorvoeren (LeerlingenImport, met audit), {aantal} leerlingen, {provider}, tegen een kale invoer (voorbereide INSERT's {basis})" \
    "SQLite=van 1 rij" "PostgreSQL=van 1 000 rijen" >>"$tabel"
fi

mkdir -p bench/results
uit="bench/results/$(date -u +%F).md"
{
  echo "# Benchmark $(date -u '+%F %H:%M') UTC, commit $(git rev-parse --short HEAD 2>/dev/null || echo onbekend)"
  echo
  echo "\`bench/run.sh\`: bestuur van $schalen scholen (peildatum $datum), $(nproc) cores. Uitleg: docs/performance.md."
  echo
  echo "| meting | gemeten | verhouding | doel | | load average |"
  echo "|---|---|---|---|---|---|"
  cat "$tabel"
} | tee "$uit.new"
mv "$uit.new" "$uit"
echo "Geschreven: $uit"
