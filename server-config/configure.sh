#!/usr/bin/env bash
# Takes a plain, running Payara Server 6 domain to production for Jinguo:
#   1. adds the MySQL Connector/J driver to the domain (restarts the domain once if it was missing),
#   2. creates the JDBC connection pool `jinguo-pool` (validated, sized) and the resource `jdbc/jinguo`
#      from environment variables; the password goes into a password alias, never into domain.xml,
#   3. sets the application's settings as system properties (MicroProfile Config reads them; they can
#      be changed later in the admin console under Configurations > server-config > System Properties),
#   4. hardens the server: the admin password from JINGUO_ADMIN_PASSWORD (refused if missing, short or a known
#      default), secure admin (the console and asadmin over HTTPS only), the console on 127.0.0.1 unless
#      JINGUO_ADMIN_ADDRESS says otherwise, JMX and IIOP on 127.0.0.1 only, the JMS broker off, no Server or
#      X-Powered-By header, X-Forwarded-Proto honoured (HTTPS behind a proxy gives Secure cookies and HSTS),
#      rotated logs kept for 30 files,
#   5. deploys the WAR at / when a path to it is given.
# Every step can run again: existing pool, resource, alias and properties are replaced.
#
# Usage: PAYARA_HOME=/opt/payara6 MYSQL_DRIVER=/path/mysql-connector-j.jar JINGUO_ADMIN_PASSWORD=... \
#        JINGUO_DB_HOST=db JINGUO_DB_NAME=jinguo JINGUO_DB_USER=jinguo JINGUO_DB_PASSWORD=secret \
#        server-config/configure.sh [path/to/jinguo.war]
# The admin password is changed from the domain's current one: ASADMIN_OPTS may name a password file holding
# it (AS_ADMIN_PASSWORD=...), as the Docker image's entrypoint does; a new domain's empty one is tried too.
set -euo pipefail

: "${PAYARA_HOME:?set PAYARA_HOME to the Payara installation (the folder holding bin/asadmin)}"
: "${MYSQL_DRIVER:?set MYSQL_DRIVER to the mysql-connector-j jar}"
: "${JINGUO_DB_NAME:?set JINGUO_DB_NAME}"
: "${JINGUO_DB_USER:?set JINGUO_DB_USER}"
: "${JINGUO_DB_PASSWORD:?set JINGUO_DB_PASSWORD (a database user without a password is not for production)}"
# JINGUO_SERVER_HARDENING=skip leaves the server as it is: for the integration tests' throw-away domain only.
HARDEN=${JINGUO_SERVER_HARDENING:-yes}
if [ "$HARDEN" = skip ]; then JINGUO_ADMIN_PASSWORD=${JINGUO_ADMIN_PASSWORD:-unused-in-a-test-domain}; fi
: "${JINGUO_ADMIN_PASSWORD:?set JINGUO_ADMIN_PASSWORD, the Payara administrator password this script gives the domain}"
case "$(printf '%s' "$JINGUO_ADMIN_PASSWORD" | tr '[:upper:]' '[:lower:]')" in
  admin|adminadmin|changeit|change-me|change-me-too|password|payara|glassfish|jinguo|secret)
    echo "JINGUO_ADMIN_PASSWORD is a well-known default; choose another" >&2; exit 2 ;;
esac
[ ${#JINGUO_ADMIN_PASSWORD} -ge 12 ] || { echo "JINGUO_ADMIN_PASSWORD: at least 12 characters" >&2; exit 2; }
case "$JINGUO_DB_PASSWORD" in
  change-me|change-me-too|jinguo|password|secret) echo "JINGUO_DB_PASSWORD is a well-known default" >&2; exit 2 ;;
esac
[ -f "$MYSQL_DRIVER" ] || { echo "MYSQL_DRIVER: no file at $MYSQL_DRIVER" >&2; exit 2; }
JINGUO_DB_HOST=${JINGUO_DB_HOST:-127.0.0.1}
JINGUO_DB_PORT=${JINGUO_DB_PORT:-3306}
JINGUO_POOL_STEADY=${JINGUO_POOL_STEADY:-8}
JINGUO_POOL_MAX=${JINGUO_POOL_MAX:-32}
DOMAIN=${PAYARA_DOMAIN:-domain1}
WAR=${1:-}

asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false ${ASADMIN_OPTS:-} "$@"; }
# A restart loads the deployed application again, and it may still be loading when asadmin returns: a deploy
# racing that load broke the web container until the next restart ("zip file closed"). When this run deploys a
# new WAR, the old one is undeployed first (the deploy below would replace it anyway), so the restart has
# nothing to load. The data stays in the database; the application's settings are system properties.
restart_domain() {
  if [ -n "$WAR" ] && asadmin list-applications 2>/dev/null | grep -q '^jinguo '; then
    asadmin undeploy jinguo
  fi
  asadmin restart-domain "$DOMAIN"
}
pwfile=$(mktemp)
admin_pw=$(mktemp)
trap 'rm -f "$pwfile" "$admin_pw"' EXIT
printf 'AS_ADMIN_PASSWORD=%s\n' "$JINGUO_ADMIN_PASSWORD" > "$admin_pw"
# On a later run the domain already has the password given (and maybe no longer the one in ASADMIN_OPTS).
initial_opts=${ASADMIN_OPTS:-}
current_file=$(printf '%s' "$initial_opts" | sed -n 's/.*--passwordfile[ =]\([^ ]*\).*/\1/p')
current=$( [ -n "$current_file" ] && sed -n 's/^AS_ADMIN_PASSWORD=//p' "$current_file" || true)
if [ "$HARDEN" != skip ] && "$PAYARA_HOME/bin/asadmin" --interactive=false --user admin --passwordfile "$admin_pw" list-system-properties >/dev/null 2>&1; then
  ASADMIN_OPTS="--user admin --passwordfile $admin_pw"
  current=$JINGUO_ADMIN_PASSWORD
fi
# asadmin with a password file of its own (a password alias), still signed in as the administrator
asadmin_with() { local file=$1; shift; "$PAYARA_HOME/bin/asadmin" --interactive=false --user admin --passwordfile "$file" "$@"; }
# create_pool NAME RESOURCE USER PASSWORD ALIAS STEADY MAX: a validated MySQL pool and its resource; the
# password goes into a password alias, never into domain.xml
create_pool() {
  local name=$1 resource=$2 user=$3 password=$4 alias=$5 steady=$6 max=$7
  asadmin delete-jdbc-resource "$resource" >/dev/null 2>&1 || true
  asadmin delete-jdbc-connection-pool "$name" >/dev/null 2>&1 || true
  local props="serverName=$(esc "$JINGUO_DB_HOST"):portNumber=$JINGUO_DB_PORT:databaseName=$(esc "$JINGUO_DB_NAME")"
  props="$props:user=$(esc "$user"):useSSL=false:allowPublicKeyRetrieval=true"
  props="$props:characterEncoding=UTF-8:connectionCollation=utf8mb4_unicode_ci:serverTimezone=UTC"
  printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_ALIASPASSWORD=%s\n' "$current" "$password" > "$pwfile"
  asadmin delete-password-alias "$alias" >/dev/null 2>&1 || true
  asadmin_with "$pwfile" create-password-alias "$alias"
  props="$props:password=\${ALIAS\=$alias}"
  asadmin create-jdbc-connection-pool \
    --datasourceclassname com.mysql.cj.jdbc.MysqlDataSource --restype javax.sql.DataSource \
    --steadypoolsize "$steady" --maxpoolsize "$max" \
    --isconnectvalidatereq=true --validationmethod custom-validation \
    --validationclassname org.glassfish.api.jdbc.validation.MySQLConnectionValidation \
    --failconnection=true --property "$props" "$name"
  asadmin ping-connection-pool "$name"
  asadmin create-jdbc-resource --connectionpoolid "$name" "$resource"
}
# asadmin property lists separate entries with ':'; escape ':' and '=' inside values.
esc() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }

echo "== driver"
if ! asadmin list-libraries --type common 2>/dev/null | grep -q "$(basename "$MYSQL_DRIVER")"; then
  asadmin add-library --type common "$MYSQL_DRIVER"
  restart_domain
fi

echo "== connection pools and resources"
create_pool jinguo-pool jdbc/jinguo "$JINGUO_DB_USER" "$JINGUO_DB_PASSWORD" jinguo-db-password \
  "$JINGUO_POOL_STEADY" "$JINGUO_POOL_MAX"
# The schema's owner, when it is an account of its own: the application migrates the schema as the owner and
# has the owner grant the application's account only what it needs (the audit trail: read and add, no more).
if [ -n "${JINGUO_DB_OWNER_USER:-}" ]; then
  : "${JINGUO_DB_OWNER_PASSWORD:?set JINGUO_DB_OWNER_PASSWORD for JINGUO_DB_OWNER_USER}"
  create_pool jinguo-owner-pool jdbc/jinguo-owner "$JINGUO_DB_OWNER_USER" "$JINGUO_DB_OWNER_PASSWORD" \
    jinguo-db-owner-password 0 2
else
  asadmin delete-jdbc-resource jdbc/jinguo-owner >/dev/null 2>&1 || true
  echo "   no JINGUO_DB_OWNER_USER: the application's own account owns the schema (docs/operations.md, Database accounts)"
fi

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

echo "== mail"
# The Jakarta Mail session notifications go out by (JNDI mail/jinguo, which the application looks up): created when
# JINGUO_MAIL_HOST is given, with its sender, port and STARTTLS; a user name and password, when the server needs one,
# go into the session's properties through a password alias, never into the WAR. Without it mail cannot be chosen.
if [ -n "${JINGUO_MAIL_HOST:-}" ]; then
  asadmin delete-javamail-resource mail/jinguo >/dev/null 2>&1 || true
  mail_props="mail.smtp.port=${JINGUO_MAIL_PORT:-25}:mail.smtp.starttls.enable=${JINGUO_MAIL_STARTTLS:-true}:mail.smtp.connectiontimeout=10000:mail.smtp.timeout=10000"
  if [ -n "${JINGUO_MAIL_USER:-}" ]; then
    : "${JINGUO_MAIL_PASSWORD:?set JINGUO_MAIL_PASSWORD for JINGUO_MAIL_USER}"
    printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_ALIASPASSWORD=%s\n' "$current" "$JINGUO_MAIL_PASSWORD" > "$pwfile"
    asadmin delete-password-alias jinguo-mail-password >/dev/null 2>&1 || true
    asadmin_with "$pwfile" create-password-alias jinguo-mail-password
    mail_props="$mail_props:mail.smtp.auth=true:mail.smtp.user=$(esc "$JINGUO_MAIL_USER"):mail.smtp.password=\${ALIAS\=jinguo-mail-password}"
  fi
  asadmin create-javamail-resource --mailhost "$JINGUO_MAIL_HOST" --mailuser "${JINGUO_MAIL_USER:-jinguo}" \
    --fromaddress "${JINGUO_MAIL_FROM:-jinguo@localhost}" --property "$mail_props" mail/jinguo
else
  echo "   no JINGUO_MAIL_HOST: no mail session; notifications stay in the app and go by SMS (docs/operations.md, Notifications)"
fi
set_property JINGUO_BASE_URL jinguo.base-url

# JINGUO_MONITORING=skip: no monitoring port (the integration tests' domain, where Arquillian deploys to every
# virtual server)
if [ "${JINGUO_MONITORING:-yes}" != skip ]; then
  ASADMIN_OPTS=${ASADMIN_OPTS:-} bash "$(dirname "$0")/monitoring.sh"
fi

if [ "$HARDEN" != skip ]; then
echo "== server hardening"
changed=
if [ "$current" = "$JINGUO_ADMIN_PASSWORD" ]; then
  changed=already
fi
for old in "$current" ""; do
  [ -z "$changed" ] || break
  printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_NEWPASSWORD=%s\n' "$old" "$JINGUO_ADMIN_PASSWORD" > "$pwfile"
  # in the domain's own files (the running server reads them at its next start)
  if "$PAYARA_HOME/bin/asadmin" --interactive=false --user admin --passwordfile "$pwfile" \
       change-admin-password --domain_name "$DOMAIN" >/dev/null 2>&1; then
    changed=yes; break
  fi
done
[ -n "$changed" ] || { echo "could not set the admin password: the current one is not the domain's default, \$JINGUO_ADMIN_PASSWORD or in ASADMIN_OPTS' password file" >&2; exit 2; }
if [ "$changed" = yes ]; then
  "$PAYARA_HOME/bin/asadmin" stop-domain "$DOMAIN"
  "$PAYARA_HOME/bin/asadmin" start-domain "$DOMAIN"
fi
printf 'AS_ADMIN_PASSWORD=%s\n' "$JINGUO_ADMIN_PASSWORD" > "$admin_pw"
ASADMIN_OPTS="--user admin --passwordfile $admin_pw"
current=$JINGUO_ADMIN_PASSWORD
cfg=configs.config.server-config
asadmin set "$cfg.network-config.network-listeners.network-listener.admin-listener.address=${JINGUO_ADMIN_ADDRESS:-127.0.0.1}"
asadmin set "$cfg.network-config.network-listeners.network-listener.http-listener-1.address=${JINGUO_HTTP_ADDRESS:-0.0.0.0}"
asadmin set "$cfg.network-config.network-listeners.network-listener.http-listener-2.address=${JINGUO_HTTP_ADDRESS:-0.0.0.0}"
for listener in http-listener-1 http-listener-2; do
  asadmin set "$cfg.network-config.protocols.protocol.$listener.http.xpowered-by=false" \
    "$cfg.network-config.protocols.protocol.$listener.http.server-header=false" \
    "$cfg.network-config.protocols.protocol.$listener.http.scheme-mapping=X-Forwarded-Proto"
done
asadmin set "$cfg.admin-service.jmx-connector.system.address=127.0.0.1"
for orb in orb-listener-1 SSL SSL_MUTUALAUTH; do
  asadmin set "$cfg.iiop-service.iiop-listener.$orb.address=127.0.0.1"
done
asadmin set "$cfg.jms-service.type=DISABLED"
asadmin set-log-attributes \
  com.sun.enterprise.server.logging.GFFileHandler.maxHistoryFiles=30:fish.payara.enterprise.server.logging.PayaraNotificationFileHandler.maxHistoryFiles=30
if ! asadmin get secure-admin.enabled 2>/dev/null | grep -q '=true'; then
  asadmin enable-secure-admin
fi
restart_domain # the listeners' addresses and secure admin take effect at a restart
fi

# JINGUO_GRID_MEMBERS (e.g. app1:6900,app2:6900): this server is one of several standalone servers, each its own
# domain (containers: docker/compose.yaml), that share the users' sessions. Its Data Grid joins those members by TCP,
# and the application is deployed with availability: each session is stored in the grid after every request, and the
# other servers carry on with it when this one is gone. (Several instances of one domain: deployment-group.sh.)
availability=
if [ -n "${JINGUO_GRID_MEMBERS:-}" ]; then
  echo "== Data Grid with $JINGUO_GRID_MEMBERS, sessions replicated"
  asadmin set-hazelcast-configuration --enabled=true --dynamic=false --clustermode tcpip \
    --tcpipmembers "$JINGUO_GRID_MEMBERS" --clustername "${JINGUO_GRID_NAME:-jinguo}" --startport "${JINGUO_GRID_PORT:-6900}"
  cfg=configs.config.server-config
  asadmin set "$cfg.availability-service.availability-enabled=true" \
    "$cfg.availability-service.web-container-availability.availability-enabled=true" \
    "$cfg.availability-service.web-container-availability.persistence-type=hazelcast" \
    "$cfg.availability-service.web-container-availability.persistence-frequency=web-method" \
    "$cfg.availability-service.web-container-availability.persistence-scope=session"
  availability=--availabilityenabled=true
fi

if [ -n "$WAR" ]; then
  echo "== deploy $WAR"
  # right after a restart the web container may still be starting: one more try after a pause
  # on the users' virtual server only: the monitoring port (monitoring.sh) serves health and metrics, not the app
  asadmin deploy --force=true --name jinguo --contextroot / --virtualservers server $availability "$WAR" \
    || { sleep 15; asadmin deploy --force=true --name jinguo --contextroot / --virtualservers server $availability "$WAR"; }
fi
echo "== Jinguo configured"
