-- Elections (换届选举): a unit's terms and, for each term, its office holders (chair, vice-chairs,
-- executive members), each a person of the registry. People carry background tags (community
-- activist, team leader, volunteer leader, woman entrepreneur) for the office-holder statistics.

INSERT INTO id_sequence (seq_name, seq_value) VALUES ('term', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('office_holder', 0);

CREATE TABLE person_tag (
    person_id BIGINT      NOT NULL,
    tag       VARCHAR(32) NOT NULL,
    CONSTRAINT pk_person_tag PRIMARY KEY (person_id, tag),
    CONSTRAINT fk_person_tag_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_person_name_phone ON person (name, phone);

CREATE TABLE term (
    id            BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    unit_id       BIGINT       NOT NULL,
    unit_path     VARCHAR(255) NOT NULL,
    election_date DATE         NOT NULL,
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NOT NULL,
    created_at    ${instant}   NOT NULL,
    updated_at    ${instant}   NOT NULL,
    CONSTRAINT pk_term PRIMARY KEY (id),
    CONSTRAINT fk_term_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX ix_term_unit ON term (unit_id, starts_on);
CREATE INDEX ix_term_unit_path ON term (unit_path, ends_on);

CREATE TABLE office_holder (
    id         BIGINT       NOT NULL,
    version    BIGINT       NOT NULL,
    unit_id    BIGINT       NOT NULL,
    unit_path  VARCHAR(255) NOT NULL,
    term_id    BIGINT       NOT NULL,
    person_id  BIGINT       NOT NULL,
    position   VARCHAR(20)  NOT NULL,
    created_at ${instant}   NOT NULL,
    updated_at ${instant}   NOT NULL,
    CONSTRAINT pk_office_holder PRIMARY KEY (id),
    CONSTRAINT fk_office_holder_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_office_holder_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_office_holder_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_office_holder_term_person UNIQUE (term_id, person_id)
) ${table_options};

CREATE INDEX ix_office_holder_unit_path ON office_holder (unit_path, position);
CREATE INDEX ix_office_holder_person ON office_holder (person_id);
