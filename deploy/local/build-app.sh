#!/usr/bin/env bash
# Builds one of the platform's apps into .build/<name> when any source changed since its last build.
#   build-app.sh <name> <project path relative to the repository root>
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
name="$1"
project="$ROOT/$2"
out="$ROOT/.build/$name"
stamp="$out/.built"

if [ -f "$stamp" ] && [ -z "$(find "$ROOT/silo" "$ROOT/trainer" "$ROOT/contracts" "$ROOT/web" "$ROOT/Directory.Build.props" "$ROOT/Directory.Packages.props" \
      -newer "$stamp" -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.json' -o -name '*.razor' -o -name '*.onnx' -o -path '*/Resources/*' -o -path '*/wwwroot/*' \) \
      -not -path '*/bin/*' -not -path '*/obj/*' -print -quit 2>/dev/null)" ]; then
  exit 0
fi

echo "building $name..." >&2
log="$(mktemp)"
if ! dotnet build "$project" -c Release -o "$out" --nologo -v quiet >"$log" 2>&1; then
  grep -E "error|Error" "$log" | sort -u | head -20 >&2
  rm -f "$log"
  echo "error: the $name build failed" >&2
  exit 1
fi
rm -f "$log"
touch "$stamp"
