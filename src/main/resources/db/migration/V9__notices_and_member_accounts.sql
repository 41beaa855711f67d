-- Notices and opinion polls to the executive members of a subtree (they replace the QQ and WeChat
-- groups): who received each one is fixed when it is sent, with when she read it and what she answered.
-- An executive member signs in with an account linked to her person record.

ALTER TABLE app_user ADD person_id BIGINT NULL;
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_person FOREIGN KEY (person_id) REFERENCES person (id);
CREATE UNIQUE INDEX uq_app_user_person ON app_user (person_id);

INSERT INTO id_sequence (seq_name, seq_value) VALUES ('notice', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('notice_recipient', 0);

CREATE TABLE notice (
    id               BIGINT        NOT NULL,
    version          BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    unit_path        VARCHAR(255)  NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    body             VARCHAR(4000) NOT NULL,
    audience_unit_id BIGINT        NOT NULL,
    closes_on        DATE          NULL,
    sent_at          ${instant}    NOT NULL,
    sent_by          VARCHAR(50)   NOT NULL,
    recipient_count  INT           NOT NULL,
    created_at       ${instant}    NOT NULL,
    updated_at       ${instant}    NOT NULL,
    CONSTRAINT pk_notice PRIMARY KEY (id),
    CONSTRAINT fk_notice_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_notice_audience FOREIGN KEY (audience_unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX ix_notice_unit_path ON notice (unit_path, sent_at);

CREATE TABLE notice_option (
    notice_id  BIGINT       NOT NULL,
    list_order INT          NOT NULL,
    label      VARCHAR(200) NOT NULL,
    CONSTRAINT pk_notice_option PRIMARY KEY (notice_id, list_order),
    CONSTRAINT fk_notice_option_notice FOREIGN KEY (notice_id) REFERENCES notice (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE notice_recipient (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    unit_id      BIGINT       NOT NULL,
    unit_path    VARCHAR(255) NOT NULL,
    notice_id    BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL,
    position     VARCHAR(20)  NOT NULL,
    read_at      ${instant}   NULL,
    answer       INT          NULL,
    comment_text VARCHAR(500) NULL,
    answered_at  ${instant}   NULL,
    created_at   ${instant}   NOT NULL,
    updated_at   ${instant}   NOT NULL,
    CONSTRAINT pk_notice_recipient PRIMARY KEY (id),
    CONSTRAINT fk_notice_recipient_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_notice_recipient_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
    CONSTRAINT fk_notice_recipient_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_notice_recipient UNIQUE (notice_id, person_id)
) ${table_options};

CREATE INDEX ix_notice_recipient_person ON notice_recipient (person_id, notice_id);
