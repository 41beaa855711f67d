-- Makes the audit trail append-only in the database itself, for MySQL 8 / MariaDB.
-- The application never updates or deletes an audit entry; these triggers make sure nobody else
-- does either through ordinary SQL. Run once as a database administrator after the first
-- deployment has created the schema (it needs the TRIGGER privilege, and SUPER or
-- log_bin_trust_function_creators when binary logging is on, which the application's user lacks):
--   mysql -u root jinguo < server-config/audit-append-only.sql
-- TRUNCATE and DROP bypass triggers: keep those (and DROP TRIGGER) away from the application's user
-- by giving it only the rights it needs once the schema is in place, or by auditing the database.

DROP TRIGGER IF EXISTS audit_entry_no_update;
DROP TRIGGER IF EXISTS audit_entry_no_delete;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only';
