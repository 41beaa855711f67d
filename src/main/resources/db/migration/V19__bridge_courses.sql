-- The Bridge's courses and training (创业就业之桥, 教育沟通之桥): a course of a unit with its trainer (a provider of the
-- Bridge), place, places and sessions, perhaps arranged for a community's order of a family-education course; the
-- women on it and waiting (one row per woman and course, queued in the order they came), the sessions each attended,
-- her completion with its certificate number, and her feedback on the course.

INSERT INTO id_sequence (seq_name, seq_value) VALUES ('bridge_course', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('bridge_course_session', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('bridge_enrolment', 0);

CREATE TABLE bridge_course (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    unit_id      BIGINT        NOT NULL,
    unit_path    VARCHAR(255)  NOT NULL,
    line         VARCHAR(32)   NOT NULL,
    kind         VARCHAR(24)   NOT NULL,
    title        VARCHAR(100)  NOT NULL,
    description  VARCHAR(1000) NULL,
    trainer_id   BIGINT        NULL,
    place        VARCHAR(200)  NOT NULL,
    places       INT           NOT NULL,
    self_enrol   BOOLEAN       NOT NULL,
    order_id     BIGINT        NULL,
    cancelled    BOOLEAN       NOT NULL,
    created_at   ${instant}    NOT NULL,
    updated_at   ${instant}    NOT NULL,
    CONSTRAINT pk_bridge_course PRIMARY KEY (id),
    CONSTRAINT fk_bridge_course_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_bridge_course_trainer FOREIGN KEY (trainer_id) REFERENCES bridge_provider (id),
    CONSTRAINT fk_bridge_course_order FOREIGN KEY (order_id) REFERENCES bridge_order (id)
) ${table_options};

CREATE INDEX ix_bridge_course_unit_path ON bridge_course (unit_path, line);
CREATE INDEX ix_bridge_course_order ON bridge_course (order_id);

CREATE TABLE bridge_course_session (
    id         BIGINT        NOT NULL,
    version    BIGINT        NOT NULL,
    course_id  BIGINT        NOT NULL,
    held_on    DATE          NOT NULL,
    starts_at  TIME          NOT NULL,
    ends_at    TIME          NOT NULL,
    topic      VARCHAR(100)  NULL,
    created_at ${instant}    NOT NULL,
    updated_at ${instant}    NOT NULL,
    CONSTRAINT pk_bridge_course_session PRIMARY KEY (id),
    CONSTRAINT fk_bridge_course_session_course FOREIGN KEY (course_id) REFERENCES bridge_course (id)
) ${table_options};

CREATE INDEX ix_bridge_course_session_course ON bridge_course_session (course_id, held_on);

CREATE TABLE bridge_enrolment (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    unit_id        BIGINT        NOT NULL,
    unit_path      VARCHAR(255)  NOT NULL,
    course_id      BIGINT        NOT NULL,
    person_id      BIGINT        NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    queued_at      ${instant}    NOT NULL,
    self_enrolled  BOOLEAN       NOT NULL,
    certificate_no VARCHAR(24)   NULL,
    rating         INT           NULL,
    feedback       VARCHAR(500)  NULL,
    created_at     ${instant}    NOT NULL,
    updated_at     ${instant}    NOT NULL,
    CONSTRAINT pk_bridge_enrolment PRIMARY KEY (id),
    CONSTRAINT uq_bridge_enrolment UNIQUE (course_id, person_id),
    CONSTRAINT fk_bridge_enrolment_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_bridge_enrolment_course FOREIGN KEY (course_id) REFERENCES bridge_course (id),
    CONSTRAINT fk_bridge_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_bridge_enrolment_person ON bridge_enrolment (person_id);
CREATE INDEX ix_bridge_enrolment_path ON bridge_enrolment (unit_path, status);

CREATE TABLE bridge_attendance (
    enrolment_id BIGINT NOT NULL,
    session_id   BIGINT NOT NULL,
    CONSTRAINT pk_bridge_attendance PRIMARY KEY (enrolment_id, session_id),
    CONSTRAINT fk_bridge_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES bridge_enrolment (id),
    CONSTRAINT fk_bridge_attendance_session FOREIGN KEY (session_id) REFERENCES bridge_course_session (id)
) ${table_options};

CREATE INDEX ix_bridge_attendance_session ON bridge_attendance (session_id);
