-- The incubation base (巾帼梦 women's social-organisation incubation base) and the purchase of services
-- (购买服务): social organisations with their members and the volunteer team they grew out of; the
-- incubation pipeline as a timeline of steps (with uploaded evidence) and scored admission assessments
-- against configurable criteria; what the base gives each organisation (support records, room and desk
-- bookings that never overlap); and contracts between a unit and a provider organisation with their
-- deliveries. Files are kept in the database (stored_file), each belonging to the unit of its record.

INSERT INTO id_sequence (seq_name, seq_value) VALUES ('social_org', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('incubation_step', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('stored_file', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('assessment_criterion', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('assessment', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('base_support', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('base_room', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('room_booking', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('service_contract', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('contract_delivery', 0);

CREATE TABLE stored_file (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    unit_id        BIGINT        NOT NULL,
    unit_path      VARCHAR(255)  NOT NULL,
    file_name      VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    content        ${blob}       NOT NULL,
    uploaded_by    VARCHAR(50)   NOT NULL,
    created_at     ${instant}    NOT NULL,
    updated_at     ${instant}    NOT NULL,
    CONSTRAINT pk_stored_file PRIMARY KEY (id),
    CONSTRAINT fk_stored_file_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX ix_stored_file_unit_path ON stored_file (unit_path);

CREATE TABLE social_org (
    id                  BIGINT        NOT NULL,
    version             BIGINT        NOT NULL,
    unit_id             BIGINT        NOT NULL,
    unit_path           VARCHAR(255)  NOT NULL,
    name                VARCHAR(100)  NOT NULL,
    kind                VARCHAR(32)   NOT NULL,
    legal_status        VARCHAR(16)   NOT NULL,
    registration_number VARCHAR(50)   NULL,
    contact_id          BIGINT        NULL,
    origin_team_id      BIGINT        NULL,
    introduction        VARCHAR(1000) NULL,
    stage               VARCHAR(16)   NOT NULL,
    stage_since         DATE          NOT NULL,
    applied_on          DATE          NOT NULL,
    created_at          ${instant}    NOT NULL,
    updated_at          ${instant}    NOT NULL,
    CONSTRAINT pk_social_org PRIMARY KEY (id),
    CONSTRAINT fk_social_org_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_social_org_contact FOREIGN KEY (contact_id) REFERENCES person (id),
    CONSTRAINT fk_social_org_origin_team FOREIGN KEY (origin_team_id) REFERENCES volunteer_team (id)
) ${table_options};

CREATE INDEX ix_social_org_unit_path ON social_org (unit_path, stage);
CREATE INDEX ix_social_org_name ON social_org (name);

CREATE TABLE social_org_member (
    org_id    BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    CONSTRAINT pk_social_org_member PRIMARY KEY (org_id, person_id),
    CONSTRAINT fk_social_org_member_org FOREIGN KEY (org_id) REFERENCES social_org (id) ON DELETE CASCADE,
    CONSTRAINT fk_social_org_member_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_social_org_member_person ON social_org_member (person_id);

CREATE TABLE incubation_step (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    unit_id      BIGINT        NOT NULL,
    unit_path    VARCHAR(255)  NOT NULL,
    org_id       BIGINT        NOT NULL,
    from_stage   VARCHAR(16)   NULL,
    to_stage     VARCHAR(16)   NOT NULL,
    happened_on  DATE          NOT NULL,
    recorded_by  VARCHAR(50)   NOT NULL,
    notes        VARCHAR(1000) NULL,
    reason       VARCHAR(500)  NULL,
    created_at   ${instant}    NOT NULL,
    updated_at   ${instant}    NOT NULL,
    CONSTRAINT pk_incubation_step PRIMARY KEY (id),
    CONSTRAINT fk_incubation_step_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_incubation_step_org FOREIGN KEY (org_id) REFERENCES social_org (id)
) ${table_options};

CREATE INDEX ix_incubation_step_org ON incubation_step (org_id, happened_on);
CREATE INDEX ix_incubation_step_path ON incubation_step (unit_path, to_stage, happened_on);

CREATE TABLE incubation_step_file (
    step_id BIGINT NOT NULL,
    file_id BIGINT NOT NULL,
    CONSTRAINT pk_incubation_step_file PRIMARY KEY (step_id, file_id),
    CONSTRAINT fk_incubation_step_file_step FOREIGN KEY (step_id) REFERENCES incubation_step (id),
    CONSTRAINT fk_incubation_step_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ${table_options};

-- Criteria are the base's (not a unit's): the district administrator sets names and weights; an
-- assessment copies each criterion's name and weight, so changing them never changes a past score.
CREATE TABLE assessment_criterion (
    id         BIGINT       NOT NULL,
    version    BIGINT       NOT NULL,
    name_zh    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    weight     INT          NOT NULL,
    sort_order INT          NOT NULL,
    active     BOOLEAN      NOT NULL,
    created_at ${instant}   NOT NULL,
    updated_at ${instant}   NOT NULL,
    CONSTRAINT pk_assessment_criterion PRIMARY KEY (id)
) ${table_options};

INSERT INTO assessment_criterion (id, version, name_zh, name_en, weight, sort_order, active, created_at, updated_at)
VALUES (1, 1, '服务宗旨与定位', 'Mission and focus', 20, 1, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
       (2, 1, '骨干团队与志愿者', 'Core team and volunteers', 25, 2, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
       (3, 1, '服务项目与成效', 'Services and results', 25, 3, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
       (4, 1, '内部管理与财务', 'Governance and finance', 15, 4, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
       (5, 1, '发展潜力', 'Potential to grow', 15, 5, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
UPDATE id_sequence SET seq_value = 100 WHERE seq_name = 'assessment_criterion';

CREATE TABLE assessment (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    unit_id      BIGINT        NOT NULL,
    unit_path    VARCHAR(255)  NOT NULL,
    org_id       BIGINT        NOT NULL,
    assessed_on  DATE          NOT NULL,
    assessor     VARCHAR(50)   NOT NULL,
    total        DECIMAL(5,1)  NOT NULL,
    decision     VARCHAR(16)   NOT NULL,
    notes        VARCHAR(1000) NULL,
    created_at   ${instant}    NOT NULL,
    updated_at   ${instant}    NOT NULL,
    CONSTRAINT pk_assessment PRIMARY KEY (id),
    CONSTRAINT fk_assessment_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_assessment_org FOREIGN KEY (org_id) REFERENCES social_org (id)
) ${table_options};

CREATE INDEX ix_assessment_org ON assessment (org_id);

CREATE TABLE assessment_score (
    assessment_id  BIGINT       NOT NULL,
    position       INT          NOT NULL,
    criterion_zh   VARCHAR(100) NOT NULL,
    criterion_en   VARCHAR(100) NOT NULL,
    weight         INT          NOT NULL,
    score          INT          NOT NULL,
    CONSTRAINT pk_assessment_score PRIMARY KEY (assessment_id, position),
    CONSTRAINT fk_assessment_score_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE base_support (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    unit_id      BIGINT        NOT NULL,
    unit_path    VARCHAR(255)  NOT NULL,
    org_id       BIGINT        NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    given_on     DATE          NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    amount       DECIMAL(12,2) NULL,
    recorded_by  VARCHAR(50)   NOT NULL,
    created_at   ${instant}    NOT NULL,
    updated_at   ${instant}    NOT NULL,
    CONSTRAINT pk_base_support PRIMARY KEY (id),
    CONSTRAINT fk_base_support_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_base_support_org FOREIGN KEY (org_id) REFERENCES social_org (id)
) ${table_options};

CREATE INDEX ix_base_support_org ON base_support (org_id, given_on);
CREATE INDEX ix_base_support_path ON base_support (unit_path, given_on);

CREATE TABLE base_room (
    id         BIGINT       NOT NULL,
    version    BIGINT       NOT NULL,
    unit_id    BIGINT       NOT NULL,
    unit_path  VARCHAR(255) NOT NULL,
    name       VARCHAR(100) NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    capacity   INT          NOT NULL,
    note       VARCHAR(200) NULL,
    active     BOOLEAN      NOT NULL,
    created_at ${instant}   NOT NULL,
    updated_at ${instant}   NOT NULL,
    CONSTRAINT pk_base_room PRIMARY KEY (id),
    CONSTRAINT fk_base_room_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE TABLE room_booking (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    unit_id      BIGINT       NOT NULL,
    unit_path    VARCHAR(255) NOT NULL,
    room_id      BIGINT       NOT NULL,
    org_id       BIGINT       NOT NULL,
    booked_on    DATE         NOT NULL,
    starts_at    TIME         NOT NULL,
    ends_at      TIME         NOT NULL,
    purpose      VARCHAR(200) NOT NULL,
    cancelled    BOOLEAN      NOT NULL,
    recorded_by  VARCHAR(50)  NOT NULL,
    created_at   ${instant}   NOT NULL,
    updated_at   ${instant}   NOT NULL,
    CONSTRAINT pk_room_booking PRIMARY KEY (id),
    CONSTRAINT fk_room_booking_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_room_booking_room FOREIGN KEY (room_id) REFERENCES base_room (id),
    CONSTRAINT fk_room_booking_org FOREIGN KEY (org_id) REFERENCES social_org (id)
) ${table_options};

CREATE INDEX ix_room_booking_room ON room_booking (room_id, booked_on);
CREATE INDEX ix_room_booking_org ON room_booking (org_id, booked_on);

CREATE TABLE service_contract (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    unit_id       BIGINT        NOT NULL,
    unit_path     VARCHAR(255)  NOT NULL,
    title         VARCHAR(100)  NOT NULL,
    provider_id   BIGINT        NOT NULL,
    programme     VARCHAR(16)   NOT NULL,
    deliverable   VARCHAR(500)  NOT NULL,
    measure       VARCHAR(20)   NOT NULL,
    quantity      INT           NOT NULL,
    budget        DECIMAL(12,2) NOT NULL,
    signed_on     DATE          NOT NULL,
    starts_on     DATE          NOT NULL,
    ends_on       DATE          NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    closed_on     DATE          NULL,
    closed_by     VARCHAR(50)   NULL,
    rating        INT           NULL,
    evaluation    VARCHAR(1000) NULL,
    created_at    ${instant}    NOT NULL,
    updated_at    ${instant}    NOT NULL,
    CONSTRAINT pk_service_contract PRIMARY KEY (id),
    CONSTRAINT fk_service_contract_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_service_contract_provider FOREIGN KEY (provider_id) REFERENCES social_org (id)
) ${table_options};

CREATE INDEX ix_service_contract_path ON service_contract (unit_path, status);
CREATE INDEX ix_service_contract_provider ON service_contract (provider_id);

CREATE TABLE contract_delivery (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    unit_id       BIGINT        NOT NULL,
    unit_path     VARCHAR(255)  NOT NULL,
    contract_id   BIGINT        NOT NULL,
    delivered_on  DATE          NOT NULL,
    place         VARCHAR(200)  NOT NULL,
    community_id  BIGINT        NULL,
    quantity      INT           NOT NULL,
    participants  INT           NOT NULL,
    amount        DECIMAL(12,2) NOT NULL,
    notes         VARCHAR(1000) NULL,
    recorded_by   VARCHAR(50)   NOT NULL,
    created_at    ${instant}    NOT NULL,
    updated_at    ${instant}    NOT NULL,
    CONSTRAINT pk_contract_delivery PRIMARY KEY (id),
    CONSTRAINT fk_contract_delivery_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_contract_delivery_contract FOREIGN KEY (contract_id) REFERENCES service_contract (id),
    CONSTRAINT fk_contract_delivery_community FOREIGN KEY (community_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX ix_contract_delivery_contract ON contract_delivery (contract_id, delivered_on);

CREATE TABLE contract_delivery_file (
    delivery_id BIGINT NOT NULL,
    file_id     BIGINT NOT NULL,
    CONSTRAINT pk_contract_delivery_file PRIMARY KEY (delivery_id, file_id),
    CONSTRAINT fk_contract_delivery_file_delivery FOREIGN KEY (delivery_id) REFERENCES contract_delivery (id),
    CONSTRAINT fk_contract_delivery_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ${table_options};
