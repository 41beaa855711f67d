-- Foundation: the id generator table, the tree of organisation units and the user accounts.
-- ${table_options} is 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci' on MySQL, empty on H2;
-- ${instant} is DATETIME(6) on MySQL and TIMESTAMP(6) on H2 (both hold UTC instants).

CREATE TABLE id_sequence (
    seq_name  VARCHAR(64) NOT NULL,
    seq_value BIGINT      NOT NULL,
    CONSTRAINT pk_id_sequence PRIMARY KEY (seq_name)
) ${table_options};

INSERT INTO id_sequence (seq_name, seq_value) VALUES ('org_unit', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('app_user', 0);

CREATE TABLE org_unit (
    id            BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    parent_id     BIGINT       NULL,
    path          VARCHAR(255) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    unit_type     VARCHAR(32)  NOT NULL,
    code          VARCHAR(32)  NULL,
    address       VARCHAR(255) NULL,
    contact_name  VARCHAR(50)  NULL,
    contact_phone VARCHAR(30)  NULL,
    created_at    ${instant}   NOT NULL,
    updated_at    ${instant}   NOT NULL,
    CONSTRAINT pk_org_unit PRIMARY KEY (id),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    CONSTRAINT uq_org_unit_sibling_name UNIQUE (parent_id, name)
) ${table_options};

CREATE UNIQUE INDEX ix_org_unit_path ON org_unit (path);
CREATE INDEX ix_org_unit_name ON org_unit (name);

CREATE TABLE app_user (
    id                   BIGINT       NOT NULL,
    version              BIGINT       NOT NULL,
    unit_id              BIGINT       NOT NULL,
    unit_path            VARCHAR(255) NOT NULL,
    username             VARCHAR(50)  NOT NULL,
    display_name         VARCHAR(50)  NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    failed_sign_ins      INT          NOT NULL,
    last_sign_in_at      ${instant}   NULL,
    created_at           ${instant}   NOT NULL,
    updated_at           ${instant}   NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT uq_app_user_username UNIQUE (username)
) ${table_options};

CREATE INDEX ix_app_user_unit_path ON app_user (unit_path);

CREATE TABLE app_user_role (
    user_id   BIGINT      NOT NULL,
    role_name VARCHAR(32) NOT NULL,
    CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ${table_options};
