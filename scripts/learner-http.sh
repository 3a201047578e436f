# Sourced by the benchmark scripts: a learner without a browser, with curl. Each learner keeps its own
# cookie jar (learner id and CSRF token) and repeats the token in the X-CSRF-Token header on every POST,
# as htmx does; a run's event stream is only served to the learner who started it. Needs $URL and $WORK.

# a new learner: visits lesson 1.5 once (the server hands out both cookies) and prints its jar's path
new_learner() {
  local jar="$WORK/learner-$1.cookies"
  curl -fs -c "$jar" -b "$jar" -o /dev/null "$URL/lessons/1.5"
  echo "$jar"
}

# starts a run of lesson 1.5 and prints its id: the lesson's defaults (an empty form), or those with the
# URL-encoded fields given as $2 changed (e.g. epochs=1)
submit_run() {
  local jar="$1" token id
  token="$(awk '$6 == "neurona_csrf" { print $7 }' "$jar")"
  id="$(curl -fs -b "$jar" -c "$jar" -H "X-CSRF-Token: $token" -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
    --data "${2:-}" "$URL/exercises/mnist-1-5/runs" | grep -o 'data-run="[^"]*"' | head -n 1 | cut -d'"' -f2)"
  [ -n "$id" ] || { echo "could not start a run (see the server's log)" >&2; return 1; }
  echo "$id"
}

# the run's SSE stream as its learner sees it, until the server ends it after "done"
run_events() {
  curl -fsN -b "$1" --max-time 3600 "$URL/runs/$2/events"
}
