#!/usr/bin/env bash
# Runs Jinguo on several Payara instances instead of one (docs/scaling.md): on a running, configured domain (after
# server-config/configure.sh, without a WAR), this script
#   1. creates the deployment group JINGUO_GROUP (jinguo) and JINGUO_INSTANCES (2) instances on this machine,
#      jinguo-1, jinguo-2 …, each with its own ports: instance i has the port base JINGUO_PORTBASE + 1000 × (i − 1),
#      HTTP on base + 80 (28080, 29080 …);
#   2. gives each instance what configure.sh gave the administration server: the application's settings (system
#      properties jinguo.*), the listeners' hardening (no Server or X-Powered-By header, X-Forwarded-Proto), and
#      the resources jdbc/jinguo (and jdbc/jinguo-owner, mail/jinguo when they exist), targeted at the group;
#   3. turns on web-session replication through the Data Grid (Hazelcast): availability on, persistence hazelcast,
#      the whole session stored after each request; the application is <distributable/>;
#   4. starts the group and deploys the WAR at / to it, availability enabled.
# A load balancer in front sends each session to one instance (server-config/nginx/jinguo.conf); when that instance
# dies, the next request goes to another one, which reads the session from the Data Grid: no new sign-in, and the
# page's state (view state, view-scoped beans) is there. Every step can run again.
#
# Usage: PAYARA_HOME=/opt/payara6 [ASADMIN_OPTS="--user admin --passwordfile f"] server-config/deployment-group.sh path/to/jinguo.war
set -euo pipefail
: "${PAYARA_HOME:?set PAYARA_HOME to the Payara installation (the folder holding bin/asadmin)}"
WAR=${1:?usage: deployment-group.sh path/to/jinguo.war}
GROUP=${JINGUO_GROUP:-jinguo}
COUNT=${JINGUO_INSTANCES:-2}
PORTBASE=${JINGUO_PORTBASE:-28000}
DOMAIN=${PAYARA_DOMAIN:-domain1}
NODE=${JINGUO_NODE:-localhost-$DOMAIN}
asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false ${ASADMIN_OPTS:-} "$@"; }
esc() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }

echo "== deployment group $GROUP, $COUNT instances"
asadmin list-deployment-groups 2>/dev/null | grep -qx "[[:space:]]*$GROUP" || asadmin create-deployment-group "$GROUP"
# the administration server creates the application's automatic timers when it deploys to the group: in the Data
# Grid, where the instances find them
if ! asadmin get configs.config.server-config.ejb-container.ejb-timer-service.ejb-timer-service 2>/dev/null | grep -q DataGrid; then
  asadmin set configs.config.server-config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid >/dev/null
  asadmin restart-domain "$DOMAIN" >/dev/null
fi
# the settings configure.sh gave the administration server, as name=value lines
settings=$(asadmin list-system-properties server 2>/dev/null | grep '^jinguo\.' || true)
instances=()
for i in $(seq 1 "$COUNT"); do
  name=jinguo-$i
  instances+=("$name")
  if ! asadmin list-instances --long=false 2>/dev/null | grep -q "^$name\b"; then
    asadmin create-instance --node "$NODE" --portbase $((PORTBASE + 1000 * (i - 1))) --checkports=true "$name"
  fi
  # (a second time it says the instance is in the group already)
  asadmin add-instance-to-deployment-group --instance "$name" --deploymentgroup "$GROUP" >/dev/null 2>&1 || true
  cfg=configs.config.$name-config
  # persistent timers (the nightly jobs) in the Data Grid, fired on one instance of the group; the administration
  # server's own store is an embedded database the instances cannot reach
  asadmin set "$cfg.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid" >/dev/null
  # sessions in the Data Grid, stored whole at the end of every request
  asadmin set "$cfg.availability-service.availability-enabled=true" \
    "$cfg.availability-service.web-container-availability.availability-enabled=true" \
    "$cfg.availability-service.web-container-availability.persistence-type=hazelcast" \
    "$cfg.availability-service.web-container-availability.persistence-frequency=web-method" \
    "$cfg.availability-service.web-container-availability.persistence-scope=session" >/dev/null
  for listener in http-listener-1 http-listener-2; do
    asadmin set "$cfg.network-config.protocols.protocol.$listener.http.xpowered-by=false" \
      "$cfg.network-config.protocols.protocol.$listener.http.server-header=false" \
      "$cfg.network-config.protocols.protocol.$listener.http.scheme-mapping=X-Forwarded-Proto" >/dev/null
  done
  if [ -n "$settings" ]; then
    # one call for all of them (a second time it updates their values)
    pairs=()
    while IFS= read -r line; do
      pairs+=("${line%%=*}=$(esc "${line#*=}")")
    done <<< "$settings"
    asadmin create-system-properties --target "$name" "$(IFS=:; echo "${pairs[*]}")" >/dev/null
  fi
done

echo "== resources for the group"
for resource in jdbc/jinguo jdbc/jinguo-owner; do
  if asadmin list-jdbc-resources 2>/dev/null | grep -qx "$resource"; then
    asadmin create-resource-ref --target "$GROUP" "$resource" >/dev/null 2>&1 || true
  fi
done
if asadmin list-javamail-resources 2>/dev/null | grep -qx mail/jinguo; then
  asadmin create-resource-ref --target "$GROUP" mail/jinguo >/dev/null 2>&1 || true
fi

echo "== start the group"
asadmin start-deployment-group "$GROUP"

echo "== deploy $WAR to the group"
if asadmin list-applications "$GROUP" 2>/dev/null | grep -q '^jinguo '; then
  asadmin undeploy --target "$GROUP" jinguo
fi
asadmin deploy --target "$GROUP" --availabilityenabled=true --name jinguo --contextroot / "$WAR"
for i in $(seq 1 "$COUNT"); do
  port=$((PORTBASE + 1000 * (i - 1) + 80))
  for _ in $(seq 1 60); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login.xhtml")" = 200 ] && break
    sleep 2
  done
  echo "   jinguo-$i answers on http://localhost:$port/"
done
