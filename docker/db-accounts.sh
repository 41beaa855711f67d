#!/usr/bin/env bash
# Run once by the MySQL image on an empty database: the schema's owner (migrations, and it grants the
# application's account table by table at each deployment) and the application's account (nothing of its own).
set -euo pipefail
mysql -u root -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE USER 'jinguo_owner'@'%' IDENTIFIED BY '${JINGUO_DB_OWNER_PASSWORD}';
GRANT ALL PRIVILEGES ON \`${MYSQL_DATABASE}\`.* TO 'jinguo_owner'@'%' WITH GRANT OPTION;
CREATE USER 'jinguo'@'%' IDENTIFIED BY '${JINGUO_DB_PASSWORD}';
GRANT SELECT, INSERT ON \`${MYSQL_DATABASE}\`.* TO 'jinguo'@'%';
SQL
