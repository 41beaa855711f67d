#!/usr/bin/env bash
# Configures the image's domain1 with server-config/configure.sh (pool, resource, settings, WAR),
# then runs Payara in the foreground. Settings come from the container's environment (compose file).
set -euo pipefail
export PAYARA_HOME=${PAYARA_DIR:-/opt/payara/appserver}
export ASADMIN_OPTS="--user ${ADMIN_USER:-admin} --passwordfile ${PASSWORD_FILE:-/opt/payara/passwordFile}"
asadmin="$PAYARA_HOME/bin/asadmin"
$asadmin $ASADMIN_OPTS start-domain domain1
bash /opt/jinguo/server-config/configure.sh /opt/jinguo/jinguo.war
$asadmin $ASADMIN_OPTS stop-domain domain1
exec $asadmin $ASADMIN_OPTS start-domain --verbose domain1
