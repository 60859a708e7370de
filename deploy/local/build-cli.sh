#!/usr/bin/env bash
# Builds the product CLI into .build/cli when any source changed since the last build.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/build-app.sh" cli trainer/Sign2Gpt.Cli/Sign2Gpt.Cli.csproj
