#!/usr/bin/env bash
# Starts the platform on this machine: one Orleans silo serving the demo model, the web front end (portal, ingest
# API, gRPC) and a trainer worker (dataset imports, adapter retraining), each its own process on loopback, with a
# demo tenant whose API key it prints. Ctrl+C stops all.
#   (default)                 the silo is a cluster of its own on localhost and keeps everything in memory: a
#                             restart starts afresh
#   --redis                   also starts a local Redis (data in .build/platform/redis) for clustering and
#                             persistence: sessions, tenants and adapters survive a restart
#   --cluster N               N silo processes clustered through Redis (implies --redis); the first claims a GPU
#                             ("cuda:0") in its metadata, so device placement is exercised on a CPU-only machine
#                             (its models fall back to the CPU)
#   SIGN2GPT_REDIS=host:port  uses that Redis instead of starting one
#   SIGN2GPT_STATE, SIGN2GPT_REDIS_PORT, SIGN2GPT_WEB_URL, SIGN2GPT_GRPC_URL  move its state folder and ports
set -euo pipefail
local_redis=false
silos=1
usage() { echo "usage: ./sign2gpt up [--redis] [--cluster N]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --redis) local_redis=true ;;
    --cluster)
      [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || usage
      silos="$2"; local_redis=true; shift ;;
    *) usage ;;
  esac
  shift
done
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${SIGN2GPT_STATE:-$ROOT/.build/platform}"
REDIS_PORT="${SIGN2GPT_REDIS_PORT:-6390}"
WEB_URL="${SIGN2GPT_WEB_URL:-http://127.0.0.1:5080}"
GRPC_URL="${SIGN2GPT_GRPC_URL:-http://127.0.0.1:5081}"
mkdir -p "$STATE/redis" "$STATE/logs"

"$ROOT/deploy/local/install-prerequisites.sh" runtime
"$ROOT/deploy/local/build-app.sh" silo silo/Sign2Gpt.Silo/Sign2Gpt.Silo.csproj
"$ROOT/deploy/local/build-app.sh" web web/Sign2Gpt.Web/Sign2Gpt.Web.csproj
"$ROOT/deploy/local/build-app.sh" trainer trainer/Sign2Gpt.Trainer/Sign2Gpt.Trainer.csproj
# Web and trainer share the datasets folder: uploads arrive there, the trainer imports and trains from it.
export Datasets__Directory="$STATE/datasets"

children=()
# Newest first, each gone before the next: the silo leaves the cluster through Redis, so Redis stops last.
stop() {
  trap - INT TERM EXIT
  echo "stopping..." >&2
  for ((i=${#children[@]}-1; i>=0; i--)); do
    pid="${children[$i]}"
    kill "$pid" 2>/dev/null || continue
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  done
}
trap stop EXIT
trap 'stop; exit 0' INT TERM

wait_for() { # name, command that succeeds once the process is ready, pid
  for _ in $(seq 1 600); do
    if eval "$2" >/dev/null 2>&1; then return 0; fi
    kill -0 "$3" 2>/dev/null || { echo "error: $1 exited; see $STATE/logs/$1.log" >&2; tail -5 "$STATE/logs/$1.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "error: $1 did not become ready in 120 s; see $STATE/logs/$1.log" >&2
  exit 1
}

redis="${SIGN2GPT_REDIS:-}"
if [ -z "$redis" ] && $local_redis; then
  redis="127.0.0.1:$REDIS_PORT"
  # Append-only file on: sessions and tenants survive restarting the platform.
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$STATE/redis" --appendonly yes --save "" >"$STATE/logs/redis.log" 2>&1 &
  children+=($!)
  wait_for redis "redis-cli -p $REDIS_PORT ping | grep -q PONG" "${children[-1]}"
fi
if [ -n "$redis" ]; then
  export ConnectionStrings__Redis="$redis"
  storage="Redis $redis"
else
  storage="in memory (single silo; ./sign2gpt up --redis keeps it across restarts)"
fi
# Silo i: silo port 11111+i, gateway 30000+i, health probes on 5090+i. The first seeds the demo tenant.
silo_lines=""
for ((i = 0; i < silos; i++)); do
  name="silo"; [ "$silos" -gt 1 ] && name="silo-$i"
  devices="cpu"; [ "$silos" -gt 1 ] && [ "$i" -eq 0 ] && devices="cuda:0"
  health="http://127.0.0.1:$((5090 + i))"
  (cd "$STATE" && DemoTenant__Enabled=$([ "$i" -eq 0 ] && echo true || echo false) DemoTenant__ApiKeyFile="$STATE/demo-api-key" \
    Orleans__SiloPort=$((11111 + i)) Orleans__GatewayPort=$((30000 + i)) Serving__Devices__0="$devices" Urls="$health" \
    exec dotnet "$ROOT/.build/silo/Sign2Gpt.Silo.dll") >"$STATE/logs/$name.log" 2>&1 &
  children+=($!)
  [ "$i" -eq 0 ] && first_silo="${children[-1]}"
  wait_for "$name" "curl -fs $health/healthz/ready" "${children[-1]}"
  silo_lines+="  $name $(printf '%*s' $((10 - ${#name})) '')gateway 127.0.0.1:$((30000 + i)), devices $devices, health $health/healthz/ready"$'\n'
done
first_log="$STATE/logs/silo.log"; [ "$silos" -gt 1 ] && first_log="$STATE/logs/silo-0.log"
wait_for silo "grep -q 'Demo tenant demo ready' '$first_log'" "$first_silo"

# The operator key guards the admin API (adapter rollout); made once, kept like the demo key.
[ -s "$STATE/operator-key" ] || (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$STATE/operator-key")
(cd "$STATE" && Urls="$WEB_URL" Streaming__Url="$GRPC_URL" Admin__OperatorKey="$(cat "$STATE/operator-key")" \
  Portal__DemoAccounts__Enabled=true Portal__DemoAccounts__CredentialsFile="$STATE/demo-accounts" \
  exec dotnet "$ROOT/.build/web/Sign2Gpt.Web.dll") >"$STATE/logs/web.log" 2>&1 &
children+=($!)
wait_for web "curl -fs $WEB_URL/openapi/v1.json && grep -q 'Demo portal accounts' '$STATE/logs/web.log'" "${children[-1]}"
(cd "$STATE" && Trainer__WorkDirectory="$STATE/trainer" exec dotnet "$ROOT/.build/trainer/Sign2Gpt.Trainer.dll") >"$STATE/logs/trainer.log" 2>&1 &
children+=($!)
wait_for trainer "grep -q 'is taking jobs' '$STATE/logs/trainer.log'" "${children[-1]}"
account() { awk -v role="$1" '$1 == role { print $2 "  password " $3 }' "$STATE/demo-accounts"; }

cat <<INFO
Sign2GPT Platform is up (the demo model is trained on synthetic signing).
  portal       $WEB_URL/   (sign in with an account below; they are also in $STATE/demo-accounts)
    user       $(account TenantUser)
    admin      $(account TenantAdmin)
    operator   $(account PlatformOperator)
  ingest API   $WEB_URL/v1/sessions   (OpenAPI: $WEB_URL/openapi/v1.json)
  gRPC ingest  $GRPC_URL   (sign2gpt.ingest.v1.Ingest/Stream, plaintext HTTP/2; contracts/Sign2Gpt.Contracts/Protos/ingest.proto)
  tenant       demo
  API key      $(cat "$STATE/demo-api-key")   (also in $STATE/demo-api-key)
  admin API    $WEB_URL/v1/admin/adapters/{language}, /v1/admin/datasets, /v1/admin/training/jobs   operator key in $STATE/operator-key
  trainer      retrains adapters from uploaded datasets (portal: /admin/training); datasets in $STATE/datasets
  storage      $storage
  logs         $STATE/logs/
INFO
printf '%s' "$silo_lines"
echo "Press Ctrl+C to stop."
wait -n "${children[@]}" || true
echo "error: a platform process exited; see $STATE/logs/" >&2
