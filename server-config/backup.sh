#!/usr/bin/env bash
# A consistent backup of Jinguo's MySQL database into one compressed file, while the application runs: one
# transaction's snapshot of every InnoDB table (--single-transaction, no locks held against users), with the
# triggers that keep the audit trail append-only. Uploaded files (photos, attachments, imports) live in the
# database, so they are in the backup too. The key that decrypts ID-card numbers (jinguo.crypto.key) is NOT:
# keep it apart from the backups (docs/operations.md, "Backup and restore").
#   JINGUO_DB_NAME=jinguo bash server-config/backup.sh /var/backups/jinguo-$(date +%F).sql.gz
# Reads JINGUO_DB_HOST (127.0.0.1), JINGUO_DB_PORT (3306), MYSQL_BACKUP_USER (root) and MYSQL_BACKUP_PASSWORD
# (none; or use ~/.my.cnf). The account needs SELECT, SHOW VIEW, TRIGGER and LOCK TABLES on the database.
set -euo pipefail
out=${1:?name the backup file, e.g. jinguo-2026-12-03.sql.gz}
db=${JINGUO_DB_NAME:?set JINGUO_DB_NAME}
dump=$(command -v mysqldump || command -v mariadb-dump) || { echo "mysqldump is not installed" >&2; exit 2; }
tmp="$out.partial"
"$dump" -h "${JINGUO_DB_HOST:-127.0.0.1}" -P "${JINGUO_DB_PORT:-3306}" -u "${MYSQL_BACKUP_USER:-root}" \
  ${MYSQL_BACKUP_PASSWORD:+-p"$MYSQL_BACKUP_PASSWORD"} \
  --single-transaction --quick --routines --triggers --hex-blob --default-character-set=utf8mb4 \
  --no-tablespaces --databases "$db" | gzip > "$tmp"
# only a complete dump becomes the backup (mysqldump writes this line last)
gzip -dc "$tmp" | tail -n 1 | grep -q '^-- Dump completed' || { echo "the dump is incomplete: $tmp kept" >&2; exit 1; }
mv "$tmp" "$out"
echo "backup of $db written to $out ($(du -h "$out" | cut -f1))"
