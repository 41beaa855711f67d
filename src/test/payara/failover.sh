#!/usr/bin/env bash
# The failover drill of docs/scaling.md: a domain of its own ("group") whose administration server runs a deployment
# group of two instances made by server-config/deployment-group.sh on the local MariaDB (set up by configure.sh),
# Debian's nginx in front with server-config/nginx/jinguo.conf; then testsupport/drill/FailoverDrill: users signed
# in through nginx keep working, the instance holding one user's session is killed (kill -9), and her next requests
# must succeed on the other instance, still signed in, her half-done search still in her page; no confirmed write may
# be missing from the database. Figures go to target/drill/failover.md. Needs `mvn verify -Pmysql` first.
#   failover.sh          the drill
#   failover.sh kill 127.0.0.1:28080    kills the instance behind that address (the drill calls it)
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
export PAYARA_HOME=$root/target/it-payara/payara6
portbase=28000
if [ "${1:-}" = kill ]; then
  port=${2##*:}
  instance=jinguo-$(( (port - portbase - 80) / 1000 + 1 ))
  pkill -9 -f -- "-instancename $instance( |$)"
  # dead: the process gone and its port closed (a connection the dying process still accepts is then cut, and
  # counts for nginx as a request sent)
  for _ in $(seq 1 50); do
    if ! pgrep -f -- "-instancename $instance( |$)" >/dev/null && ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      break
    fi
    sleep 0.1
  done
  echo "killed $instance (kill -9), the instance behind $2"
  exit 0
fi
export MYSQL_DRIVER=$root/target/it-payara/drivers/mysql-connector-j.jar
mysql_cli=$(command -v mariadb || command -v mysql)
asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"; }
q() { "$mysql_cli" -h 127.0.0.1 -u root -N -B "$@"; }
drill=$root/target/drill
nginx_dir=$drill/nginx
report=$drill/failover.md
fail() { echo "failover drill FAILED: $*" >&2; exit 1; }
[ -f target/jinguo.war ] && [ -d target/test-classes ] && [ -f "$MYSQL_DRIVER" ] || fail "run 'mvn verify -Pmysql' first"
mkdir -p "$drill"

cleanup() {
  bash src/test/payara/group-teardown.sh group "$drill/group-logs" "$nginx_dir"
  q -e "DROP DATABASE IF EXISTS jinguo_group" >/dev/null 2>&1 || true
}
# FAILOVER_KEEP=1 leaves the domain, the instances and nginx running afterwards (to look at them)
[ "${FAILOVER_KEEP:-}" = 1 ] || trap cleanup EXIT
asadmin stop-domain domain1 >/dev/null 2>&1 || true
cleanup
echo "# Failover drill ($(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores)" > "$report"

echo "== a domain with a deployment group of two instances on MariaDB"
t0=$(date +%s)
asadmin create-domain --nopassword=true group >/dev/null
asadmin start-domain group >/dev/null
export JINGUO_DB_HOST=127.0.0.1 JINGUO_DB_PORT=3306 JINGUO_DB_NAME=jinguo_group JINGUO_DB_USER=jinguo_group
export JINGUO_DB_PASSWORD='Group#2026-db' JINGUO_SERVER_HARDENING=skip JINGUO_MONITORING=skip JINGUO_DEMO_DATA=true
export PAYARA_DOMAIN=group
bash src/test/payara/create-database.sh jinguo_group jinguo_group "$JINGUO_DB_PASSWORD"
bash server-config/configure.sh >/dev/null
# no brakes on sign-ins and public forms from this one address: the drill's users all come from it
asadmin create-system-properties jinguo.throttle.sign-in-failures=0:jinguo.throttle.public-forms=0 >/dev/null
JINGUO_PORTBASE=$portbase bash server-config/deployment-group.sh target/jinguo.war
echo "- two instances (jinguo-1 on $((portbase + 80)), jinguo-2 on $((portbase + 1080))) in deployment group jinguo, deployed, in $(( $(date +%s) - t0 )) s" >> "$report"
users=$(q jinguo_group -e "SELECT COUNT(*) FROM app_user")
runs=$(q jinguo_group -e "SELECT COUNT(*) FROM scheduled_run WHERE job = 'first-data'")
[ "$runs" = 1 ] || fail "the empty database was filled $runs times"
echo "- the empty database was filled once ($users accounts), though both instances started on it at once" >> "$report"

echo "== nginx in front (server-config/nginx/jinguo.conf on port 8090)"
bash src/test/payara/nginx-front.sh start "$nginx_dir" 8090 || fail "nginx in front of the instances"

echo "== the drill: the instance holding a user's session is killed"
echo "## Failover (the instance holding her session killed with kill -9)" >> "$report"
java -cp "$root/target/test-classes" org.jinguo.testsupport.drill.FailoverDrill http://localhost:8090/ 15 25 \
  "bash $root/src/test/payara/failover.sh kill" "$drill/failover-confirmed.txt" "$drill/failover.txt" \
  || { sed 's/^/- /' "$drill/failover.txt" >> "$report"; cat "$report"; fail "the failover drill"; }
sed 's/^/- /' "$drill/failover.txt" >> "$report"
confirmed=$(wc -l < "$drill/failover-confirmed.txt")
numbers=$(sed "s/.*/'&'/" "$drill/failover-confirmed.txt" | paste -sd,)
found=$(q jinguo_group -e "SELECT COUNT(*) FROM bridge_order WHERE order_no IN ($numbers)")
[ "$found" = "$confirmed" ] || fail "$confirmed needs confirmed to users, $found in the database"
echo "- writes found in the database: $found of $confirmed confirmed" | tee -a "$report"
for log in "$PAYARA_HOME"/glassfish/nodes/localhost-group/*/logs; do
  bash src/test/payara/check-server-log.sh "$log" | sed "s|^|- $(basename "$(dirname "$log")"): |" | tee -a "$report"
done
cat "$report"
