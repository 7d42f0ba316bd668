#!/usr/bin/env bash
# The system parts the tests use beside Node, one list for `npm test` (scripts/test.ts) and .ci/run:
#   Chromium (Playwright; /usr/bin/chromium unless CHROMIUM_PATH names one) and fonts-noto-core
#   (Arabic, Russian, Ukrainian in screenshots), pg_prove + pgTAP + PostGIS (pgTAP stage against
#   DATABASE_URL), the PostgreSQL server binaries (the fault test starts its own cluster), osmium
#   (the OSM fixture check in scripts/data-build).
#
#   bash scripts/system-deps.sh          as root with apt-get: installs what is missing (Debian's
#                                        packages) and says so; otherwise prints what to install
#   bash scripts/system-deps.sh --sudo   installs through sudo when not root (CI)
#
# Exit 0 when everything is there (or was installed), 2 when something is still missing.
# PG_MAJOR: default 15 (Debian bookworm's, and the fault test's QK_PG_BIN default).
set -uo pipefail
log() { printf '[system] %s\n' "$*"; }

use_sudo=0
[ "${1:-}" = "--sudo" ] && use_sudo=1

PG_MAJOR=${PG_MAJOR:-15}
share="/usr/share/postgresql/$PG_MAJOR/extension"

need=()
missing=()
want() { # want <package> <what it is>
	need+=("$1")
	missing+=("$2")
}
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[ -x "$chromium" ] || want chromium "Chromium ($chromium)"
[ -d /usr/share/fonts/truetype/noto ] || want fonts-noto-core "Noto fonts"
command -v pg_prove >/dev/null 2>&1 || want libtap-parser-sourcehandler-pgtap-perl "pg_prove"
[ -x "/usr/lib/postgresql/$PG_MAJOR/bin/initdb" ] || want "postgresql-$PG_MAJOR" "PostgreSQL $PG_MAJOR server"
[ -f "$share/postgis.control" ] || want "postgresql-$PG_MAJOR-postgis-3" "PostGIS for PostgreSQL $PG_MAJOR"
[ -f "$share/pgtap.control" ] || want "postgresql-$PG_MAJOR-pgtap" "pgTAP for PostgreSQL $PG_MAJOR"
command -v osmium >/dev/null 2>&1 || want osmium-tool "osmium"

if [ ${#need[@]} -eq 0 ]; then
	log "Chromium, pg_prove, PostgreSQL $PG_MAJOR with PostGIS and pgTAP, osmium: present"
	exit 0
fi

line="apt-get install --no-install-recommends ${need[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
	if [ $use_sudo -eq 1 ]; then sudo="sudo"; else
		log "missing: $(IFS=,; echo "${missing[*]}" | sed 's/,/, /g')"
		log "install them (Debian) with: sudo $line"
		log "(npm test installs them itself when run as root; until then the stages that need them"
		log " fall back (embedded pgTAP, Playwright's own browser) or are skipped or fail)"
		exit 2
	fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
	log "missing: $(IFS=,; echo "${missing[*]}" | sed 's/,/, /g')"
	log "no apt-get here: install the equivalents of Debian's ${need[*]}"
	exit 2
fi

log "missing: $(IFS=,; echo "${missing[*]}" | sed 's/,/, /g')"
log "installing Debian's packages: ${sudo:+sudo }$line"
$sudo apt-get update -qq || { log "apt-get update failed"; exit 2; }
if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; then
	log "apt-get install failed: install by hand with: sudo $line"
	exit 2
fi
log "installed: ${need[*]}"
