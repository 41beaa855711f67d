-- Notifications (通知中心): one per user told something, with its text as a bundle key and arguments and the page it
-- leads to; a reminder's once-key is unique, so that the same reminder raised by two servers or two runs is stored
-- once. Deliveries outside the app (mail, SMS) are an outbox, sent and retried by a timer. Users choose per kind the
-- channels they want, and give their own e-mail address and mobile number for them.

INSERT INTO id_sequence (seq_name, seq_value) VALUES ('notification', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('notification_delivery', 0);

ALTER TABLE app_user ADD COLUMN email VARCHAR(200) NULL;
ALTER TABLE app_user ADD COLUMN mobile VARCHAR(20) NULL;

CREATE TABLE notification (
    id         BIGINT       NOT NULL,
    user_id    BIGINT       NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    text_key   VARCHAR(80)  NOT NULL,
    arguments  VARCHAR(600) NULL,
    path       VARCHAR(300) NULL,
    once_key   VARCHAR(160) NULL,
    created_at ${instant}   NOT NULL,
    read_at    ${instant}   NULL,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT uq_notification_once UNIQUE (once_key),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_notification_user ON notification (user_id, read_at, created_at);

CREATE TABLE notification_delivery (
    id              BIGINT       NOT NULL,
    notification_id BIGINT       NOT NULL,
    channel         VARCHAR(8)   NOT NULL,
    status          VARCHAR(8)   NOT NULL,
    attempts        INT          NOT NULL,
    next_try_at     ${instant}   NOT NULL,
    sent_at         ${instant}   NULL,
    last_error      VARCHAR(300) NULL,
    CONSTRAINT pk_notification_delivery PRIMARY KEY (id),
    CONSTRAINT fk_notification_delivery_notification FOREIGN KEY (notification_id) REFERENCES notification (id)
) ${table_options};

CREATE INDEX ix_notification_delivery_due ON notification_delivery (status, next_try_at);
CREATE INDEX ix_notification_delivery_notification ON notification_delivery (notification_id);

CREATE TABLE notification_choice (
    user_id BIGINT      NOT NULL,
    kind    VARCHAR(40) NOT NULL,
    channel VARCHAR(8)  NOT NULL,
    CONSTRAINT pk_notification_choice PRIMARY KEY (user_id, kind, channel),
    CONSTRAINT fk_notification_choice_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};
