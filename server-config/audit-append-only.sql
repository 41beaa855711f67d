-- Makes the audit trail append-only in the database itself, for MySQL 8 / MariaDB.
-- The application never updates or deletes an audit entry; these triggers make sure nobody else
-- does either through ordinary SQL. Run as a database administrator after the first deployment has
-- created the schema, and again after an upgrade that adds audit tables (it needs the TRIGGER privilege,
-- and SUPER or log_bin_trust_function_creators when binary logging is on, which the application's user lacks):
--   mysql -u root jinguo < server-config/audit-append-only.sql
-- TRUNCATE and DROP bypass triggers: keep those (and DROP TRIGGER) away from the application's user
-- by giving it only the rights it needs once the schema is in place, or by auditing the database.
--
-- The one way out of audit_entry: the nightly archive (platform.audit.AuditArchive) copies an entry past the
-- retention period into audit_archive and then deletes it, in one transaction, as the schema's owner (the
-- application's own account has no DELETE on audit_entry at all). The delete trigger lets an entry go only once
-- its copy is in the archive; nothing is ever changed or deleted in the archive.

DROP TRIGGER IF EXISTS audit_entry_no_update;
DROP TRIGGER IF EXISTS audit_entry_no_delete;
DROP TRIGGER IF EXISTS audit_archive_no_update;
DROP TRIGGER IF EXISTS audit_archive_no_delete;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only';

DELIMITER //
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_archive a WHERE a.id = OLD.id AND a.occurred_at = OLD.occurred_at
                   AND a.actor = OLD.actor AND a.action = OLD.action) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only (only archived entries leave)';
    END IF;
END//
DELIMITER ;

CREATE TRIGGER audit_archive_no_update BEFORE UPDATE ON audit_archive FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit archive is append-only';

CREATE TRIGGER audit_archive_no_delete BEFORE DELETE ON audit_archive FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit archive is append-only';
