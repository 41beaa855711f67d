#!/usr/bin/env bash
# The operations drills of docs/operations.md, on a Payara domain of their own ("drill") and the local MariaDB:
#  1. upgrade: the previous release (the newest tag v0.* before HEAD) with its demo data, on H2 and on MariaDB, is
#     upgraded to this WAR; every row of every table of the old schema must still be there, field by field, and
#     every encrypted value must still decrypt under the key;
#  2. database outage: under steady sign-ins, reads and writes, MariaDB is stopped for 20 s and started again
#     (testsupport/drill/OutageDrill): 503 page while down, readiness down, recovery without a restart, every
#     confirmed write in the database and none half-done;
#  3. backup and restore: server-config/backup.sh while the application runs, restore.sh into a new database,
#     every table compared row by row.
# Figures go to target/drill/report.md. Needs `mvn verify -Pmysql` first (WAR, test classes, Payara, driver).
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
export PAYARA_HOME=$root/target/it-payara/payara6
export MYSQL_DRIVER=$root/target/it-payara/drivers/mysql-connector-j.jar
h2_jar=$PAYARA_HOME/h2db/bin/h2.jar
mysql_cli=$(command -v mariadb || command -v mysql)
asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"; }
drill=$root/target/drill
report=$drill/report.md
cp_tools="$root/target/test-classes:$h2_jar:$MYSQL_DRIVER"
fail() { echo "drill FAILED: $*" >&2; exit 1; }
q() { "$mysql_cli" -h 127.0.0.1 -u root -N -B "$@"; }
[ -f target/jinguo.war ] && [ -d target/test-classes ] && [ -f "$MYSQL_DRIVER" ] || fail "run 'mvn verify -Pmysql' first"
rm -rf "$drill"; mkdir -p "$drill"
echo "# Operations drills ($(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores)" > "$report"

# The previous release: its tag, or the commit before this work when tags did not travel with the checkout.
previous=$(git describe --tags --abbrev=0 --match 'v0.*' HEAD^ 2>/dev/null || echo 1d2f2a8)
echo "== building the previous release $previous"
mkdir -p "$drill/previous"
git archive "$previous" | tar -x -C "$drill/previous"
# offline first: the current build has fetched what an earlier release needs, unless it dropped a dependency since
(cd "$drill/previous" && { mvn -B -ntp -q -o package -Dmaven.test.skip=true || mvn -B -ntp -q package -Dmaven.test.skip=true; }) \
  || fail "the previous release does not build"
previous_war=$drill/previous/target/jinguo.war

cleanup() {
  asadmin stop-domain drill >/dev/null 2>&1 || true
  if [ -d "$PAYARA_HOME/glassfish/domains/drill/logs" ]; then
    rm -rf "$drill/server-logs"; cp -r "$PAYARA_HOME/glassfish/domains/drill/logs" "$drill/server-logs"
  fi
  asadmin delete-domain drill >/dev/null 2>&1 || true
  q -e "DROP DATABASE IF EXISTS jinguo_drill; DROP DATABASE IF EXISTS jinguo_drill_restored" >/dev/null 2>&1 || true
}
trap cleanup EXIT
asadmin stop-domain domain1 >/dev/null 2>&1 || true
cleanup
asadmin create-domain --nopassword=true drill >/dev/null
asadmin start-domain drill >/dev/null
bash server-config/monitoring.sh >/dev/null
# no brakes on sign-ins and public forms from this one address: the outage drill sends many
asadmin create-system-properties jinguo.demo-data=true:jinguo.throttle.sign-in-failures=0:jinguo.throttle.public-forms=0 >/dev/null

wait_ready() { # the application answers and says it is ready
  for _ in $(seq 1 90); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8081/health/ready)" = 200 ] && return 0
    sleep 2
  done
  curl -s http://localhost:8081/health/ready; fail "the application did not become ready"
}
signs_in() { # the district's administrator signs in and opens a few pages that decrypt and count
  local jar=$drill/cookies
  rm -f "$jar"
  curl -s -c "$jar" -b "$jar" -o /dev/null http://localhost:8080/login.xhtml
  local code
  code=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' http://localhost:8080/login.xhtml \
    --data 'loginForm=loginForm&loginForm%3Ausername=district&loginForm%3Apassword=Jinguo%402026&loginForm%3AsignIn=&jakarta.faces.ViewState=stateless')
  [ "$code" = 302 ] || fail "the district could not sign in after the upgrade ($code)"
  for page in /index.xhtml /volunteer/volunteers.xhtml /bridge/orders.xhtml /cockpit/index.xhtml; do
    code=$(curl -s -c "$jar" -b "$jar" -o "$drill/page.html" -w '%{http_code}' "http://localhost:8080$page")
    [ "$code" = 200 ] || fail "$page answered $code after the upgrade"
  done
}
compare() { # every row of the old snapshot is in the new one, unchanged in the old columns
  local before=$1 after=$2 name=$3 missing=0 tables=0 rows=0
  for f in "$before"/*.tsv; do
    t=$(basename "$f")
    [ -f "$after/$t" ] || fail "$name: table ${t%.tsv} is gone"
    lost=$(comm -23 <(tail -n +2 "$f" | sort) <(tail -n +2 "$after/$t" | sort) | wc -l)
    [ "$lost" = 0 ] || { echo "$name: ${t%.tsv} lost or changed $lost rows:"; comm -23 <(tail -n +2 "$f" | sort) <(tail -n +2 "$after/$t" | sort) | head -3 | cut -c1-300; }
    missing=$((missing + lost)); tables=$((tables + 1)); rows=$((rows + $(tail -n +2 "$f" | wc -l)))
  done
  [ "$missing" = 0 ] || fail "$name: $missing rows lost or changed"
  echo "- $name: $tables tables, $rows rows of the previous release compared field by field: all there, unchanged; $(cat "$after/decrypt.txt")" | tee -a "$report"
}

echo "== upgrade on H2: $previous -> this WAR"
echo "## Upgrade from $previous" >> "$report"
# AUTO_SERVER: the snapshot tool opens the file while the server holds it (no restarts)
h2_url="jdbc:h2:$drill/h2/jinguo;MODE=LEGACY;AUTO_SERVER=TRUE"
asadmin create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource \
  --property "url=jdbc\\:h2\\:$drill/h2/jinguo;MODE\\=LEGACY;AUTO_SERVER\\=TRUE:user=sa:password=sa" jinguo-pool >/dev/null
asadmin create-jdbc-resource --connectionpoolid jinguo-pool jdbc/jinguo >/dev/null
asadmin deploy --name jinguo --contextroot / --virtualservers server "$previous_war" >/dev/null
curl -sf -o /dev/null http://localhost:8080/login.xhtml || fail "the previous release does not answer on H2"
asadmin undeploy jinguo >/dev/null   # nothing writes while the snapshot is taken
java -cp "$cp_tools" org.jinguo.testsupport.drill.DbSnapshot "$h2_url" sa sa "$drill/h2-before"
t0=$(date +%s)
asadmin deploy --name jinguo --contextroot / --virtualservers server target/jinguo.war >/dev/null
wait_ready
echo "- H2: deployment of the new WAR with its migrations took $(( $(date +%s) - t0 )) s" >> "$report"
# before anyone signs in (a sign-in rightly changes her account's row)
java -cp "$cp_tools" org.jinguo.testsupport.drill.DbSnapshot "$h2_url" sa sa "$drill/h2-after" \
  --columns-from "$drill/h2-before" --key "ZGVtby1vbmx5IGppbmd1byBrZXksIG5vdCBwcm9kISE=" || fail "H2: encrypted values do not decrypt"
compare "$drill/h2-before" "$drill/h2-after" "H2"
signs_in
asadmin undeploy jinguo >/dev/null

echo "== upgrade on MariaDB: $previous -> this WAR, by server-config/configure.sh as an administrator would"
asadmin delete-jdbc-resource jdbc/jinguo >/dev/null
asadmin delete-jdbc-connection-pool jinguo-pool >/dev/null
export JINGUO_DB_HOST=127.0.0.1 JINGUO_DB_PORT=3306 JINGUO_DB_NAME=jinguo_drill JINGUO_DB_USER=jinguo_drill
export JINGUO_DB_PASSWORD='Drill#2026-db' JINGUO_SERVER_HARDENING=skip JINGUO_DEMO_DATA=true
export PAYARA_DOMAIN=drill   # configure.sh restarts this domain when it adds the driver
export JINGUO_CRYPTO_KEY=$(head -c 32 /dev/urandom | base64)
bash src/test/payara/create-database.sh jinguo_drill jinguo_drill "$JINGUO_DB_PASSWORD"
bash server-config/configure.sh "$previous_war" >/dev/null
curl -sf -o /dev/null http://localhost:8080/login.xhtml || fail "the previous release does not answer on MariaDB"
asadmin undeploy jinguo >/dev/null   # nothing writes while the snapshot is taken
my_url="jdbc:mysql://127.0.0.1:3306/jinguo_drill"
java -cp "$cp_tools" org.jinguo.testsupport.drill.DbSnapshot "$my_url" root "" "$drill/my-before"
t0=$(date +%s)
bash server-config/configure.sh target/jinguo.war >/dev/null
wait_ready
echo "- MariaDB: configure.sh with the new WAR, migrations included, took $(( $(date +%s) - t0 )) s" >> "$report"
java -cp "$cp_tools" org.jinguo.testsupport.drill.DbSnapshot "$my_url" root "" "$drill/my-after" \
  --columns-from "$drill/my-before" --key "$JINGUO_CRYPTO_KEY" || fail "MariaDB: encrypted values do not decrypt"
compare "$drill/my-before" "$drill/my-after" "MariaDB"
signs_in

echo "== database outage: MariaDB stopped for 20 s under load"
echo "## Database outage (MariaDB stopped 20 s under load)" >> "$report"
orders_before=$(q jinguo_drill -e "SELECT COUNT(*) FROM bridge_order")
stop_db="mysqladmin -h 127.0.0.1 -u root shutdown; while $mysql_cli -h 127.0.0.1 -u root -e 'SELECT 1' >/dev/null 2>&1; do sleep 0.2; done"
start_db="start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd; until $mysql_cli -h 127.0.0.1 -u root -e 'SELECT 1' >/dev/null 2>&1; do sleep 0.2; done"
java -cp "$cp_tools" org.jinguo.testsupport.drill.OutageDrill http://localhost:8080 http://127.0.0.1:8081/health/ready 20 20 40 "$stop_db" "$start_db" \
  "$drill/confirmed.txt" "$drill/outage.txt" || { cat "$drill/outage.txt" >> "$report"; fail "the outage drill"; }
sed 's/^/- /' "$drill/outage.txt" >> "$report"
confirmed=$(wc -l < "$drill/confirmed.txt")
numbers=$(sed "s/.*/'&'/" "$drill/confirmed.txt" | paste -sd,)
found=$(q jinguo_drill -e "SELECT COUNT(*) FROM bridge_order WHERE order_no IN ($numbers)")
[ "$found" = "$confirmed" ] || fail "$confirmed needs confirmed to users, $found in the database"
half=$(q jinguo_drill -e "SELECT COUNT(*) FROM bridge_order o WHERE NOT EXISTS (SELECT 1 FROM audit_entry a
  WHERE a.record_type = 'BridgeOrder' AND a.record_id = o.id AND a.action = 'CREATE')")
[ "$half" = 0 ] || fail "$half needs without their audit entry: a write half done"
echo "- writes found in the database: $found of $confirmed confirmed (needs now $(q jinguo_drill -e "SELECT COUNT(*) FROM bridge_order"), before $orders_before); half-done writes (a need without its audit entry): $half" | tee -a "$report"

metrics=$(curl -s 'http://127.0.0.1:8081/metrics?scope=application')
grep -qE '^jinguo_records_created_total\{[^}]*type="BridgeOrder"[^}]*\} [1-9]' <<<"$metrics" || fail "the needs raised are not counted: $metrics"
grep -qE '^jinguo_request_errors_total\{[^}]*kind="outage"' <<<"$metrics" || fail "the outage's failed requests are not counted"
echo "- metrics counted: $(grep -E '^jinguo_(requests|request_errors|sign_ins)_total' <<<"$metrics" | awk '{s[$1 ~ /errors/ ? "errors" : ($1 ~ /sign_ins/ ? "sign-ins" : "requests")] += $2} END {for (k in s) printf "%s %d; ", k, s[k]}')" | tee -a "$report"

echo "== backup, restore into a new database, compare"
echo "## Backup and restore" >> "$report"
# a backup taken while users work is consistent too (one transaction's snapshot); here the application stops first,
# so that the original stays as the backup saw it and the two can be compared row by row
asadmin undeploy jinguo >/dev/null
t0=$(date +%s)
JINGUO_DB_NAME=jinguo_drill bash server-config/backup.sh "$drill/backup.sql.gz"
t1=$(date +%s)
bash server-config/restore.sh "$drill/backup.sql.gz" jinguo_drill_restored
t2=$(date +%s)
java -cp "$cp_tools" org.jinguo.testsupport.drill.DbSnapshot "$my_url" root "" "$drill/bk-original" --key "$JINGUO_CRYPTO_KEY"
java -cp "$cp_tools" org.jinguo.testsupport.drill.DbSnapshot "jdbc:mysql://127.0.0.1:3306/jinguo_drill_restored" root "" \
  "$drill/bk-restored" --key "$JINGUO_CRYPTO_KEY"
diff -rq "$drill/bk-original" "$drill/bk-restored" || fail "the restored database differs from the original"
triggers=$(q -e "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = 'jinguo_drill_restored'")
triggers_before=$(q -e "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = 'jinguo_drill'")
[ "$triggers" = "$triggers_before" ] || fail "triggers: $triggers_before in the original, $triggers restored"
echo "- backup $(du -h "$drill/backup.sql.gz" | cut -f1) in $((t1 - t0)) s, restore in $((t2 - t1)) s; $(wc -l < "$drill/bk-original/counts.txt") tables, $(awk -F'\t' '{s+=$2} END {print s}' "$drill/bk-original/counts.txt") rows identical row by row; $(cat "$drill/bk-restored/decrypt.txt")" | tee -a "$report"
# the outage and the public form's phone numbers left no personal data in the log
bash src/test/payara/check-server-log.sh "$PAYARA_HOME/glassfish/domains/drill/logs" | tee -a "$report"
echo "operations drills passed: $report"
