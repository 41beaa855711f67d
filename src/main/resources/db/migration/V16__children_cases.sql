-- Care of children in difficulty (童梦童乐·困境儿童关爱项目): the case file of each child the project follows, under
-- a pseudonym (child_case), with her real identity apart and encrypted (child_identity, child_guardian: every value
-- a cipher text of the application's key, the name and ID-card number also as keyed hashes for exact search).
-- The case's team (child_case_member: her caseworkers and counsellors) decides who reads the file; its moves are
-- its timeline (child_case_event). Then the intake assessment with its psychological tests, the intervention plans
-- the supervisor approves or returns, and counselling as series (counselling_series) that generate their sessions
-- (counselling_session; the counsellor's notes encrypted). A session held under a purchase-of-services contract is
-- one of that contract's deliveries (delivery_id).

INSERT INTO id_sequence (seq_name, seq_value) VALUES ('child_case', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('child_case_event', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('child_assessment', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('child_plan', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('counselling_series', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('counselling_session', 0);

CREATE TABLE child_case (
    id               BIGINT        NOT NULL,
    version          BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    unit_path        VARCHAR(255)  NOT NULL,
    case_no          VARCHAR(20)   NOT NULL,
    pseudonym        VARCHAR(20)   NOT NULL,
    gender           VARCHAR(10)   NULL,
    category         VARCHAR(16)   NOT NULL,
    qualifying_facts VARCHAR(1000) NOT NULL,
    referred_by      VARCHAR(200)  NULL,
    registered_on    DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    risk             VARCHAR(10)   NULL,
    assessment_due   DATE          NULL,
    review_due       DATE          NULL,
    followup_due     DATE          NULL,
    closure_reason   VARCHAR(16)   NULL,
    closed_on        DATE          NULL,
    created_at       ${instant}    NOT NULL,
    updated_at       ${instant}    NOT NULL,
    CONSTRAINT pk_child_case PRIMARY KEY (id),
    CONSTRAINT uq_child_case_no UNIQUE (case_no),
    CONSTRAINT fk_child_case_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX ix_child_case_unit_path ON child_case (unit_path, status);

CREATE TABLE child_identity (
    case_id           BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    name_cipher       VARCHAR(200)  NOT NULL,
    name_hash         VARCHAR(64)   NOT NULL,
    id_card_cipher    VARCHAR(128)  NULL,
    id_card_hash      VARCHAR(64)   NULL,
    birth_date_cipher VARCHAR(100)  NOT NULL,
    address_cipher    VARCHAR(800)  NULL,
    school_cipher     VARCHAR(400)  NULL,
    created_at        ${instant}    NOT NULL,
    updated_at        ${instant}    NOT NULL,
    CONSTRAINT pk_child_identity PRIMARY KEY (case_id),
    CONSTRAINT fk_child_identity_case FOREIGN KEY (case_id) REFERENCES child_case (id)
) ${table_options};

CREATE INDEX ix_child_identity_name ON child_identity (name_hash);
CREATE INDEX ix_child_identity_id_card ON child_identity (id_card_hash);

CREATE TABLE child_guardian (
    case_id       BIGINT       NOT NULL,
    position      INT          NOT NULL,
    relation      VARCHAR(16)  NOT NULL,
    name_cipher   VARCHAR(200) NOT NULL,
    phone_cipher  VARCHAR(100) NULL,
    CONSTRAINT pk_child_guardian PRIMARY KEY (case_id, position),
    CONSTRAINT fk_child_guardian_identity FOREIGN KEY (case_id) REFERENCES child_identity (case_id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE child_case_member (
    case_id    BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    team_role  VARCHAR(16) NOT NULL,
    CONSTRAINT pk_child_case_member PRIMARY KEY (case_id, user_id),
    CONSTRAINT fk_child_case_member_case FOREIGN KEY (case_id) REFERENCES child_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_child_case_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_child_case_member_user ON child_case_member (user_id);

CREATE TABLE child_case_event (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    case_id     BIGINT       NOT NULL,
    happened_at ${instant}   NOT NULL,
    actor       VARCHAR(50)  NOT NULL,
    move        VARCHAR(20)  NULL,
    from_status VARCHAR(20)  NULL,
    to_status   VARCHAR(20)  NOT NULL,
    reason      VARCHAR(500) NULL,
    created_at  ${instant}   NOT NULL,
    updated_at  ${instant}   NOT NULL,
    CONSTRAINT pk_child_case_event PRIMARY KEY (id),
    CONSTRAINT fk_child_case_event_case FOREIGN KEY (case_id) REFERENCES child_case (id)
) ${table_options};

CREATE INDEX ix_child_case_event_case ON child_case_event (case_id, happened_at);

CREATE TABLE child_assessment (
    id                BIGINT         NOT NULL,
    version           BIGINT         NOT NULL,
    case_id           BIGINT         NOT NULL,
    assessed_on       DATE           NOT NULL,
    assessed_by       VARCHAR(50)    NOT NULL,
    family_situation  VARCHAR(1000)  NOT NULL,
    household_income  DECIMAL(10, 2) NULL,
    income_sources    VARCHAR(300)   NULL,
    living_conditions VARCHAR(500)   NULL,
    health            VARCHAR(500)   NULL,
    schooling         VARCHAR(500)   NULL,
    risk              VARCHAR(10)    NOT NULL,
    created_at        ${instant}     NOT NULL,
    updated_at        ${instant}     NOT NULL,
    CONSTRAINT pk_child_assessment PRIMARY KEY (id),
    CONSTRAINT uq_child_assessment_case UNIQUE (case_id),
    CONSTRAINT fk_child_assessment_case FOREIGN KEY (case_id) REFERENCES child_case (id)
) ${table_options};

CREATE TABLE child_psych_test (
    assessment_id  BIGINT       NOT NULL,
    position       INT          NOT NULL,
    instrument     VARCHAR(60)  NOT NULL,
    taken_on       DATE         NOT NULL,
    scores         VARCHAR(200) NOT NULL,
    interpretation VARCHAR(500) NULL,
    CONSTRAINT pk_child_psych_test PRIMARY KEY (assessment_id, position),
    CONSTRAINT fk_child_psych_test_assessment FOREIGN KEY (assessment_id) REFERENCES child_assessment (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE child_plan (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    case_id        BIGINT        NOT NULL,
    seq            INT           NOT NULL,
    goals          VARCHAR(1000) NOT NULL,
    services       VARCHAR(1000) NOT NULL,
    deliverer      VARCHAR(16)   NOT NULL,
    deliverer_name VARCHAR(100)  NULL,
    frequency      VARCHAR(100)  NOT NULL,
    review_on      DATE          NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    submitted_at   ${instant}    NOT NULL,
    submitted_by   VARCHAR(50)   NOT NULL,
    decided_at     ${instant}    NULL,
    decided_by     VARCHAR(50)   NULL,
    comments       VARCHAR(500)  NULL,
    created_at     ${instant}    NOT NULL,
    updated_at     ${instant}    NOT NULL,
    CONSTRAINT pk_child_plan PRIMARY KEY (id),
    CONSTRAINT uq_child_plan_seq UNIQUE (case_id, seq),
    CONSTRAINT fk_child_plan_case FOREIGN KEY (case_id) REFERENCES child_case (id)
) ${table_options};

CREATE TABLE counselling_series (
    id            BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    case_id       BIGINT       NOT NULL,
    plan_id       BIGINT       NULL,
    kind          VARCHAR(12)  NOT NULL,
    week_days     VARCHAR(80)  NOT NULL,
    starts_at     TIME         NOT NULL,
    minutes       INT          NOT NULL,
    place         VARCHAR(200) NOT NULL,
    chosen_by     VARCHAR(12)  NOT NULL,
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NOT NULL,
    counsellor_id BIGINT       NULL,
    contract_id   BIGINT       NULL,
    status        VARCHAR(10)  NOT NULL,
    created_at    ${instant}   NOT NULL,
    updated_at    ${instant}   NOT NULL,
    CONSTRAINT pk_counselling_series PRIMARY KEY (id),
    CONSTRAINT fk_counselling_series_case FOREIGN KEY (case_id) REFERENCES child_case (id),
    CONSTRAINT fk_counselling_series_plan FOREIGN KEY (plan_id) REFERENCES child_plan (id),
    CONSTRAINT fk_counselling_series_counsellor FOREIGN KEY (counsellor_id) REFERENCES app_user (id),
    CONSTRAINT fk_counselling_series_contract FOREIGN KEY (contract_id) REFERENCES service_contract (id)
) ${table_options};

CREATE INDEX ix_counselling_series_case ON counselling_series (case_id);

CREATE TABLE counselling_session (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    unit_id      BIGINT        NOT NULL,
    unit_path    VARCHAR(255)  NOT NULL,
    series_id    BIGINT        NOT NULL,
    case_id      BIGINT        NOT NULL,
    held_on      DATE          NOT NULL,
    starts_at    TIME          NOT NULL,
    minutes      INT           NOT NULL,
    place        VARCHAR(200)  NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    cancelled_by VARCHAR(12)   NULL,
    notes_cipher VARCHAR(6000) NULL,
    progress     INT           NULL,
    recorded_by  VARCHAR(50)   NULL,
    delivery_id  BIGINT        NULL,
    created_at   ${instant}    NOT NULL,
    updated_at   ${instant}    NOT NULL,
    CONSTRAINT pk_counselling_session PRIMARY KEY (id),
    CONSTRAINT fk_counselling_session_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_counselling_session_series FOREIGN KEY (series_id) REFERENCES counselling_series (id),
    CONSTRAINT fk_counselling_session_case FOREIGN KEY (case_id) REFERENCES child_case (id),
    CONSTRAINT fk_counselling_session_delivery FOREIGN KEY (delivery_id) REFERENCES contract_delivery (id)
) ${table_options};

CREATE INDEX ix_counselling_session_case ON counselling_session (case_id, held_on);
CREATE INDEX ix_counselling_session_path ON counselling_session (unit_path, held_on, status);
CREATE INDEX ix_counselling_session_series ON counselling_session (series_id, held_on);
