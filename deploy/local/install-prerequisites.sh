#!/usr/bin/env bash
# Installs the Debian packages the platform needs, only when they are missing.
#   runtime: ffmpeg (video), fasttext (pseudo-gloss word vectors), redis-server (cluster membership, grain state, chunks)
#   test:    runtime + chromium (the portal's browser tests drive Debian's Chromium through Playwright) + npm (the
#            Dockerfile linter comes from the npm registry)
set -euo pipefail
profile="${1:-runtime}"

declare -A command_of=( [ffmpeg]=ffmpeg [fasttext]=fasttext [redis-server]=redis-server [curl]=curl [chromium]=chromium [npm]=npm )
packages=(ffmpeg fasttext redis-server curl)
[ "$profile" = test ] && packages+=(chromium npm)

missing=()
for package in "${packages[@]}"; do
  command -v "${command_of[$package]}" >/dev/null 2>&1 || missing+=("$package")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET SDK 10 is required (dotnet not found on PATH)" >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "error: missing ${missing[*]}; install them with apt-get as root" >&2; exit 1; }
  sudo="sudo"
fi
echo "installing ${missing[*]} ($profile prerequisites)..." >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
