-- Operations (issue 22): the audit archive, one run per period of a scheduled job, the key check.

-- Audit entries older than the retention period (jinguo.audit.retention-months) move here, unchanged: the
-- auditor still searches them (the audit page's "archive"). Same columns as audit_entry, the same ids.
-- Append-only like audit_entry: server-config/audit-append-only.sql.
CREATE TABLE audit_archive (
    id             BIGINT        NOT NULL,
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
    archived_at    ${instant}    NOT NULL,
    CONSTRAINT pk_audit_archive PRIMARY KEY (id)
) ${table_options};

CREATE INDEX ix_audit_archive_time ON audit_archive (occurred_at);
CREATE INDEX ix_audit_archive_unit ON audit_archive (unit_path, occurred_at);
CREATE INDEX ix_audit_archive_actor ON audit_archive (actor, occurred_at);
CREATE INDEX ix_audit_archive_record ON audit_archive (record_type, record_id);

-- A scheduled job that must run once per period (the daily archiving) claims (job, slot) here first: on several
-- servers only the first insert succeeds (platform.ops.JobClaim).
CREATE TABLE scheduled_run (
    job         VARCHAR(60)  NOT NULL,
    slot        VARCHAR(30)  NOT NULL,
    started_at  ${instant}   NOT NULL,
    finished_at ${instant}   NULL,
    server      VARCHAR(100) NULL,
    result      VARCHAR(200) NULL,
    CONSTRAINT pk_scheduled_run PRIMARY KEY (job, slot)
) ${table_options};

-- A value encrypted under the application's key when the key is first used: readiness decrypts it, so a server
-- started with the wrong jinguo.crypto.key says "not ready" instead of failing on the first ID-card number.
CREATE TABLE key_check (
    id         INT           NOT NULL,
    cipher     VARCHAR(200)  NOT NULL,
    created_at ${instant}    NOT NULL,
    CONSTRAINT pk_key_check PRIMARY KEY (id)
) ${table_options};
