#!/usr/bin/env bash
# create-database.sh NAME USER PASSWORD: a new utf8mb4 database on the local MySQL/MariaDB (as root), and an account
# that owns it from this machine and elsewhere; the database and account of that name, if any, are dropped first.
set -euo pipefail
name=${1:?database} user=${2:?account} password=${3:?password}
mysql_cli=$(command -v mariadb || command -v mysql)
"$mysql_cli" -h 127.0.0.1 -u root <<SQL
DROP DATABASE IF EXISTS \`$name\`;
CREATE DATABASE \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
DROP USER IF EXISTS '$user'@'localhost', '$user'@'%';
CREATE USER '$user'@'localhost' IDENTIFIED BY '$password';
CREATE USER '$user'@'%' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON \`$name\`.* TO '$user'@'localhost', '$user'@'%';
SQL
