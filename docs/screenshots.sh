#!/usr/bin/env bash
# Renders the HTML reports of simulated runs in headless Chromium and saves them under docs/images/:
#   readiness-broken.png   readiness of an unconfigured hybrid, first screen at 1280x900 (what to fix comes first)
#   readiness-healthy.png  readiness of a healthy hybrid, whole page
#   configure.png          configure applying the unconfigured hybrid's plan
#   moves.png              120 users moved online through a service that throttles (moves in flight, the limit,
#                          throttling marks)
#   status.png             the status across three waves (engine StatusJobTest: two refused moves in waves 1 and 2,
#                          two failed meeting migrations in waves 2 and 3, verified a simulated day later)
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

# simulate DIR SCENARIO [FAULT OPTIONS...]: starts a simulator and waits for its site file DIR/site.json
simulate() {
    local dir=$1 scenario=$2
    shift 2
    mkdir -p "$dir"
    java -jar "$jar" simulate --scenario "$scenario" --site-file "$dir/site.json" \
        --password-file "$dir/password" "$@" >"$dir/simulate.log" 2>&1 &
    simulator=$!
    for _ in $(seq 1 240); do
        [ -f "$dir/site.json" ] && return 0
        kill -0 "$simulator" 2>/dev/null || { cat "$dir/simulate.log" >&2; exit 1; }
        sleep 0.5
    done
    echo "simulator for $scenario did not start in 120 s" >&2
    exit 1
}

# job DIR COMMAND [OPTIONS...]: runs a job against DIR's simulator; exit 0 or 1 (problems found) are both fine
job() {
    local dir=$1 command=$2 status=0
    shift 2
    java -jar "$jar" "$command" --site "$dir/site.json" --password-file "$dir/password" "$@" \
        >"$dir/$command.log" 2>&1 || status=$?
    [ "$status" -le 1 ] || { cat "$dir/$command.log" >&2; echo "$command failed to run (exit $status)" >&2; exit 1; }
}

# shot HTML IMAGE WIDTHxHEIGHT: screenshots HTML as docs/images/IMAGE.png
shot() {
    mkdir -p "$images"
    "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
        --window-size="$3" --screenshot="$images/$2.png" "file://$1" 2>/dev/null
    echo "wrote $images/$2.png"
}

users() {
    printf 'SipAddress\n' >"$1"
    for i in $(seq 1 "$2"); do printf 'sip:user%05d@contoso.com\n' "$i" >>"$1"; done
}

broken="$work/unconfigured"
simulate "$broken" unconfigured --users 20
users "$broken/users.csv" 8
job "$broken" readiness --users "$broken/users.csv" --report-dir "$broken/readiness"
shot "$broken/readiness/readiness.html" readiness-broken 1280,900
job "$broken" configure --report-dir "$broken/configure"
shot "$broken/configure/configure.html" configure 1280,1400
stop_simulator

healthy="$work/healthy"
simulate "$healthy" healthy --users 20
users "$healthy/users.csv" 8
job "$healthy" readiness --users "$healthy/users.csv" --report-dir "$healthy/readiness"
shot "$healthy/readiness/readiness.html" readiness-healthy 1280,2400
stop_simulator

moves="$work/moves"
simulate "$moves" healthy --users 120 --latency-ms 100 --capacity 8 --throttle-rate 0.05
users "$moves/users.csv" 120
job "$moves" move --users "$moves/users.csv" --to online --retry-delay-ms 200 --report-dir "$moves/report"
shot "$moves/report/moves.html" moves 1280,900
stop_simulator

# status across three waves: the engine test's scenario needs the simulated clock moved on by a day, which only an
# in-process simulator allows; the test keeps its report where status.reportDir says
status_dir="$work/status"
(cd "$root" && ./mvnw -B -q -o -pl engine -am test -Dtest=StatusJobTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dspotless.check.skip=true -Dstatus.reportDir="$status_dir") >"$work/status.log" 2>&1 \
    || { cat "$work/status.log" >&2; exit 1; }
shot "$status_dir/status.html" status 1280,1150
