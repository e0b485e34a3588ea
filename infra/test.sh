#!/usr/bin/env bash
# The test command: bash infra/test.sh [extra dotnet test arguments, e.g. --filter "FullyQualifiedName~Probes.Storage"]
# Starts one Azurite (the Azure Storage emulator) on free loopback ports for the whole run, hands it to every test
# project through PROBES_AZURITE_CONNECTION_STRING, runs the solution's tests and always stops the emulator.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

azurite="infra/node_modules/.bin/azurite"
if [[ ! -x "$azurite" ]]; then
  npm ci --prefix infra --no-audit --no-fund --loglevel=error >/dev/null
fi

# Three distinct free ports: all three listeners are open at once before any is released.
read -r blob_port queue_port table_port < <(node -e '
  const net = require("net");
  const servers = [0, 1, 2].map(() => net.createServer());
  let listening = 0;
  for (const server of servers) {
    server.listen(0, "127.0.0.1", () => {
      if (++listening === servers.length) {
        console.log(servers.map(s => s.address().port).join(" "));
        servers.forEach(s => s.close());
      }
    });
  }')

data="$(mktemp -d "${TMPDIR:-/tmp}/probes-azurite-XXXXXX")"
log="$data.log"
azurite_pid=""

stop_azurite() {
  if [[ -n "$azurite_pid" ]] && kill -0 "$azurite_pid" 2>/dev/null; then
    kill "$azurite_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$azurite_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$azurite_pid" 2>/dev/null || true
    wait "$azurite_pid" 2>/dev/null || true
  fi
  rm -rf "$data" "$log"
}
trap stop_azurite EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --disableTelemetry: nothing may leave the machine. --skipApiVersionCheck: the Blob SDK announces a newer service
# version than this Azurite knows.
"$azurite" --silent --disableTelemetry --skipApiVersionCheck --location "$data" \
  --blobHost 127.0.0.1 --blobPort "$blob_port" \
  --queueHost 127.0.0.1 --queuePort "$queue_port" \
  --tableHost 127.0.0.1 --tablePort "$table_port" >"$log" 2>&1 &
azurite_pid=$!

ready=""
for _ in $(seq 1 600); do
  if ! kill -0 "$azurite_pid" 2>/dev/null; then
    echo "Azurite exited during start-up:" >&2
    cat "$log" >&2
    exit 1
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$blob_port") 2>/dev/null; then
    ready=yes
    break
  fi
  sleep 0.1
done
if [[ -z "$ready" ]]; then
  echo "Azurite did not accept connections on 127.0.0.1:$blob_port within 60 s:" >&2
  cat "$log" >&2
  exit 1
fi

# Azurite's fixed development account key: public, it opens nothing but the emulator.
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
account="devstoreaccount1"
export PROBES_AZURITE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;\
BlobEndpoint=http://127.0.0.1:$blob_port/$account;QueueEndpoint=http://127.0.0.1:$queue_port/$account;\
TableEndpoint=http://127.0.0.1:$table_port/$account;"

set +e
dotnet test Probes.sln "$@"
status=$?
set -e
exit "$status"
