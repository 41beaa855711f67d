#!/usr/bin/env bash
# Takes a plain, running Payara Server 6 domain to production for Jinguo:
#   1. adds the MySQL Connector/J driver to the domain (restarts the domain once if it was missing),
#   2. creates the JDBC connection pool `jinguo-pool` (validated, sized) and the resource `jdbc/jinguo`
#      from environment variables; the password goes into a password alias, never into domain.xml,
#   3. sets the application's settings as system properties (MicroProfile Config reads them; they can
#      be changed later in the admin console under Configurations > server-config > System Properties),
#   4. deploys the WAR at / when a path to it is given.
# Every step can run again: existing pool, resource, alias and properties are replaced.
#
# Usage: PAYARA_HOME=/opt/payara6 MYSQL_DRIVER=/path/mysql-connector-j.jar \
#        JINGUO_DB_HOST=db JINGUO_DB_NAME=jinguo JINGUO_DB_USER=jinguo JINGUO_DB_PASSWORD=secret \
#        server-config/configure.sh [path/to/jinguo.war]
set -euo pipefail

: "${PAYARA_HOME:?set PAYARA_HOME to the Payara installation (the folder holding bin/asadmin)}"
: "${MYSQL_DRIVER:?set MYSQL_DRIVER to the mysql-connector-j jar}"
: "${JINGUO_DB_NAME:?set JINGUO_DB_NAME}"
: "${JINGUO_DB_USER:?set JINGUO_DB_USER}"
: "${JINGUO_DB_PASSWORD:?set JINGUO_DB_PASSWORD (a database user without a password is not for production)}"
[ -f "$MYSQL_DRIVER" ] || { echo "MYSQL_DRIVER: no file at $MYSQL_DRIVER" >&2; exit 2; }
JINGUO_DB_HOST=${JINGUO_DB_HOST:-127.0.0.1}
JINGUO_DB_PORT=${JINGUO_DB_PORT:-3306}
JINGUO_POOL_STEADY=${JINGUO_POOL_STEADY:-8}
JINGUO_POOL_MAX=${JINGUO_POOL_MAX:-32}
DOMAIN=${PAYARA_DOMAIN:-domain1}
WAR=${1:-}

asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false ${ASADMIN_OPTS:-} "$@"; }
# asadmin property lists separate entries with ':'; escape ':' and '=' inside values.
esc() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }

echo "== driver"
if ! asadmin list-libraries --type common 2>/dev/null | grep -q "$(basename "$MYSQL_DRIVER")"; then
  asadmin add-library --type common "$MYSQL_DRIVER"
  asadmin restart-domain "$DOMAIN"
fi

echo "== connection pool and resource"
asadmin delete-jdbc-resource jdbc/jinguo >/dev/null 2>&1 || true
asadmin delete-jdbc-connection-pool jinguo-pool >/dev/null 2>&1 || true
props="serverName=$(esc "$JINGUO_DB_HOST"):portNumber=$JINGUO_DB_PORT:databaseName=$(esc "$JINGUO_DB_NAME")"
props="$props:user=$(esc "$JINGUO_DB_USER"):useSSL=false:allowPublicKeyRetrieval=true"
props="$props:characterEncoding=UTF-8:connectionCollation=utf8mb4_unicode_ci:serverTimezone=UTC"
pwfile=$(mktemp)
trap 'rm -f "$pwfile"' EXIT
printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$JINGUO_DB_PASSWORD" > "$pwfile"
asadmin delete-password-alias jinguo-db-password >/dev/null 2>&1 || true
asadmin --passwordfile "$pwfile" create-password-alias jinguo-db-password
props="$props:password=\${ALIAS\=jinguo-db-password}"
asadmin create-jdbc-connection-pool \
  --datasourceclassname com.mysql.cj.jdbc.MysqlDataSource --restype javax.sql.DataSource \
  --steadypoolsize "$JINGUO_POOL_STEADY" --maxpoolsize "$JINGUO_POOL_MAX" \
  --isconnectvalidatereq=true --validationmethod custom-validation \
  --validationclassname org.glassfish.api.jdbc.validation.MySQLConnectionValidation \
  --failconnection=true --property "$props" jinguo-pool
asadmin ping-connection-pool jinguo-pool
asadmin create-jdbc-resource --connectionpoolid jinguo-pool jdbc/jinguo

echo "== application settings"
# Only settings that are given are written; the rest keep the defaults listed in the README.
set_property() {
  local value=${!1:-}
  [ -n "$value" ] || return 0
  asadmin delete-system-property "$2" >/dev/null 2>&1 || true
  asadmin create-system-properties "$2=$(esc "$value")"
}
set_property JINGUO_DEMO_DATA jinguo.demo-data
set_property JINGUO_SESSION_TIMEOUT_MINUTES jinguo.session-timeout-minutes
set_property JINGUO_LOCKOUT_ATTEMPTS jinguo.lockout.attempts
set_property JINGUO_LOCKOUT_MINUTES jinguo.lockout.minutes
set_property JINGUO_PASSWORD_MAX_AGE_DAYS jinguo.password.max-age-days
set_property JINGUO_BOOTSTRAP_ADMIN_USERNAME jinguo.bootstrap-admin.username
set_property JINGUO_BOOTSTRAP_ADMIN_PASSWORD jinguo.bootstrap-admin.password

# The key that encrypts ID-card numbers. Given, it is set; otherwise one is generated once and kept
# on later runs. Back it up with the database: without it the encrypted numbers cannot be read.
if [ -n "${JINGUO_CRYPTO_KEY:-}" ]; then
  set_property JINGUO_CRYPTO_KEY jinguo.crypto.key
elif ! asadmin list-system-properties 2>/dev/null | grep -q '^jinguo.crypto.key='; then
  echo "   generating jinguo.crypto.key (back it up: asadmin list-system-properties)"
  JINGUO_CRYPTO_KEY=$(head -c 32 /dev/urandom | base64)
  set_property JINGUO_CRYPTO_KEY jinguo.crypto.key
fi

if [ -n "$WAR" ]; then
  echo "== deploy $WAR"
  asadmin deploy --force=true --name jinguo --contextroot / "$WAR"
fi
echo "== Jinguo configured"
