-- The three executive-member mechanisms (执委会议事制度 · 挂牌上岗 · 联系群众): council meetings with
-- their attendees and decisions followed up; the weekly on-duty rota of named posts; and each
-- member's resident contacts with a log of every contact and the need raised (kept so that a need can
-- later become a Jinguo Bridge service order).

INSERT INTO id_sequence (seq_name, seq_value) VALUES ('council_meeting', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('meeting_decision', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('duty_shift', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('resident_contact', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('contact_log', 0);

CREATE TABLE council_meeting (
    id         BIGINT        NOT NULL,
    version    BIGINT        NOT NULL,
    unit_id    BIGINT        NOT NULL,
    unit_path  VARCHAR(255)  NOT NULL,
    held_on    DATE          NOT NULL,
    topic      VARCHAR(200)  NOT NULL,
    place      VARCHAR(100)  NULL,
    minutes    VARCHAR(4000) NULL,
    created_at ${instant}    NOT NULL,
    updated_at ${instant}    NOT NULL,
    CONSTRAINT pk_council_meeting PRIMARY KEY (id),
    CONSTRAINT fk_council_meeting_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX ix_council_meeting_unit_path ON council_meeting (unit_path, held_on);

CREATE TABLE council_attendee (
    meeting_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    CONSTRAINT pk_council_attendee PRIMARY KEY (meeting_id, person_id),
    CONSTRAINT fk_council_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES council_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_council_attendee_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE TABLE meeting_decision (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    unit_id     BIGINT       NOT NULL,
    unit_path   VARCHAR(255) NOT NULL,
    meeting_id  BIGINT       NOT NULL,
    text        VARCHAR(500) NOT NULL,
    responsible VARCHAR(50)  NULL,
    due_on      DATE         NULL,
    status      VARCHAR(16)  NOT NULL,
    follow_up   VARCHAR(500) NULL,
    created_at  ${instant}   NOT NULL,
    updated_at  ${instant}   NOT NULL,
    CONSTRAINT pk_meeting_decision PRIMARY KEY (id),
    CONSTRAINT fk_meeting_decision_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_meeting_decision_meeting FOREIGN KEY (meeting_id) REFERENCES council_meeting (id)
) ${table_options};

CREATE INDEX ix_meeting_decision_unit_path ON meeting_decision (unit_path, status);

CREATE TABLE duty_shift (
    id         BIGINT       NOT NULL,
    version    BIGINT       NOT NULL,
    unit_id    BIGINT       NOT NULL,
    unit_path  VARCHAR(255) NOT NULL,
    person_id  BIGINT       NOT NULL,
    post       VARCHAR(100) NOT NULL,
    weekday    INT          NOT NULL,
    starts_at  TIME         NOT NULL,
    ends_at    TIME         NOT NULL,
    created_at ${instant}   NOT NULL,
    updated_at ${instant}   NOT NULL,
    CONSTRAINT pk_duty_shift PRIMARY KEY (id),
    CONSTRAINT fk_duty_shift_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_duty_shift_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_duty_shift_unit ON duty_shift (unit_id, weekday);

CREATE TABLE resident_contact (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    unit_id     BIGINT       NOT NULL,
    unit_path   VARCHAR(255) NOT NULL,
    member_id   BIGINT       NOT NULL,
    resident_id BIGINT       NOT NULL,
    household   VARCHAR(200) NULL,
    created_at  ${instant}   NOT NULL,
    updated_at  ${instant}   NOT NULL,
    CONSTRAINT pk_resident_contact PRIMARY KEY (id),
    CONSTRAINT fk_resident_contact_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_resident_contact_member FOREIGN KEY (member_id) REFERENCES person (id),
    CONSTRAINT fk_resident_contact_resident FOREIGN KEY (resident_id) REFERENCES person (id),
    CONSTRAINT uq_resident_contact UNIQUE (member_id, resident_id)
) ${table_options};

CREATE INDEX ix_resident_contact_unit_path ON resident_contact (unit_path);

CREATE TABLE contact_log (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    unit_id      BIGINT       NOT NULL,
    unit_path    VARCHAR(255) NOT NULL,
    contact_id   BIGINT       NOT NULL,
    contacted_on DATE         NOT NULL,
    channel      VARCHAR(16)  NOT NULL,
    need         VARCHAR(500) NULL,
    need_line    VARCHAR(32)  NULL,
    created_at   ${instant}   NOT NULL,
    updated_at   ${instant}   NOT NULL,
    CONSTRAINT pk_contact_log PRIMARY KEY (id),
    CONSTRAINT fk_contact_log_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_contact_log_contact FOREIGN KEY (contact_id) REFERENCES resident_contact (id)
) ${table_options};

CREATE INDEX ix_contact_log_contact ON contact_log (contact_id, contacted_on);
CREATE INDEX ix_contact_log_need ON contact_log (unit_path, need_line);
