#!/usr/bin/env bash
# The test command: installs what the tests need, builds the solution, runs the suites and prints
# one closing line "tests: N passed, N failed, N skipped".
#   --all   also run the suites marked Category=Slow
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

filter="Category!=Slow"
[ "${1:-}" = "--all" ] && filter=""

deploy/local/install-prerequisites.sh test

results="$ROOT/.build/test-results"
rm -rf "$results"
mkdir -p "$results"

echo "== lint Dockerfiles" >&2
lint=0
npm exec --yes --cache "$ROOT/.build/npm" --package dockerfilelint@1.8.0 -- dockerfilelint deploy/docker/*.Dockerfile >&2 || lint=$?

echo "== restore and build" >&2
dotnet build Sign2Gpt.Platform.sln -c Debug --nologo -v quiet

echo "== test" >&2
status=0
# One test project at a time (-m:1): the process-cluster suite takes both cores, and the media and
# training suites' timeouts were not written for sharing them with it.
dotnet test Sign2Gpt.Platform.sln -c Debug --no-build --nologo -m:1 \
  ${filter:+--filter "$filter"} \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" || status=$?

counter() { grep -ho "$1=\"[0-9]*\"" "$results"/*.trx 2>/dev/null | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}'; }
passed=$(counter passed)
failed=$(counter failed)
total=$(counter total)
executed=$(counter executed)
skipped=$((total - executed))
# CI shows only the end of the output, so the failures are named again beside the counts.
if [ "$failed" -ne 0 ]; then
  echo "failed tests:"
  grep -ho '<UnitTestResult [^>]*outcome="Failed"' "$results"/*.trx | grep -o 'testName="[^"]*"' | sed 's/^testName="\(.*\)"$/  \1/' || true
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$lint" -eq 0 ] || echo "Dockerfile lint found problems (above)" >&2
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ] || [ "$lint" -ne 0 ]; then
  exit 1
fi
