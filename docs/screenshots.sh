#!/usr/bin/env bash
# Renders readiness.html for a healthy and a broken (unconfigured) simulated hybrid in headless Chromium and
# saves the screenshots as docs/images/readiness-healthy.png and docs/images/readiness-broken.png.
#
# Needs Java 17, Chromium (apt-get install -y chromium) and the CLI jar:
#   ./mvnw -B -q -pl cli -am package -DskipTests
# Usage: docs/screenshots.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/cli/target/lync-hybrid.jar"
images="$root/docs/images"
browser=$(command -v chromium || command -v chromium-browser || true)
[ -f "$jar" ] || { echo "missing $jar: run ./mvnw -B -q -pl cli -am package -DskipTests" >&2; exit 2; }
[ -n "$browser" ] || { echo "Chromium not found: apt-get install -y chromium" >&2; exit 2; }

work=$(mktemp -d)
simulator=""
stop_simulator() {
    if [ -n "$simulator" ]; then
        kill "$simulator" 2>/dev/null || true
        wait "$simulator" 2>/dev/null || true
        simulator=""
    fi
}
trap 'stop_simulator; rm -rf "$work"' EXIT

# shot SCENARIO IMAGE: simulate SCENARIO, run readiness against it, screenshot its HTML report as IMAGE.png
shot() {
    local scenario=$1 image=$2 dir="$work/$1"
    mkdir -p "$dir"
    java -jar "$jar" simulate --scenario "$scenario" --users 20 \
        --site-file "$dir/site.json" --password-file "$dir/password" >"$dir/simulate.log" 2>&1 &
    simulator=$!
    for _ in $(seq 1 240); do
        [ -f "$dir/site.json" ] && break
        kill -0 "$simulator" 2>/dev/null || { cat "$dir/simulate.log" >&2; exit 1; }
        sleep 0.5
    done
    [ -f "$dir/site.json" ] || { echo "simulator for $scenario did not start in 120 s" >&2; exit 1; }
    printf 'user%05d@contoso.com\n' 1 2 3 4 5 6 7 8 >"$dir/users.txt"
    local status=0
    java -jar "$jar" readiness --site "$dir/site.json" --password-file "$dir/password" \
        --users "$dir/users.txt" --report-dir "$dir/report" || status=$?
    [ "$status" -le 1 ] || { echo "readiness failed to run for $scenario (exit $status)" >&2; exit 1; }
    stop_simulator
    mkdir -p "$images"
    "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
        --window-size=1280,2900 --screenshot="$images/$image.png" "file://$dir/report/readiness.html" 2>/dev/null
    echo "wrote $images/$image.png (readiness exit $status)"
}

shot healthy readiness-healthy
shot unconfigured readiness-broken
