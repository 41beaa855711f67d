-- The audit trail: append-only. The application inserts and reads rows; it has no statement that
-- updates or deletes one. ${auto_id} is an identity column (H2) or AUTO_INCREMENT (MySQL), so that
-- entries can be written with plain JDBC inside the transaction they describe.
-- unit_path is the path of the unit the entry concerns (the record's unit, or the user's unit for
-- sign-in and sign-out); auditors see the entries of their unit and the units below it.

CREATE TABLE audit_entry (
    id             ${auto_id},
    occurred_at    ${instant}    NOT NULL,
    action         VARCHAR(20)   NOT NULL,
    actor          VARCHAR(50)   NOT NULL,
    actor_unit_id  BIGINT        NULL,
    unit_id        BIGINT        NULL,
    unit_path      VARCHAR(255)  NULL,
    record_type    VARCHAR(50)   NULL,
    record_id      BIGINT        NULL,
    client_address VARCHAR(64)   NULL,
    detail         VARCHAR(4000) NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
) ${table_options};

CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_unit ON audit_entry (unit_path, occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entry_record ON audit_entry (record_type, record_id);
