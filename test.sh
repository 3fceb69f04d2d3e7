#!/usr/bin/env bash
# Installs what the tests need, checks format, build and migrations, and runs every test tier:
# domain, web integration on SQLite, the same on a throw-away PostgreSQL, and browser tests in
# Chromium. The last line is "N passed, N failed, N skipped"; the exit code is non-zero when
# anything failed or no test ran.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
out="$root/test-output"
rm -rf "$out" && mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 LEERWERK_TEST_OUTPUT="$out"

passed=0 failed=0 skipped=0
step_failed() { echo "FOUT: $1"; failed=$((failed + 1)); }
finish() {
  echo
  echo "Duur: $((SECONDS / 60)) min $((SECONDS % 60)) s"
  echo "$passed passed, $failed failed, $skipped skipped"
  if ((failed > 0 || passed == 0)); then exit 1; fi
  exit 0
}

# 1. System packages (as root only; a developer without root installs them once by hand).
packages=(chromium postgresql poppler-utils fonts-liberation2 fonts-dejavu-core wrk)
if [ "$(id -u)" = 0 ]; then
  missing=()
  for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if ((${#missing[@]})); then
    echo "== Debian-pakketten installeren: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || step_failed "apt-get install ${missing[*]}"
  fi
fi

# 2. Tools and front-end packages.
echo "== dotnet tool restore"
dotnet tool restore >/dev/null || step_failed "dotnet tool restore"
if [ -f package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund --silent || step_failed "npm ci"
fi

# 3. Format, build, migration drift.
echo "== dotnet format --verify-no-changes"
dotnet format Leerwerk.slnx --verify-no-changes -v quiet || step_failed "code is niet opgemaakt (draai: dotnet format Leerwerk.slnx)"
echo "== dotnet build (Release)"
if ! dotnet build Leerwerk.slnx -c Release -nologo -v quiet -clp:ErrorsOnly; then
  step_failed "build"
  finish
fi
for provider in Sqlite Postgres; do
  echo "== migraties $provider: geen openstaande modelwijzigingen"
  dotnet ef migrations has-pending-model-changes --no-build --configuration Release \
    --project "src/Leerwerk.Data.$provider" --startup-project "src/Leerwerk.Data.$provider" >"$out/drift-$provider.log" 2>&1 \
    || { cat "$out/drift-$provider.log"; step_failed "migraties $provider lopen achter op het model (scripts/add-migration.sh)"; }
done

# 4. Test tiers. Each runs the xunit.v3 executable and reads its XML result totals.
# The tests' temporary files (every SQLite test database among them) live in memory when /dev/shm allows: a commit on
# this machine's disk waits about a millisecond for fsync, in memory some 0,07 ms, and the tiers commit tens of thousands
# of times. The folder goes when the script ends.
cleanup=()
on_exit() { for c in "${cleanup[@]}"; do eval "$c"; done; }
trap on_exit EXIT
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  # 711: the fault tests' own PostgreSQL cluster (user postgres) must pass through it, as through /tmp.
  TMPDIR=$(mktemp -d /dev/shm/leerwerk-tests.XXXXXX) && chmod 711 "$TMPDIR" && export TMPDIR && cleanup+=("rm -rf '$TMPDIR'")
fi
run_tier() {
  local name=$1 project=$2
  local dll="$root/tests/$project/bin/Release/net10.0/$project.dll"
  local xml="$out/$name.xml"
  echo "== tests: $name"
  local start=$SECONDS
  (cd "$(dirname "$dll")" && dotnet "$dll" -noColor -noLogo -result-xml "$xml" >"$out/$name.log" 2>&1)
  local rc=$?
  local duration=$((SECONDS - start))
  if [ ! -f "$xml" ]; then
    tail -40 "$out/$name.log"
    step_failed "$name: geen testresultaat (exitcode $rc)"
    return
  fi
  local p f s
  read -r p f s < <(grep -o '<assembly [^>]*' "$xml" | awk '{
      for (i = 1; i <= NF; i++) {
        split($i, kv, "="); gsub(/[^0-9]/, "", kv[2])
        if (kv[1] == "passed") p += kv[2]; else if (kv[1] == "failed") f += kv[2]; else if (kv[1] == "skipped") s += kv[2]
      }
    } END { print p + 0, f + 0, s + 0 }')
  echo "   $name: $p passed, $f failed, $s skipped ($duration s)"
  ((f > 0)) && grep -E '\[FAIL\]' -A12 "$out/$name.log" | head -80
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
}

for project in tests/*.Tests; do  # domain, cli, …
  [ -d "$project" ] && run_tier "$(basename "$project" .Tests | sed 's/^Leerwerk\.//' | tr '[:upper:]' '[:lower:]')" "$(basename "$project")"
done
run_tier integratie-sqlite Leerwerk.IntegrationTests

# 5. The same integration tests on a throw-away PostgreSQL on loopback.
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$pgbin" ]; then
  step_failed "PostgreSQL is niet geïnstalleerd (Debian-pakket postgresql)"
else
  pgdir=$(mktemp -d /tmp/leerwerk-pg.XXXXXX)
  pgport=${LEERWERK_PG_PORT:-55432}
  as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [ "$(id -u)" = 0 ] && chown postgres "$pgdir"
  stop_pg() { as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdir"; }
  cleanup+=(stop_pg)
  echo "== PostgreSQL starten op 127.0.0.1:$pgport"
  if as_pg "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres --no-sync >"$out/pg-initdb.log" 2>&1 \
    && as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w \
      -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null; then
    export LEERWERK_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres"
    run_tier integratie-postgres Leerwerk.IntegrationTests
    unset LEERWERK_TEST_POSTGRES
  else
    cat "$out/pg-initdb.log" "$pgdir/log" 2>/dev/null | tail -20
    step_failed "PostgreSQL kon niet starten"
  fi
fi

# 6. Browser tests in Debian's Chromium.
run_tier browser Leerwerk.BrowserTests

finish
