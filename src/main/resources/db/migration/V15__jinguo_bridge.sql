-- The Jinguo Bridge (巾帼桥): one order model for all six service lines. The supply side is a service menu
-- (service_item, the district's, per line) and the providers of every kind (bridge_provider: a volunteer, a team,
-- an organisation of the incubation base, a contracted provider, a partner institution, a neighbour offering paid
-- help) with the items they offer, the communities they serve and when they are free. The demand side and the order
-- are one record (bridge_order): who asked, where, what, how it came in; its state, provider, completion and rating.
-- Every move of an order is a line of its timeline (bridge_order_event). Service levels per line
-- (bridge_line_level) say within how many working days an order is accepted and dispatched, and after how many
-- days an unrated order closes itself.

INSERT INTO id_sequence (seq_name, seq_value) VALUES ('service_item', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('bridge_provider', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('bridge_order', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('bridge_order_event', 0);

CREATE TABLE bridge_line_level (
    id             BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    line           VARCHAR(32)  NOT NULL,
    accept_days    INT          NOT NULL,
    dispatch_days  INT          NOT NULL,
    rate_days      INT          NOT NULL,
    created_at     ${instant}   NOT NULL,
    updated_at     ${instant}   NOT NULL,
    CONSTRAINT pk_bridge_line_level PRIMARY KEY (id),
    CONSTRAINT uq_bridge_line_level_line UNIQUE (line)
) ${table_options};

INSERT INTO bridge_line_level (id, version, line, accept_days, dispatch_days, rate_days, created_at, updated_at)
VALUES (1, 0, 'FAMILY_AID', 2, 3, 7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
       (2, 0, 'ENTREPRENEURSHIP', 2, 3, 7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
       (3, 0, 'EDUCATION', 2, 3, 7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
       (4, 0, 'POVERTY_RELIEF', 2, 3, 7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
       (5, 0, 'VOLUNTEERING', 2, 3, 7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
       (6, 0, 'LEGAL_RIGHTS', 2, 3, 7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

CREATE TABLE service_item (
    id               BIGINT         NOT NULL,
    version          BIGINT         NOT NULL,
    line             VARCHAR(32)    NOT NULL,
    name_zh          VARCHAR(60)    NOT NULL,
    name_en          VARCHAR(80)    NULL,
    description      VARCHAR(500)   NULL,
    duration_minutes INT            NULL,
    price            DECIMAL(10, 2) NULL,
    price_unit       VARCHAR(20)    NULL,
    paid_by          VARCHAR(16)    NULL,
    sort_order       INT            NOT NULL,
    active           BOOLEAN        NOT NULL,
    created_at       ${instant}     NOT NULL,
    updated_at       ${instant}     NOT NULL,
    CONSTRAINT pk_service_item PRIMARY KEY (id)
) ${table_options};

CREATE INDEX ix_service_item_line ON service_item (line, sort_order);

CREATE TABLE service_item_kind (
    item_id BIGINT      NOT NULL,
    kind    VARCHAR(16) NOT NULL,
    CONSTRAINT pk_service_item_kind PRIMARY KEY (item_id, kind),
    CONSTRAINT fk_service_item_kind_item FOREIGN KEY (item_id) REFERENCES service_item (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE bridge_provider (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    unit_id       BIGINT        NOT NULL,
    unit_path     VARCHAR(255)  NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    person_id     BIGINT        NULL,
    volunteer_id  BIGINT        NULL,
    team_id       BIGINT        NULL,
    org_id        BIGINT        NULL,
    phone         VARCHAR(30)   NULL,
    introduction  VARCHAR(500)  NULL,
    capacity      INT           NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    rating_sum    INT           NOT NULL,
    rating_count  INT           NOT NULL,
    created_at    ${instant}    NOT NULL,
    updated_at    ${instant}    NOT NULL,
    CONSTRAINT pk_bridge_provider PRIMARY KEY (id),
    CONSTRAINT fk_bridge_provider_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_bridge_provider_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_bridge_provider_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT fk_bridge_provider_team FOREIGN KEY (team_id) REFERENCES volunteer_team (id),
    CONSTRAINT fk_bridge_provider_org FOREIGN KEY (org_id) REFERENCES social_org (id)
) ${table_options};

CREATE INDEX ix_bridge_provider_unit_path ON bridge_provider (unit_path, status);
CREATE INDEX ix_bridge_provider_volunteer ON bridge_provider (volunteer_id);

CREATE TABLE bridge_provider_item (
    provider_id BIGINT NOT NULL,
    item_id     BIGINT NOT NULL,
    CONSTRAINT pk_bridge_provider_item PRIMARY KEY (provider_id, item_id),
    CONSTRAINT fk_bridge_provider_item_provider FOREIGN KEY (provider_id) REFERENCES bridge_provider (id) ON DELETE CASCADE,
    CONSTRAINT fk_bridge_provider_item_item FOREIGN KEY (item_id) REFERENCES service_item (id)
) ${table_options};

CREATE INDEX ix_bridge_provider_item_item ON bridge_provider_item (item_id);

CREATE TABLE bridge_provider_area (
    provider_id BIGINT NOT NULL,
    unit_id     BIGINT NOT NULL,
    CONSTRAINT pk_bridge_provider_area PRIMARY KEY (provider_id, unit_id),
    CONSTRAINT fk_bridge_provider_area_provider FOREIGN KEY (provider_id) REFERENCES bridge_provider (id) ON DELETE CASCADE,
    CONSTRAINT fk_bridge_provider_area_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE TABLE bridge_provider_slot (
    provider_id BIGINT      NOT NULL,
    weekday     INT         NOT NULL,
    day_part    VARCHAR(16) NOT NULL,
    CONSTRAINT pk_bridge_provider_slot PRIMARY KEY (provider_id, weekday, day_part),
    CONSTRAINT fk_bridge_provider_slot_provider FOREIGN KEY (provider_id) REFERENCES bridge_provider (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE bridge_order (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    unit_id         BIGINT        NOT NULL,
    unit_path       VARCHAR(255)  NOT NULL,
    order_no        VARCHAR(20)   NOT NULL,
    line            VARCHAR(32)   NOT NULL,
    item_id         BIGINT        NULL,
    other_item      VARCHAR(100)  NULL,
    requester_id    BIGINT        NOT NULL,
    community_id    BIGINT        NULL,
    description     VARCHAR(1000) NOT NULL,
    urgency         VARCHAR(16)   NOT NULL,
    preferred_on    DATE          NULL,
    preferred_part  VARCHAR(16)   NULL,
    place           VARCHAR(200)  NULL,
    channel         VARCHAR(24)   NOT NULL,
    consent         BOOLEAN       NOT NULL,
    contact_log_id  BIGINT        NULL,
    status          VARCHAR(16)   NOT NULL,
    provider_id     BIGINT        NULL,
    submitted_at    ${instant}    NOT NULL,
    accept_due      DATE          NOT NULL,
    dispatch_due    DATE          NOT NULL,
    accepted_at     ${instant}    NULL,
    dispatched_at   ${instant}    NULL,
    taken_at        ${instant}    NULL,
    done_on         DATE          NULL,
    done_minutes    INT           NULL,
    done_notes      VARCHAR(1000) NULL,
    rating          INT           NULL,
    rating_comment  VARCHAR(500)  NULL,
    closed_at       ${instant}    NULL,
    created_at      ${instant}    NOT NULL,
    updated_at      ${instant}    NOT NULL,
    CONSTRAINT pk_bridge_order PRIMARY KEY (id),
    CONSTRAINT uq_bridge_order_no UNIQUE (order_no),
    CONSTRAINT fk_bridge_order_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_bridge_order_item FOREIGN KEY (item_id) REFERENCES service_item (id),
    CONSTRAINT fk_bridge_order_requester FOREIGN KEY (requester_id) REFERENCES person (id),
    CONSTRAINT fk_bridge_order_community FOREIGN KEY (community_id) REFERENCES org_unit (id),
    CONSTRAINT fk_bridge_order_contact_log FOREIGN KEY (contact_log_id) REFERENCES contact_log (id),
    CONSTRAINT fk_bridge_order_provider FOREIGN KEY (provider_id) REFERENCES bridge_provider (id)
) ${table_options};

CREATE INDEX ix_bridge_order_unit_path ON bridge_order (unit_path, status);
CREATE INDEX ix_bridge_order_submitted ON bridge_order (submitted_at);
CREATE INDEX ix_bridge_order_provider ON bridge_order (provider_id, status);
CREATE INDEX ix_bridge_order_requester ON bridge_order (requester_id);

CREATE TABLE bridge_order_file (
    order_id BIGINT NOT NULL,
    file_id  BIGINT NOT NULL,
    CONSTRAINT pk_bridge_order_file PRIMARY KEY (order_id, file_id),
    CONSTRAINT fk_bridge_order_file_order FOREIGN KEY (order_id) REFERENCES bridge_order (id),
    CONSTRAINT fk_bridge_order_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ${table_options};

CREATE TABLE bridge_order_event (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    order_id     BIGINT       NOT NULL,
    move         VARCHAR(16)  NULL,
    from_status  VARCHAR(16)  NULL,
    to_status    VARCHAR(16)  NOT NULL,
    actor        VARCHAR(50)  NOT NULL,
    happened_at  ${instant}   NOT NULL,
    reason       VARCHAR(500) NULL,
    provider_id  BIGINT       NULL,
    unit_id      BIGINT       NULL,
    created_at   ${instant}   NOT NULL,
    updated_at   ${instant}   NOT NULL,
    CONSTRAINT pk_bridge_order_event PRIMARY KEY (id),
    CONSTRAINT fk_bridge_order_event_order FOREIGN KEY (order_id) REFERENCES bridge_order (id),
    CONSTRAINT fk_bridge_order_event_provider FOREIGN KEY (provider_id) REFERENCES bridge_provider (id),
    CONSTRAINT fk_bridge_order_event_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX ix_bridge_order_event_order ON bridge_order_event (order_id, happened_at);

-- A provider organisation's account (role PROVIDER) signs in for its provider record.
ALTER TABLE app_user ADD COLUMN provider_id BIGINT;

-- The contact log entry a need was raised in points to the order it became (the order points back to it).
ALTER TABLE contact_log ADD COLUMN order_no VARCHAR(20);
