#!/usr/bin/env bash
# `npm test`: lint (seconds), then the typecheck beside the test run. tsc keeps one core busy for about a minute;
# vitest leaves cores idle while its files start and while the infra files run on their own worker at the end,
# so side by side the two finish sooner than one after the other (docs/decisions.md, "Test budget"). Either
# failing fails the command; tsc's findings are printed after vitest's output, not inside it.
set -uo pipefail
cd "$(dirname "$0")/.."

npx biome check . || exit 1

types_log=$(mktemp)
trap 'rm -f "$types_log"' EXIT
npx tsc -p . >"$types_log" 2>&1 &
types_pid=$!

npx vitest run --coverage "$@"
tests=$?

wait "$types_pid"
types=$?
if [ "$types" -ne 0 ]; then
  echo "typecheck (tsc -p .) failed:"
  cat "$types_log"
fi
[ "$tests" -eq 0 ] && [ "$types" -eq 0 ]
