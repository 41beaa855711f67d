#!/usr/bin/env bash
# Configures the image's domain1 with server-config/configure.sh (pools, settings, hardening, WAR), then runs
# Payara in the foreground. Settings come from the container's environment (compose file). The image's own
# admin password (admin) is replaced by JINGUO_ADMIN_PASSWORD on the first start.
set -euo pipefail
: "${JINGUO_ADMIN_PASSWORD:?set JINGUO_ADMIN_PASSWORD}"
export PAYARA_HOME=${PAYARA_DIR:-/opt/payara/appserver}
asadmin="$PAYARA_HOME/bin/asadmin"
$asadmin start-domain domain1
# configure.sh changes the password from the image's (named here) or finds it changed already
export ASADMIN_OPTS="--user ${ADMIN_USER:-admin} --passwordfile ${PASSWORD_FILE:-/opt/payara/passwordFile}"
bash /opt/jinguo/server-config/configure.sh /opt/jinguo/jinguo.war
pw=$(mktemp)
printf 'AS_ADMIN_PASSWORD=%s\n' "$JINGUO_ADMIN_PASSWORD" > "$pw"
$asadmin --user admin --passwordfile "$pw" stop-domain domain1
rm -f "$pw"
exec $asadmin start-domain --verbose domain1
