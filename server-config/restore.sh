#!/usr/bin/env bash
# Restores a backup of server-config/backup.sh into a NEW, empty database (never over a live one):
#   bash server-config/restore.sh /var/backups/jinguo-2026-12-03.sql.gz jinguo_restored
# Then point the pool at it (configure.sh with JINGUO_DB_NAME, or the console's JDBC pool), with the same
# jinguo.crypto.key as when the backup was taken, and deploy: at deployment the schema owner grants the
# application's account its rights again. Reads the same variables as backup.sh; the account needs to create
# databases and triggers (a database administrator).
set -euo pipefail
file=${1:?name the backup file}
target=${2:?name the new database}
mysql_cli=$(command -v mariadb || command -v mysql)
db() { "$mysql_cli" -h "${JINGUO_DB_HOST:-127.0.0.1}" -P "${JINGUO_DB_PORT:-3306}" -u "${MYSQL_BACKUP_USER:-root}" \
  ${MYSQL_BACKUP_PASSWORD:+-p"$MYSQL_BACKUP_PASSWORD"} "$@"; }
if [ -n "$(db -N -B -e "SHOW DATABASES LIKE '$target'")" ]; then
  echo "database $target exists: restore only into a new one" >&2; exit 2
fi
db -e "CREATE DATABASE \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# the dump names its own database (USE `jinguo`): restore into the target instead
gzip -dc "$file" | sed -e '/^CREATE DATABASE /d' -e "s/^USE \`[^\`]*\`;/USE \`$target\`;/" | db "$target"
echo "restored $file into $target: $(db -N -B -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$target'") tables"
