#!/usr/bin/env bash
# create-database.sh NAME USER PASSWORD [--keep-data]: a new utf8mb4 database on the MySQL/MariaDB at
# JINGUO_DB_HOST:JINGUO_DB_PORT (127.0.0.1:3306), and an account that owns it from this machine and elsewhere; the
# database and the account of those names, if any, are dropped first. With --keep-data the database stays as it is
# (one a generator filled) and only the account is made again. Runs as MYSQL_ADMIN_USER (root) with
# MYSQL_ADMIN_PASSWORD (none). Used by the test domains, the drills and the benchmark.
set -euo pipefail
name=${1:?database} user=${2:?account} password=${3:?password} keep=${4:-}
mysql_cli=$(command -v mariadb || command -v mysql)
database="DROP DATABASE IF EXISTS \`$name\`;
CREATE DATABASE \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
[ "$keep" = --keep-data ] && database=""
"$mysql_cli" -h "${JINGUO_DB_HOST:-127.0.0.1}" -P "${JINGUO_DB_PORT:-3306}" -u "${MYSQL_ADMIN_USER:-root}" \
  ${MYSQL_ADMIN_PASSWORD:+-p"$MYSQL_ADMIN_PASSWORD"} <<SQL
$database
DROP USER IF EXISTS '$user'@'localhost', '$user'@'%';
CREATE USER '$user'@'localhost' IDENTIFIED BY '$password';
CREATE USER '$user'@'%' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON \`$name\`.* TO '$user'@'localhost', '$user'@'%';
SQL
