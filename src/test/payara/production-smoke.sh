#!/usr/bin/env bash
# Takes the Payara unpacked by the integration tests as a plain server and sets it up exactly as the
# README's production section says: server-config/configure.sh with a database, no demo data and a
# bootstrap administrator. Checks that the app answers, that the schema is utf8mb4 and that the
# administrator must change her password. Uses its own database (jinguo_prod_smoke).
set -euo pipefail
cd "$(dirname "$0")/../../.."
export PAYARA_HOME=$PWD/target/it-payara/payara6
export MYSQL_DRIVER=$PWD/target/it-payara/drivers/mysql-connector-j.jar
export JINGUO_DB_HOST=127.0.0.1 JINGUO_DB_PORT=3306 JINGUO_DB_NAME=jinguo_prod_smoke JINGUO_DB_USER=jinguo_smoke
export JINGUO_DB_PASSWORD='Smoke#2026-db'
export JINGUO_DEMO_DATA=false JINGUO_BOOTSTRAP_ADMIN_USERNAME=chief JINGUO_BOOTSTRAP_ADMIN_PASSWORD='First#2026-admin'
mysql_cli=$(command -v mariadb || command -v mysql)
asadmin="$PAYARA_HOME/bin/asadmin"
[ -f target/jinguo.war ] && [ -f "$PAYARA_HOME/bin/asadmin" ] && [ -f "$MYSQL_DRIVER" ] \
  || { echo "run 'mvn verify -Pmysql' first: it builds the WAR, unpacks Payara and copies the driver" >&2; exit 2; }

"$mysql_cli" -h 127.0.0.1 -u root <<SQL
DROP DATABASE IF EXISTS jinguo_prod_smoke;
CREATE DATABASE jinguo_prod_smoke CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
DROP USER IF EXISTS 'jinguo_smoke'@'%';
DROP USER IF EXISTS 'jinguo_smoke'@'localhost';
CREATE USER 'jinguo_smoke'@'localhost' IDENTIFIED BY '$JINGUO_DB_PASSWORD';
CREATE USER 'jinguo_smoke'@'%' IDENTIFIED BY '$JINGUO_DB_PASSWORD';
GRANT ALL PRIVILEGES ON jinguo_prod_smoke.* TO 'jinguo_smoke'@'localhost';
GRANT ALL PRIVILEGES ON jinguo_prod_smoke.* TO 'jinguo_smoke'@'%';
SQL

cleanup() { bash "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true; }
trap cleanup EXIT
bash "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
# The integration tests left their own settings and resources in this domain; production starts clean.
bash "$asadmin" start-domain domain1
bash "$asadmin" undeploy jinguo >/dev/null 2>&1 || true
bash "$asadmin" delete-system-property jinguo.demo-data >/dev/null 2>&1 || true
bash server-config/configure.sh target/jinguo.war

fail() { echo "production smoke test FAILED: $*" >&2; exit 1; }
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
[[ $out == *append-only* ]] || fail "an audit entry could be updated ($out)"
out=$(as_app "DELETE FROM audit_entry" || true)
[[ $out == *append-only* ]] || fail "an audit entry could be deleted ($out)"
before=$(q "SELECT COUNT(*) FROM audit_entry")
as_app "INSERT INTO audit_entry (occurred_at, action, actor) VALUES (NOW(6), 'EXPORT', 'smoke')"
[ "$(q "SELECT COUNT(*) FROM audit_entry")" = $((before + 1)) ] || fail "new audit entries can no longer be written"
bash "$asadmin" list-system-properties | grep -q '^jinguo.crypto.key=' \
  || fail "configure.sh did not set jinguo.crypto.key"
grep -q 'password' "$PAYARA_HOME/glassfish/domains/domain1/config/domain.xml" && \
  grep -q "$JINGUO_DB_PASSWORD" "$PAYARA_HOME/glassfish/domains/domain1/config/domain.xml" \
  && fail "the database password is in domain.xml in plain text"
echo "production smoke test passed: app answers, schema utf8mb4, bootstrap administrator must change her password, audited, append-only in the database; crypto key set"
