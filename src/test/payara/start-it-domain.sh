#!/usr/bin/env bash
# Starts the Payara unpacked into target/ for the integration tests and gives it the `jdbc/jinguo`
# resource: an H2 file database under target/ (default), or MySQL/MariaDB configured by the very
# script production uses (server-config/configure.sh). Arquillian then connects to this domain.
set -euo pipefail
db=${1:-h2}
: "${PAYARA_HOME:?}" "${IT_BASE:?}"
asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"; }

asadmin stop-domain domain1 >/dev/null 2>&1 || true
# A domain left by an earlier run keeps its resources; start from the pristine one each time.
rm -rf "$IT_BASE/db"
# Each run's log on its own: check-server-log.sh reads it afterwards for personal data.
rm -f "$PAYARA_HOME"/glassfish/domains/domain1/logs/server.log*
asadmin start-domain domain1
# The domain may keep what an earlier run (or the production smoke test) gave it: start from scratch.
for app in $(asadmin list-applications --long=false 2>/dev/null | awk '/^jinguo/ {print $1}'); do
  asadmin undeploy "$app" >/dev/null 2>&1 || true
done
asadmin delete-jdbc-resource jdbc/jinguo >/dev/null 2>&1 || true
asadmin delete-jdbc-connection-pool jinguo-pool >/dev/null 2>&1 || true
for key in jinguo.demo-data jinguo.bootstrap-admin.username jinguo.bootstrap-admin.password \
    jinguo.throttle.sign-in-failures jinguo.throttle.public-forms jinguo.session.check; do
  asadmin delete-system-property "$key" >/dev/null 2>&1 || true
done
# Tests sign in with the demo accounts; demo data is on for every test database.
asadmin create-system-properties jinguo.demo-data=true
# Every browser test signs in from this machine: the per-address brakes would stop the suite, not a guesser.
# SignInThrottleIT fills this machine's share to whatever the limit is and checks the 429.
asadmin create-system-properties jinguo.throttle.sign-in-failures=100000:jinguo.throttle.public-forms=100000
# Every page the tests open checks that its session would reach another server (SessionCheckFilter);
# check-server-log.sh fails on what would not.
asadmin create-system-properties jinguo.session.check=true

case "$db" in
  h2)
    asadmin create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource \
      --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 16 \
      --property "url=jdbc\\:h2\\:$IT_BASE/db/jinguo;MODE\\=LEGACY:user=sa:password=sa" jinguo-pool
    asadmin create-jdbc-resource --connectionpoolid jinguo-pool jdbc/jinguo
    ;;
  mysql)
    # The test set-up owns the test database: drop and create it with utf8mb4, with its own user.
    export JINGUO_DB_USER=jinguo_it JINGUO_DB_PASSWORD='It#2026-jinguo' JINGUO_MONITORING=skip
    bash "$(dirname "$0")/create-database.sh" "${JINGUO_DB_NAME:?}" "$JINGUO_DB_USER" "$JINGUO_DB_PASSWORD"
    # the throw-away test domain keeps its open admin port: Arquillian deploys through it
    JINGUO_SERVER_HARDENING=skip bash "$(dirname "$0")/../../../server-config/configure.sh"
    ;;
  *) echo "unknown database '$db' (h2 or mysql)" >&2; exit 2 ;;
esac
asadmin list-jdbc-resources
