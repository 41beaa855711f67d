#!/usr/bin/env bash
# The benchmark's server: the Payara unpacked under target/bench/, the WAR deployed at /, its `jdbc/jinguo`
#   - BENCH_DB=h2 (default): the H2 file database under $BENCH_DATA/db that org.jinguo.bench.BenchmarkData has
#     filled, pool sized as production's (8–32);
#   - BENCH_DB=mysql: the MySQL/MariaDB database $BENCH_MYSQL_NAME that the generator has filled, set up by the very
#     script production uses (server-config/configure.sh: driver, validated pool 8–32, settings), as the account
#     jinguo_bench (created here; root, or MYSQL_ADMIN_USER, keeps owning the schema it generated).
#   - BENCH_DB=mysql-group: the same MySQL database served by two instances of a deployment group, set up by the
#     scripts production uses (configure.sh, then server-config/deployment-group.sh) in a domain of their own
#     (bench-group), with Debian's nginx in front on port 8090 (server-config/nginx/jinguo.conf, sticky sessions).
# `server.sh start` or `server.sh stop`. Called by org.jinguo.bench.BenchRuns.
set -euo pipefail
: "${PAYARA_HOME:?}" "${BENCH_DATA:?}"
asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"; }
db=${BENCH_DB:-h2}
here=$(cd "$(dirname "$0")" && pwd)
group_domain=bench-group

# configure.sh on the generated MySQL database for the domain $PAYARA_DOMAIN (with the WAR: deployed to its server)
configure_mysql() {
  : "${MYSQL_DRIVER:?}" "${BENCH_MYSQL_NAME:?}" "${BENCH_DEMO_KEY:?}"
  JINGUO_DB_HOST="${BENCH_MYSQL_HOST:-127.0.0.1}" JINGUO_DB_PORT="${BENCH_MYSQL_PORT:-3306}" \
    bash "$here/../test/payara/create-database.sh" "$BENCH_MYSQL_NAME" jinguo_bench 'Bench#2026-jinguo' --keep-data
  # the generated people are encrypted with the demo key; the accounts exist, so no demo data is added
  PAYARA_HOME="$PAYARA_HOME" MYSQL_DRIVER="$MYSQL_DRIVER" JINGUO_DB_HOST="${BENCH_MYSQL_HOST:-127.0.0.1}" \
    JINGUO_DB_PORT="${BENCH_MYSQL_PORT:-3306}" JINGUO_DB_NAME="$BENCH_MYSQL_NAME" JINGUO_DB_USER=jinguo_bench \
    JINGUO_DB_PASSWORD='Bench#2026-jinguo' JINGUO_DEMO_DATA=true JINGUO_CRYPTO_KEY="$BENCH_DEMO_KEY" \
    JINGUO_SERVER_HARDENING=skip JINGUO_MONITORING=skip \
    bash "$here/../../server-config/configure.sh" "$@"
}

group_stop() {
  PAYARA_HOME="$PAYARA_HOME" bash "$here/../test/payara/group-teardown.sh" "$group_domain" "$BENCH_DATA/group-logs" \
    "$BENCH_DATA/nginx"
}

case "${1:-}" in
  start)
    : "${WAR:?}"
    asadmin stop-domain domain1 >/dev/null 2>&1 || true
    if [ "$db" = mysql-group ]; then
      group_stop
      asadmin create-domain --nopassword=true "$group_domain" >/dev/null
      asadmin start-domain "$group_domain"
      PAYARA_DOMAIN=$group_domain configure_mysql
      PAYARA_DOMAIN=$group_domain JINGUO_PORTBASE=28000 bash "$here/../../server-config/deployment-group.sh" "$WAR"
      bash "$here/../test/payara/nginx-front.sh" start "$BENCH_DATA/nginx" 8090
      # one request through each instance warms it up, so that start-up is not measured
      for port in 28080 29080; do curl -fsS -o /dev/null "http://localhost:$port/login.xhtml"; done
      exit 0
    fi
    # each run's log on its own
    rm -f "$PAYARA_HOME"/glassfish/domains/domain1/logs/server.log*
    asadmin start-domain domain1
    left=
    for app in $(asadmin list-applications --long=false 2>/dev/null | awk '/^jinguo/ {print $1}'); do
      asadmin undeploy "$app" >/dev/null 2>&1 || true
      left=yes
    done
    # an application left by a run that was stopped half-way was loaded at the start: start clean
    if [ -n "$left" ]; then asadmin restart-domain domain1; fi
    asadmin delete-jdbc-resource jdbc/jinguo >/dev/null 2>&1 || true
    asadmin delete-jdbc-connection-pool jinguo-pool >/dev/null 2>&1 || true
    asadmin delete-system-property jinguo.demo-data >/dev/null 2>&1 || true
    asadmin delete-system-property jinguo.crypto.key >/dev/null 2>&1 || true
    case "$db" in
      h2)
        # demo mode: the generated people are encrypted with the demo key; the accounts exist, so no demo data is added
        asadmin create-system-properties jinguo.demo-data=true
        asadmin create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource \
          --restype javax.sql.DataSource --steadypoolsize 8 --maxpoolsize 32 \
          --property "url=jdbc\\:h2\\:$BENCH_DATA/db/jinguo;MODE\\=LEGACY:user=sa:password=sa" jinguo-pool
        asadmin create-jdbc-resource --connectionpoolid jinguo-pool jdbc/jinguo
        asadmin deploy --name jinguo --contextroot / "$WAR"
        ;;
      mysql)
        configure_mysql "$WAR"
        ;;
      *) echo "BENCH_DB: h2, mysql or mysql-group, not '$db'" >&2; exit 2 ;;
    esac
    # one request warms the first page up, so that start-up is not measured
    for _ in $(seq 1 60); do
      curl -fsS -o /dev/null "http://localhost:8080/login.xhtml" && break
      sleep 2
    done
    ;;
  stop)
    if [ "$db" = mysql-group ]; then
      group_stop
      exit 0
    fi
    # undeployed first: a domain that starts with the application registered but its files gone fails every later
    # deployment until it is restarted ("Could not initialize class WebModuleContextConfig")
    asadmin undeploy jinguo >/dev/null 2>&1 || true
    asadmin stop-domain domain1
    ;;
  *)
    echo "usage: server.sh start|stop" >&2
    exit 2
    ;;
esac
