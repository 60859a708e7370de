#!/usr/bin/env bash
# Builds the product CLI into .build/cli when any source changed since the last build.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$ROOT/.build/cli"
stamp="$out/.built"

if [ -f "$stamp" ] && [ -z "$(find "$ROOT/silo" "$ROOT/trainer" "$ROOT/contracts" "$ROOT/Directory.Build.props" "$ROOT/Directory.Packages.props" \
      -newer "$stamp" -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.json' -o -path '*/Resources/*' \) \
      -not -path '*/bin/*' -not -path '*/obj/*' -print -quit 2>/dev/null)" ]; then
  exit 0
fi

echo "building the sign2gpt CLI..." >&2
log="$(mktemp)"
if ! dotnet build "$ROOT/trainer/Sign2Gpt.Cli/Sign2Gpt.Cli.csproj" -c Release -o "$out" --nologo -v quiet >"$log" 2>&1; then
  grep -E "error|Error" "$log" | sort -u | head -20 >&2
  rm -f "$log"
  echo "error: the CLI build failed" >&2
  exit 1
fi
rm -f "$log"
touch "$stamp"
