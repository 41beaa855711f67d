-- Volunteer management (巾帼志愿者): volunteers from the person registry with their skills, preferred
-- service lines and weekly availability, reviewed from applicant to active; teams with their members and
-- their filing with a community (社区备案); activities (one-off or a weekly series) with sign-ups, a
-- waiting list and check-in by QR code; and service hours, from attendance or reported, approved or
-- declined. Teams are never deleted, so an organisation grown out of a team can keep pointing at it.

INSERT INTO id_sequence (seq_name, seq_value) VALUES ('volunteer', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('volunteer_team', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('activity', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('activity_signup', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('service_hours', 0);

CREATE TABLE volunteer (
    id             BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    unit_id        BIGINT       NOT NULL,
    unit_path      VARCHAR(255) NOT NULL,
    person_id      BIGINT       NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    self_registered BOOLEAN     NOT NULL,
    areas          VARCHAR(200) NULL,
    introduction   VARCHAR(500) NULL,
    applied_on     DATE         NOT NULL,
    reviewed_on    DATE         NULL,
    reviewed_by    VARCHAR(50)  NULL,
    status_reason  VARCHAR(200) NULL,
    created_at     ${instant}   NOT NULL,
    updated_at     ${instant}   NOT NULL,
    CONSTRAINT pk_volunteer PRIMARY KEY (id),
    CONSTRAINT fk_volunteer_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_volunteer_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_volunteer_person UNIQUE (person_id)
) ${table_options};

CREATE INDEX ix_volunteer_unit_path ON volunteer (unit_path, status);

CREATE TABLE volunteer_skill (
    volunteer_id BIGINT      NOT NULL,
    skill        VARCHAR(32) NOT NULL,
    CONSTRAINT pk_volunteer_skill PRIMARY KEY (volunteer_id, skill),
    CONSTRAINT fk_volunteer_skill_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_volunteer_skill_skill ON volunteer_skill (skill);

CREATE TABLE volunteer_line (
    volunteer_id BIGINT      NOT NULL,
    line         VARCHAR(32) NOT NULL,
    CONSTRAINT pk_volunteer_line PRIMARY KEY (volunteer_id, line),
    CONSTRAINT fk_volunteer_line_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE volunteer_slot (
    volunteer_id BIGINT      NOT NULL,
    weekday      INT         NOT NULL,
    day_part     VARCHAR(16) NOT NULL,
    CONSTRAINT pk_volunteer_slot PRIMARY KEY (volunteer_id, weekday, day_part),
    CONSTRAINT fk_volunteer_slot_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE volunteer_team (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    unit_id        BIGINT        NOT NULL,
    unit_path      VARCHAR(255)  NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    line           VARCHAR(32)   NOT NULL,
    leader_id      BIGINT        NULL,
    profile        VARCHAR(1000) NULL,
    founded_on     DATE          NULL,
    filed_unit_id  BIGINT        NULL,
    filed_on       DATE          NULL,
    filing_number  VARCHAR(50)   NULL,
    active         BOOLEAN       NOT NULL,
    created_at     ${instant}    NOT NULL,
    updated_at     ${instant}    NOT NULL,
    CONSTRAINT pk_volunteer_team PRIMARY KEY (id),
    CONSTRAINT fk_volunteer_team_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_volunteer_team_leader FOREIGN KEY (leader_id) REFERENCES volunteer (id),
    CONSTRAINT fk_volunteer_team_filed_unit FOREIGN KEY (filed_unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX ix_volunteer_team_unit_path ON volunteer_team (unit_path);

CREATE TABLE team_member (
    team_id      BIGINT NOT NULL,
    volunteer_id BIGINT NOT NULL,
    CONSTRAINT pk_team_member PRIMARY KEY (team_id, volunteer_id),
    CONSTRAINT fk_team_member_team FOREIGN KEY (team_id) REFERENCES volunteer_team (id) ON DELETE CASCADE,
    CONSTRAINT fk_team_member_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id)
) ${table_options};

CREATE INDEX ix_team_member_volunteer ON team_member (volunteer_id);

CREATE TABLE activity (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    unit_id        BIGINT        NOT NULL,
    unit_path      VARCHAR(255)  NOT NULL,
    title          VARCHAR(100)  NOT NULL,
    team_id        BIGINT        NULL,
    line           VARCHAR(32)   NOT NULL,
    place          VARCHAR(200)  NOT NULL,
    held_on        DATE          NOT NULL,
    starts_at      TIME          NOT NULL,
    ends_at        TIME          NOT NULL,
    min_needed     INT           NOT NULL,
    max_needed     INT           NOT NULL,
    description    VARCHAR(1000) NULL,
    series_id      BIGINT        NULL,
    cancelled      BOOLEAN       NOT NULL,
    checkin_token  VARCHAR(64)   NOT NULL,
    created_at     ${instant}    NOT NULL,
    updated_at     ${instant}    NOT NULL,
    CONSTRAINT pk_activity PRIMARY KEY (id),
    CONSTRAINT fk_activity_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_activity_team FOREIGN KEY (team_id) REFERENCES volunteer_team (id),
    CONSTRAINT uq_activity_checkin_token UNIQUE (checkin_token)
) ${table_options};

CREATE INDEX ix_activity_unit_path ON activity (unit_path, held_on);
CREATE INDEX ix_activity_series ON activity (series_id, held_on);

CREATE TABLE activity_skill (
    activity_id BIGINT      NOT NULL,
    skill       VARCHAR(32) NOT NULL,
    CONSTRAINT pk_activity_skill PRIMARY KEY (activity_id, skill),
    CONSTRAINT fk_activity_skill_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE activity_signup (
    id             BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    unit_id        BIGINT       NOT NULL,
    unit_path      VARCHAR(255) NOT NULL,
    activity_id    BIGINT       NOT NULL,
    volunteer_id   BIGINT       NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    queued_at      ${instant}   NOT NULL,
    cancelled_at   ${instant}   NULL,
    checked_in_at  ${instant}   NULL,
    checked_out_at ${instant}   NULL,
    created_at     ${instant}   NOT NULL,
    updated_at     ${instant}   NOT NULL,
    CONSTRAINT pk_activity_signup PRIMARY KEY (id),
    CONSTRAINT fk_activity_signup_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_activity_signup_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_activity_signup_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT uq_activity_signup UNIQUE (activity_id, volunteer_id)
) ${table_options};

CREATE INDEX ix_activity_signup_queue ON activity_signup (activity_id, status, queued_at);
CREATE INDEX ix_activity_signup_volunteer ON activity_signup (volunteer_id, status);

CREATE TABLE service_hours (
    id             BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    unit_id        BIGINT       NOT NULL,
    unit_path      VARCHAR(255) NOT NULL,
    volunteer_id   BIGINT       NOT NULL,
    activity_id    BIGINT       NULL,
    team_id        BIGINT       NULL,
    served_on      DATE         NOT NULL,
    minutes        INT          NOT NULL,
    source         VARCHAR(16)  NOT NULL,
    description    VARCHAR(200) NULL,
    status         VARCHAR(16)  NOT NULL,
    decided_by     VARCHAR(50)  NULL,
    decided_at     ${instant}   NULL,
    decline_reason VARCHAR(200) NULL,
    created_at     ${instant}   NOT NULL,
    updated_at     ${instant}   NOT NULL,
    CONSTRAINT pk_service_hours PRIMARY KEY (id),
    CONSTRAINT fk_service_hours_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_service_hours_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT fk_service_hours_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_service_hours_team FOREIGN KEY (team_id) REFERENCES volunteer_team (id),
    CONSTRAINT uq_service_hours_activity UNIQUE (activity_id, volunteer_id)
) ${table_options};

CREATE INDEX ix_service_hours_unit_path ON service_hours (unit_path, status, served_on);
CREATE INDEX ix_service_hours_volunteer ON service_hours (volunteer_id, status);

-- Recruitment campaigns (招募) for a team or an activity: skills wanted, how many, until when; volunteers
-- apply and staff accept (she joins the team, or signs up for the activity) or decline.
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('campaign', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('campaign_application', 0);

CREATE TABLE campaign (
    id          BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    unit_id     BIGINT        NOT NULL,
    unit_path   VARCHAR(255)  NOT NULL,
    title       VARCHAR(100)  NOT NULL,
    team_id     BIGINT        NULL,
    activity_id BIGINT        NULL,
    needed      INT           NOT NULL,
    deadline    DATE          NOT NULL,
    description VARCHAR(1000) NULL,
    closed      BOOLEAN       NOT NULL,
    created_at  ${instant}    NOT NULL,
    updated_at  ${instant}    NOT NULL,
    CONSTRAINT pk_campaign PRIMARY KEY (id),
    CONSTRAINT fk_campaign_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_campaign_team FOREIGN KEY (team_id) REFERENCES volunteer_team (id),
    CONSTRAINT fk_campaign_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
) ${table_options};

CREATE INDEX ix_campaign_unit_path ON campaign (unit_path, deadline);

CREATE TABLE campaign_skill (
    campaign_id BIGINT      NOT NULL,
    skill       VARCHAR(32) NOT NULL,
    CONSTRAINT pk_campaign_skill PRIMARY KEY (campaign_id, skill),
    CONSTRAINT fk_campaign_skill_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE campaign_application (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    unit_id      BIGINT       NOT NULL,
    unit_path    VARCHAR(255) NOT NULL,
    campaign_id  BIGINT       NOT NULL,
    volunteer_id BIGINT       NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    note         VARCHAR(200) NULL,
    decided_by   VARCHAR(50)  NULL,
    created_at   ${instant}   NOT NULL,
    updated_at   ${instant}   NOT NULL,
    CONSTRAINT pk_campaign_application PRIMARY KEY (id),
    CONSTRAINT fk_campaign_application_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_campaign_application_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_application_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT uq_campaign_application UNIQUE (campaign_id, volunteer_id)
) ${table_options};
