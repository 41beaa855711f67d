#!/usr/bin/env bash
# Takes down what a deployment group on this machine was made of, for the failover drill and for the benchmark's run
# against two instances: nginx in front of it, its instances (their logs kept first), its domain and the domain's
# node folder. Safe to call when nothing of it is there.
#   PAYARA_HOME=... group-teardown.sh <domain> <folder for the instances' logs> <nginx's folder>
set -uo pipefail
domain=${1:?usage: group-teardown.sh <domain> <logs folder> <nginx folder>}
logs=${2:?usage: group-teardown.sh <domain> <logs folder> <nginx folder>}
nginx_dir=${3:?usage: group-teardown.sh <domain> <logs folder> <nginx folder>}
: "${PAYARA_HOME:?}"
asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"; }

bash "$(dirname "$0")/nginx-front.sh" stop "$nginx_dir"
nodes="$PAYARA_HOME/glassfish/nodes/localhost-$domain"
if [ -d "$nodes" ]; then
  rm -rf "$logs"; mkdir -p "$logs"
  for log in "$nodes"/*/logs; do
    [ -d "$log" ] && cp -r "$log" "$logs/$(basename "$(dirname "$log")")"
  done
fi
pkill -9 -f -- "-instancename jinguo-" >/dev/null 2>&1 || true
asadmin stop-domain "$domain" >/dev/null 2>&1 || true
asadmin delete-domain "$domain" >/dev/null 2>&1 || true
rm -rf "$nodes"
