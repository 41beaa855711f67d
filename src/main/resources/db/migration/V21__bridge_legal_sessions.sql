-- The Bridge's legal sessions (依法维权之桥): sessions a court or a lawyer holds at a place (e.g. the 鱼嘴 court at the
-- town's party-mass station twice a month), cut into slots women book (by staff on the phone, or themselves); a
-- booking holds its slot while active (slot_key set), a cancelled one frees it (slot_key null, kept for the record).
-- The consultation record (topic, advice, follow-up, referral) is confidential to the legal line's officers and the
-- lawyer; one about domestic violence is flagged, and only those the flag names may read it (legal_consultation_reader).

INSERT INTO id_sequence (seq_name, seq_value) VALUES ('legal_session', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('legal_booking', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('legal_consultation', 0);

CREATE TABLE legal_session (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    unit_id       BIGINT        NOT NULL,
    unit_path     VARCHAR(255)  NOT NULL,
    provider_id   BIGINT        NOT NULL,
    place         VARCHAR(200)  NOT NULL,
    held_on       DATE          NOT NULL,
    starts_at     TIME          NOT NULL,
    ends_at       TIME          NOT NULL,
    slot_minutes  INT           NOT NULL,
    series_id     BIGINT        NULL,
    cancelled     BOOLEAN       NOT NULL,
    created_at    ${instant}    NOT NULL,
    updated_at    ${instant}    NOT NULL,
    CONSTRAINT pk_legal_session PRIMARY KEY (id),
    CONSTRAINT fk_legal_session_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_legal_session_provider FOREIGN KEY (provider_id) REFERENCES bridge_provider (id)
) ${table_options};

CREATE INDEX ix_legal_session_unit_path ON legal_session (unit_path, held_on);
CREATE INDEX ix_legal_session_provider ON legal_session (provider_id, held_on);

CREATE TABLE legal_booking (
    id          BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    unit_id     BIGINT        NOT NULL,
    unit_path   VARCHAR(255)  NOT NULL,
    session_id  BIGINT        NOT NULL,
    slot        INT           NOT NULL,
    slot_key    INT           NULL,
    person_id   BIGINT        NOT NULL,
    topic       VARCHAR(24)   NOT NULL,
    self_booked BOOLEAN       NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    booked_at   ${instant}    NOT NULL,
    created_at  ${instant}    NOT NULL,
    updated_at  ${instant}    NOT NULL,
    CONSTRAINT pk_legal_booking PRIMARY KEY (id),
    CONSTRAINT uq_legal_booking_slot UNIQUE (session_id, slot, slot_key),
    CONSTRAINT fk_legal_booking_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_legal_booking_session FOREIGN KEY (session_id) REFERENCES legal_session (id),
    CONSTRAINT fk_legal_booking_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_legal_booking_person ON legal_booking (person_id);

CREATE TABLE legal_consultation (
    id           BIGINT         NOT NULL,
    version      BIGINT         NOT NULL,
    unit_id      BIGINT         NOT NULL,
    unit_path    VARCHAR(255)   NOT NULL,
    session_id   BIGINT         NULL,
    booking_id   BIGINT         NULL,
    person_id    BIGINT         NOT NULL,
    held_on      DATE           NOT NULL,
    topic        VARCHAR(24)    NOT NULL,
    dv_flag      BOOLEAN        NOT NULL,
    advice       VARCHAR(2000)  NOT NULL,
    follow_up    VARCHAR(500)   NULL,
    referral     VARCHAR(16)    NOT NULL,
    recorded_by  BIGINT         NOT NULL,
    created_at   ${instant}     NOT NULL,
    updated_at   ${instant}     NOT NULL,
    CONSTRAINT pk_legal_consultation PRIMARY KEY (id),
    CONSTRAINT uq_legal_consultation_booking UNIQUE (booking_id),
    CONSTRAINT fk_legal_consultation_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_legal_consultation_session FOREIGN KEY (session_id) REFERENCES legal_session (id),
    CONSTRAINT fk_legal_consultation_booking FOREIGN KEY (booking_id) REFERENCES legal_booking (id),
    CONSTRAINT fk_legal_consultation_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_legal_consultation_path ON legal_consultation (unit_path, held_on);

CREATE TABLE legal_consultation_reader (
    consultation_id BIGINT NOT NULL,
    user_id         BIGINT NOT NULL,
    CONSTRAINT pk_legal_consultation_reader PRIMARY KEY (consultation_id, user_id),
    CONSTRAINT fk_legal_consultation_reader_consultation FOREIGN KEY (consultation_id) REFERENCES legal_consultation (id)
) ${table_options};
