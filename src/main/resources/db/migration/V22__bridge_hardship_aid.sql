-- The Bridge's hardship aid (帮贫扶困之桥): women and families in hardship with their reasons and a colour tag for the
-- level of need; donors (firms, organisations, people) and their donations of money or goods, free or restricted to a
-- kind of hardship, each keeping what it still holds; aid given to a family out of a donation (money, goods) or as a
-- service, so that every yuan and every item is traced from donor to family: a donation's amount is always the aid given
-- out of it plus what it still holds.

INSERT INTO id_sequence (seq_name, seq_value) VALUES ('aid_family', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('aid_donor', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('aid_donation', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('aid_grant', 0);

CREATE TABLE aid_family (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    unit_id       BIGINT        NOT NULL,
    unit_path     VARCHAR(255)  NOT NULL,
    person_id     BIGINT        NOT NULL,
    need_level    VARCHAR(16)   NOT NULL,
    household     VARCHAR(300)  NULL,
    situation     VARCHAR(1000) NULL,
    closed        BOOLEAN       NOT NULL,
    registered_on DATE          NOT NULL,
    created_at    ${instant}    NOT NULL,
    updated_at    ${instant}    NOT NULL,
    CONSTRAINT pk_aid_family PRIMARY KEY (id),
    CONSTRAINT uq_aid_family_person UNIQUE (person_id),
    CONSTRAINT fk_aid_family_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_aid_family_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_aid_family_unit_path ON aid_family (unit_path, need_level);

CREATE TABLE aid_family_reason (
    family_id BIGINT      NOT NULL,
    reason    VARCHAR(24) NOT NULL,
    CONSTRAINT pk_aid_family_reason PRIMARY KEY (family_id, reason),
    CONSTRAINT fk_aid_family_reason_family FOREIGN KEY (family_id) REFERENCES aid_family (id)
) ${table_options};

CREATE TABLE aid_donor (
    id         BIGINT        NOT NULL,
    version    BIGINT        NOT NULL,
    unit_id    BIGINT        NOT NULL,
    unit_path  VARCHAR(255)  NOT NULL,
    kind       VARCHAR(16)   NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    contact    VARCHAR(50)   NULL,
    phone      VARCHAR(30)   NULL,
    created_at ${instant}    NOT NULL,
    updated_at ${instant}    NOT NULL,
    CONSTRAINT pk_aid_donor PRIMARY KEY (id),
    CONSTRAINT fk_aid_donor_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX ix_aid_donor_unit_path ON aid_donor (unit_path);

CREATE TABLE aid_donation (
    id           BIGINT         NOT NULL,
    version      BIGINT         NOT NULL,
    unit_id      BIGINT         NOT NULL,
    unit_path    VARCHAR(255)   NOT NULL,
    donor_id     BIGINT         NOT NULL,
    received_on  DATE           NOT NULL,
    kind         VARCHAR(16)    NOT NULL,
    item         VARCHAR(100)   NULL,
    measure      VARCHAR(10)    NULL,
    amount       DECIMAL(12, 2) NOT NULL,
    remaining    DECIMAL(12, 2) NOT NULL,
    restricted_to VARCHAR(24)   NULL,
    note         VARCHAR(300)   NULL,
    created_at   ${instant}     NOT NULL,
    updated_at   ${instant}     NOT NULL,
    CONSTRAINT pk_aid_donation PRIMARY KEY (id),
    CONSTRAINT fk_aid_donation_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_aid_donation_donor FOREIGN KEY (donor_id) REFERENCES aid_donor (id)
) ${table_options};

CREATE INDEX ix_aid_donation_unit_path ON aid_donation (unit_path, received_on);
CREATE INDEX ix_aid_donation_donor ON aid_donation (donor_id);

CREATE TABLE aid_grant (
    id           BIGINT         NOT NULL,
    version      BIGINT         NOT NULL,
    unit_id      BIGINT         NOT NULL,
    unit_path    VARCHAR(255)   NOT NULL,
    family_id    BIGINT         NOT NULL,
    donation_id  BIGINT         NULL,
    kind         VARCHAR(16)    NOT NULL,
    amount       DECIMAL(12, 2) NULL,
    what         VARCHAR(200)   NULL,
    given_on     DATE           NOT NULL,
    given_by     VARCHAR(50)    NOT NULL,
    created_at   ${instant}     NOT NULL,
    updated_at   ${instant}     NOT NULL,
    CONSTRAINT pk_aid_grant PRIMARY KEY (id),
    CONSTRAINT fk_aid_grant_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_aid_grant_family FOREIGN KEY (family_id) REFERENCES aid_family (id),
    CONSTRAINT fk_aid_grant_donation FOREIGN KEY (donation_id) REFERENCES aid_donation (id)
) ${table_options};

CREATE INDEX ix_aid_grant_family ON aid_grant (family_id, given_on);
CREATE INDEX ix_aid_grant_donation ON aid_grant (donation_id);
