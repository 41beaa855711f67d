#!/usr/bin/env bash
# Health and metrics on a port of their own: Payara's MicroProfile Health (/health, /health/ready, /health/live) and
# Metrics (/metrics) answer on the virtual server "monitoring", listening on JINGUO_MONITORING_ADDRESS:PORT
# (127.0.0.1:8081 by default), not on the users' port 8080 where the application takes every path at "/". A load
# balancer and Prometheus reach it there; users never do. The application must then be deployed with
# --virtualservers server (configure.sh does), or it would be deployed on the monitoring port too. Also turns on the JDBC pool's statistics, which Payara
# publishes as vendor metrics (connection_pool_jinguo_pool_*). Each step can be run again. Needs PAYARA_HOME and,
# for a domain with an admin password, ASADMIN_OPTS; called by configure.sh and the integration tests' set-up.
set -euo pipefail
: "${PAYARA_HOME:?}"
asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false ${ASADMIN_OPTS:-} "$@"; }
address=${JINGUO_MONITORING_ADDRESS:-127.0.0.1}
port=${JINGUO_MONITORING_PORT:-8081}
cfg=configs.config.server-config
echo "== monitoring: health and metrics on $address:$port"
if ! asadmin list-protocols 2>/dev/null | grep -q '^monitoring-protocol'; then
  asadmin create-protocol --securityenabled=false monitoring-protocol
  asadmin create-http --default-virtual-server monitoring monitoring-protocol
fi
if ! asadmin list-virtual-servers 2>/dev/null | grep -q '^monitoring'; then
  asadmin create-virtual-server --hosts '${com.sun.aas.hostName}' monitoring
fi
if ! asadmin list-network-listeners 2>/dev/null | grep -q '^monitoring-listener'; then
  asadmin create-network-listener --listenerport "$port" --address "$address" --protocol monitoring-protocol \
    --threadpool http-thread-pool monitoring-listener
else
  asadmin set "$cfg.network-config.network-listeners.network-listener.monitoring-listener.address=$address" \
    "$cfg.network-config.network-listeners.network-listener.monitoring-listener.port=$port"
fi
asadmin set "$cfg.http-service.virtual-server.monitoring.network-listeners=monitoring-listener"
asadmin set-microprofile-healthcheck-configuration --enabled=true --virtualservers monitoring --securityenabled=false
asadmin set-metrics-configuration --enabled=true --virtualservers monitoring --securityenabled=false
asadmin set "$cfg.monitoring-service.module-monitoring-levels.jdbc-connection-pool=HIGH"
