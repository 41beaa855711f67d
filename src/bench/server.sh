#!/usr/bin/env bash
# The benchmark's server: the Payara unpacked under target/bench/, its `jdbc/jinguo` an H2 file database
# that org.jinguo.bench.BenchmarkData has filled, sized as production's pool (server-config/configure.sh),
# the WAR deployed at /. `server.sh start` or `server.sh stop`.
set -euo pipefail
: "${PAYARA_HOME:?}" "${BENCH_DIR:?}"
asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"; }

case "${1:-}" in
  start)
    : "${WAR:?}"
    asadmin stop-domain domain1 >/dev/null 2>&1 || true
    asadmin start-domain domain1
    for app in $(asadmin list-applications --long=false 2>/dev/null | awk '/^jinguo/ {print $1}'); do
      asadmin undeploy "$app" >/dev/null 2>&1 || true
    done
    asadmin delete-jdbc-resource jdbc/jinguo >/dev/null 2>&1 || true
    asadmin delete-jdbc-connection-pool jinguo-pool >/dev/null 2>&1 || true
    asadmin delete-system-property jinguo.demo-data >/dev/null 2>&1 || true
    # demo mode: the generated people are encrypted with the demo key; the accounts exist, so no demo data is added
    asadmin create-system-properties jinguo.demo-data=true
    asadmin create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource \
      --restype javax.sql.DataSource --steadypoolsize 8 --maxpoolsize 32 \
      --property "url=jdbc\\:h2\\:$BENCH_DIR/db/jinguo;MODE\\=LEGACY:user=sa:password=sa" jinguo-pool
    asadmin create-jdbc-resource --connectionpoolid jinguo-pool jdbc/jinguo
    asadmin deploy --name jinguo --contextroot / "$WAR"
    # one request warms the first page up, so that start-up is not measured
    for _ in $(seq 1 60); do
      curl -fsS -o /dev/null "http://localhost:8080/login.xhtml" && break
      sleep 2
    done
    ;;
  stop)
    asadmin stop-domain domain1
    ;;
  *)
    echo "usage: server.sh start|stop" >&2
    exit 2
    ;;
esac
