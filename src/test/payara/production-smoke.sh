#!/usr/bin/env bash
# Takes the Payara unpacked by the integration tests, creates a new domain in it (as a fresh installation has)
# and sets it up exactly as the README's production section says: server-config/configure.sh with a database,
# no demo data and a bootstrap administrator. Checks that the app answers, that the schema is utf8mb4, that the
# administrator must change her password, and that the server is hardened: the admin password set and
# required, the console over HTTPS only and on 127.0.0.1, JMX, IIOP and JMS not on the network, no Server
# header. Uses its own database (jinguo_prod_smoke) and domain (smoke), removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export PAYARA_HOME=$PWD/target/it-payara/payara6
export MYSQL_DRIVER=$PWD/target/it-payara/drivers/mysql-connector-j.jar
export JINGUO_DB_HOST=127.0.0.1 JINGUO_DB_PORT=3306 JINGUO_DB_NAME=jinguo_prod_smoke JINGUO_DB_USER=jinguo_smoke
export JINGUO_DB_PASSWORD='Smoke#2026-db'
# The schema belongs to an owner account; the application's account gets only what the owner grants it.
export JINGUO_DB_OWNER_USER=jinguo_smoke_owner JINGUO_DB_OWNER_PASSWORD='Smoke#2026-owner'
export JINGUO_DEMO_DATA=false JINGUO_BOOTSTRAP_ADMIN_USERNAME=chief JINGUO_BOOTSTRAP_ADMIN_PASSWORD='First#2026-admin'
export JINGUO_ADMIN_PASSWORD='Smoke#2026-payara-admin' PAYARA_DOMAIN=smoke
mysql_cli=$(command -v mariadb || command -v mysql)
asadmin="$PAYARA_HOME/bin/asadmin"
[ -f target/jinguo.war ] && [ -f "$PAYARA_HOME/bin/asadmin" ] && [ -f "$MYSQL_DRIVER" ] \
  || { echo "run 'mvn verify -Pmysql' first: it builds the WAR, unpacks Payara and copies the driver" >&2; exit 2; }

"$mysql_cli" -h 127.0.0.1 -u root <<SQL
DROP DATABASE IF EXISTS jinguo_prod_smoke;
CREATE DATABASE jinguo_prod_smoke CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
DROP USER IF EXISTS 'jinguo_smoke'@'%', 'jinguo_smoke'@'localhost';
DROP USER IF EXISTS 'jinguo_smoke_owner'@'%', 'jinguo_smoke_owner'@'localhost';
CREATE USER 'jinguo_smoke_owner'@'localhost' IDENTIFIED BY '$JINGUO_DB_OWNER_PASSWORD';
CREATE USER 'jinguo_smoke_owner'@'%' IDENTIFIED BY '$JINGUO_DB_OWNER_PASSWORD';
GRANT ALL PRIVILEGES ON jinguo_prod_smoke.* TO 'jinguo_smoke_owner'@'localhost' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON jinguo_prod_smoke.* TO 'jinguo_smoke_owner'@'%' WITH GRANT OPTION;
-- the application's account: read and add; the owner grants it changing and deleting, table by table, at deployment
CREATE USER 'jinguo_smoke'@'localhost' IDENTIFIED BY '$JINGUO_DB_PASSWORD';
CREATE USER 'jinguo_smoke'@'%' IDENTIFIED BY '$JINGUO_DB_PASSWORD';
GRANT SELECT, INSERT ON jinguo_prod_smoke.* TO 'jinguo_smoke'@'localhost', 'jinguo_smoke'@'%';
SQL

printf 'AS_ADMIN_PASSWORD=%s\n' "$JINGUO_ADMIN_PASSWORD" > target/smoke-admin-password
cleanup() {
  bash "$asadmin" --user admin --passwordfile target/smoke-admin-password stop-domain smoke >/dev/null 2>&1 \
    || bash "$asadmin" stop-domain --kill=true smoke >/dev/null 2>&1 || true
  bash "$asadmin" delete-domain smoke >/dev/null 2>&1 || true
}
trap cleanup EXIT
bash "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
cleanup
fail() { echo "production smoke test FAILED: $*" >&2; exit 1; }
# A new domain as a fresh installation has it (no admin password), on the usual ports.
bash "$asadmin" --interactive=false create-domain --nopassword=true smoke >/dev/null
bash "$asadmin" start-domain smoke

# The script refuses to harden with a missing or well-known admin password, before it changes anything.
out=$(JINGUO_ADMIN_PASSWORD= bash server-config/configure.sh 2>&1) && fail "configure.sh ran without an admin password"
[[ $out == *JINGUO_ADMIN_PASSWORD* ]] || fail "no reason given for a missing admin password: $out"
out=$(JINGUO_ADMIN_PASSWORD=adminadmin bash server-config/configure.sh 2>&1) && fail "configure.sh took 'adminadmin'"
[[ $out == *well-known* ]] || fail "no reason given for a default admin password: $out"

bash server-config/configure.sh target/jinguo.war
# A second run (an upgrade) works against the hardened domain.
bash server-config/configure.sh target/jinguo.war >/dev/null

code=$(curl -s -o /tmp/jinguo-login.html -w '%{http_code}' http://localhost:8080/login.xhtml)
[ "$code" = 200 ] || fail "sign-in page answered $code"
grep -q '巾帼服务平台' /tmp/jinguo-login.html || fail "sign-in page lacks the product name"
[ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/organisation/units.xhtml)" = 302 ] \
  || fail "a protected page did not redirect to sign-in"

q() { "$mysql_cli" -h 127.0.0.1 -u root -N -B jinguo_prod_smoke -e "$1"; }
[ "$(q "SELECT COUNT(*) FROM app_user")" = 1 ] || fail "expected exactly the bootstrap administrator"
[ "$(q "SELECT must_change_password FROM app_user WHERE username='chief'")" = 1 ] \
  || fail "the bootstrap administrator must change her password"
[ "$(q "SELECT COUNT(*) FROM org_unit")" = 1 ] || fail "expected only the district unit (no demo data)"
[ "$(q "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='jinguo_prod_smoke' AND table_collation NOT LIKE 'utf8mb4%'")" = 0 ] \
  || fail "tables not in utf8mb4"
[ "$(q "SELECT COUNT(*) FROM audit_entry WHERE action='CREATE' AND record_type='UserAccount' AND actor='system'")" = 1 ] \
  || fail "the bootstrap administrator's creation is not in the audit trail"
# The DBA's append-only triggers: afterwards not even the application's own database user can
# change or delete an entry, while new entries are still written.
"$mysql_cli" -h 127.0.0.1 -u root jinguo_prod_smoke < server-config/audit-append-only.sql
as_app() { "$mysql_cli" -h 127.0.0.1 -u "$JINGUO_DB_USER" -p"$JINGUO_DB_PASSWORD" -N -B jinguo_prod_smoke -e "$1" 2>&1; }
out=$(as_app "UPDATE audit_entry SET detail = 'tampered'" || true)
[[ $out == *denied* || $out == *append-only* ]] || fail "an audit entry could be updated ($out)"
out=$(as_app "DELETE FROM audit_entry" || true)
[[ $out == *denied* || $out == *append-only* ]] || fail "an audit entry could be deleted ($out)"
# The application's account has no privilege beyond reading and adding to the audit trail.
for statement in "TRUNCATE TABLE audit_entry" "DROP TRIGGER audit_entry_no_update" "ALTER TABLE audit_entry ADD COLUMN x INT" \
                 "DROP TABLE audit_entry" "GRANT SELECT ON audit_entry TO CURRENT_USER" "DELETE FROM flyway_schema_history"; do
  out=$(as_app "$statement" || true)
  [[ $out == *denied* || $out == *"ERROR 1"* ]] || fail "the application's account could: $statement ($out)"
done
[ "$(q "SELECT COUNT(*) FROM information_schema.triggers WHERE event_object_table IN ('audit_entry', 'audit_archive')")" = 4 ] \
  || fail "the append-only triggers are gone"
# The archive: the owner may remove an entry only once its copy is in audit_archive; nobody changes the archive;
# the application's account may not even try (no DELETE on either table).
as_owner() { "$mysql_cli" -h 127.0.0.1 -u "$JINGUO_DB_OWNER_USER" -p"$JINGUO_DB_OWNER_PASSWORD" -N -B jinguo_prod_smoke -e "$1" 2>&1; }
oldest=$(q "SELECT MIN(id) FROM audit_entry")
out=$(as_owner "DELETE FROM audit_entry WHERE id = $oldest" || true)
[[ $out == *append-only* ]] || fail "the owner could delete an audit entry that is not archived ($out)"
as_owner "START TRANSACTION;
  INSERT INTO audit_archive (id, occurred_at, action, actor, actor_unit_id, unit_id, unit_path, record_type, record_id,
    client_address, detail, archived_at)
  SELECT id, occurred_at, action, actor, actor_unit_id, unit_id, unit_path, record_type, record_id, client_address, detail,
    NOW(6) FROM audit_entry WHERE id = $oldest;
  DELETE FROM audit_entry WHERE id = $oldest; COMMIT;" || fail "the owner could not move an entry to the archive"
[ "$(q "SELECT COUNT(*) FROM audit_archive WHERE id = $oldest")" = 1 ] && [ "$(q "SELECT COUNT(*) FROM audit_entry WHERE id = $oldest")" = 0 ] \
  || fail "the archived entry is not exactly in the archive"
for statement in "UPDATE audit_archive SET detail = 'tampered'" "DELETE FROM audit_archive"; do
  out=$(as_owner "$statement" || true)
  [[ $out == *append-only* ]] || fail "the archive could be changed by the owner: $statement ($out)"
  out=$(as_app "$statement" || true)
  [[ $out == *denied* || $out == *append-only* ]] || fail "the archive could be changed by the application: $statement ($out)"
done
out=$(as_app "UPDATE app_user SET display_name = display_name WHERE 1 = 0") || fail "the application cannot update its own tables ($out)"
grants=$("$mysql_cli" -h 127.0.0.1 -u root -N -B -e "SHOW GRANTS FOR 'jinguo_smoke'@'%'")
echo "the application's account holds (docs/operations.md, Audit retention):"; sed 's/^/  /' <<<"$grants"
grep -q 'GRANT SELECT, INSERT ON `jinguo_prod_smoke`.\*' <<<"$grants" && ! grep -q 'audit_entry`\|audit_archive`' <<<"$grants" \
  || fail "the application's account has more than SELECT, INSERT on the audit table: $grants"
grep -q 'GRANT UPDATE, DELETE ON `jinguo_prod_smoke`.`app_user`' <<<"$grants" \
  || fail "the owner did not grant the application's account its tables: $grants"
before=$(q "SELECT COUNT(*) FROM audit_entry")
as_app "INSERT INTO audit_entry (occurred_at, action, actor) VALUES (NOW(6), 'EXPORT', 'smoke')"
[ "$(q "SELECT COUNT(*) FROM audit_entry")" = $((before + 1)) ] || fail "new audit entries can no longer be written"
bash "$asadmin" --user admin --passwordfile target/smoke-admin-password list-system-properties | grep -q '^jinguo.crypto.key=' \
  || fail "configure.sh did not set jinguo.crypto.key"
grep -q 'password' "$PAYARA_HOME/glassfish/domains/smoke/config/domain.xml" && \
  grep -q "$JINGUO_DB_PASSWORD" "$PAYARA_HOME/glassfish/domains/smoke/config/domain.xml" \
  && fail "the database password is in domain.xml in plain text"

# The hardened server.
ss -ltn | grep -qE '(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):4848 ' || fail "the admin console is not on 127.0.0.1:4848 ($(ss -ltn | grep 4848))"
for port in 4848 8686 3700 3820 3920 7676; do
  ! ss -ltn | grep -E "(0\.0\.0\.0|\*|\[::\]):$port " >/dev/null || fail "port $port listens on every interface"
done
[ "$(curl -s -o /dev/null -w '%{http_code}' -k https://127.0.0.1:4848/management/domain)" = 401 ] \
  || fail "the admin REST interface answered without a password"
[ "$(curl -s -o /dev/null -w '%{http_code}' -k -u admin:adminadmin https://127.0.0.1:4848/management/domain)" = 401 ] \
  || fail "the admin REST interface took a default password"
[ "$(curl -s -o /dev/null -w '%{http_code}' -k -u "admin:$JINGUO_ADMIN_PASSWORD" -H 'Accept: application/json' https://127.0.0.1:4848/management/domain)" = 200 ] \
  || fail "the admin REST interface refused the configured password"
[ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:4848/management/domain)" != 200 ] \
  || fail "the admin interface answers over plain HTTP"
headers=$(curl -s -D - -o /dev/null http://localhost:8080/login.xhtml)
! grep -qi '^Server:\|^X-Powered-By:' <<<"$headers" || fail "the server names itself: $headers"
# behind a proxy that ended HTTPS: signing in gives a Secure cookie, every answer HSTS
headers=$(curl -s -D - -o /dev/null -H 'X-Forwarded-Proto: https' http://localhost:8080/login.xhtml \
  --data 'loginForm=loginForm&loginForm%3Ausername=chief&loginForm%3Apassword=First%232026-admin&loginForm%3AsignIn=&jakarta.faces.ViewState=stateless')
grep -qi '^Strict-Transport-Security:' <<<"$headers" || fail "no HSTS behind an HTTPS proxy: $headers"
grep -i '^Set-Cookie:' <<<"$headers" | grep -qi 'secure' || fail "no Secure cookie behind an HTTPS proxy: $headers"
# Health and metrics on the monitoring port (server-config/monitoring.sh), without signing in, revealing nothing.
ss -ltn | grep -qE '(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):8081 ' || fail "the monitoring port is not on 127.0.0.1:8081 ($(ss -ltn | grep 8081))"
ready=$(curl -s -w ' %{http_code}' http://127.0.0.1:8081/health/ready)
[[ $ready == *'"name":"jinguo","status":"UP"'*' 200' ]] || fail "not ready: $ready"
[[ $ready == *'"database":"UP"'* && $ready == *'"key":"FITS"'* && $ready == *'"schema":"MIGRATED"'* ]] || fail "readiness: $ready"
for secret in jdbc password 3306 jinguo_smoke "$JINGUO_DB_HOST"; do
  [[ $ready != *"$secret"* ]] || fail "the health answer names $secret: $ready"
done
[[ $(curl -s -w ' %{http_code}' http://127.0.0.1:8081/health/live) == *'"name":"jinguo-live","status":"UP"'*' 200' ]] || fail "not live"
[ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/health/ready)" != 200 ] || fail "health answers on the users' port"
metrics=$(curl -s 'http://127.0.0.1:8081/metrics?scope=application')
grep -qE '^jinguo_sign_ins_total\{[^}]*outcome="success"[^}]*\} [1-9]' <<<"$metrics" || fail "no sign-in counted: $metrics"
grep -qE '^jinguo_requests_total\{[^}]*area="home"' <<<"$metrics" || fail "no request counted: $metrics"
curl -s 'http://127.0.0.1:8081/metrics?scope=vendor' | grep -q '^connection_pool_jinguo_pool_usedConnection' \
  || fail "the pool's connections in use are not among the vendor metrics"
echo "production smoke test passed: app answers, health and metrics on 127.0.0.1:8081, schema utf8mb4, bootstrap administrator must change her password, audited, append-only in the database; crypto key set; admin password required, console HTTPS-only on 127.0.0.1, JMX/IIOP/JMS off the network, no Server header, HSTS and Secure cookie behind HTTPS"
