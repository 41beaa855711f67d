-- The person registry's core: the people every area of the platform refers to (office holders,
-- volunteers, residents). Sensitive fields: the ID-card number is stored only encrypted
-- (id_card_cipher, AES-GCM) with a keyed hash for exact search (id_card_hash) and its masked form
-- for lists (id_card_masked); phone and address are shown masked to roles without SENSITIVE_VIEW.

INSERT INTO id_sequence (seq_name, seq_value) VALUES ('person', 0);

CREATE TABLE person (
    id             BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    unit_id        BIGINT       NOT NULL,
    unit_path      VARCHAR(255) NOT NULL,
    name           VARCHAR(50)  NOT NULL,
    gender         VARCHAR(10)  NULL,
    birth_date     DATE         NULL,
    id_card_cipher VARCHAR(128) NULL,
    id_card_hash   CHAR(64)     NULL,
    id_card_masked VARCHAR(18)  NULL,
    phone          VARCHAR(30)  NULL,
    address        VARCHAR(255) NULL,
    created_at     ${instant}   NOT NULL,
    updated_at     ${instant}   NOT NULL,
    CONSTRAINT pk_person PRIMARY KEY (id),
    CONSTRAINT fk_person_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX ix_person_unit_path ON person (unit_path, name);
CREATE INDEX ix_person_name ON person (name);
CREATE INDEX ix_person_id_card_hash ON person (id_card_hash);
