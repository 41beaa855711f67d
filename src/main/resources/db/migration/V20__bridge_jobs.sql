-- The Bridge's job platform (就业供需平台, 创业就业之桥): employers (firms of the regional and industry federations'
-- areas) and the positions they post; women registered as job seekers with their skills, wishes and the hours they can
-- work; referrals of a seeker to a position with the employer's answer, the placement and the follow-up three months on.

INSERT INTO id_sequence (seq_name, seq_value) VALUES ('bridge_employer', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('bridge_position', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('bridge_seeker', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('bridge_referral', 0);

CREATE TABLE bridge_employer (
    id          BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    unit_id     BIGINT        NOT NULL,
    unit_path   VARCHAR(255)  NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    contact     VARCHAR(50)   NULL,
    phone       VARCHAR(30)   NULL,
    address     VARCHAR(200)  NULL,
    created_at  ${instant}    NOT NULL,
    updated_at  ${instant}    NOT NULL,
    CONSTRAINT pk_bridge_employer PRIMARY KEY (id),
    CONSTRAINT fk_bridge_employer_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX ix_bridge_employer_unit_path ON bridge_employer (unit_path);

CREATE TABLE bridge_position (
    id           BIGINT         NOT NULL,
    version      BIGINT         NOT NULL,
    unit_id      BIGINT         NOT NULL,
    unit_path    VARCHAR(255)   NOT NULL,
    employer_id  BIGINT         NOT NULL,
    title        VARCHAR(100)   NOT NULL,
    place        VARCHAR(200)   NOT NULL,
    street_id    BIGINT         NULL,
    hours        VARCHAR(16)    NOT NULL,
    hours_note   VARCHAR(100)   NULL,
    pay_from     DECIMAL(10, 2) NULL,
    pay_to       DECIMAL(10, 2) NULL,
    headcount    INT            NOT NULL,
    open_until   DATE           NOT NULL,
    description  VARCHAR(1000)  NULL,
    closed       BOOLEAN        NOT NULL,
    created_at   ${instant}     NOT NULL,
    updated_at   ${instant}     NOT NULL,
    CONSTRAINT pk_bridge_position PRIMARY KEY (id),
    CONSTRAINT fk_bridge_position_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_bridge_position_employer FOREIGN KEY (employer_id) REFERENCES bridge_employer (id),
    CONSTRAINT fk_bridge_position_street FOREIGN KEY (street_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX ix_bridge_position_unit_path ON bridge_position (unit_path, open_until);

CREATE TABLE bridge_position_skill (
    position_id BIGINT      NOT NULL,
    skill       VARCHAR(24) NOT NULL,
    CONSTRAINT pk_bridge_position_skill PRIMARY KEY (position_id, skill),
    CONSTRAINT fk_bridge_position_skill_position FOREIGN KEY (position_id) REFERENCES bridge_position (id)
) ${table_options};

CREATE TABLE bridge_seeker (
    id            BIGINT         NOT NULL,
    version       BIGINT         NOT NULL,
    unit_id       BIGINT         NOT NULL,
    unit_path     VARCHAR(255)   NOT NULL,
    person_id     BIGINT         NOT NULL,
    wishes        VARCHAR(500)   NULL,
    wanted_pay    DECIMAL(10, 2) NULL,
    status        VARCHAR(16)    NOT NULL,
    registered_on DATE           NOT NULL,
    created_at    ${instant}     NOT NULL,
    updated_at    ${instant}     NOT NULL,
    CONSTRAINT pk_bridge_seeker PRIMARY KEY (id),
    CONSTRAINT uq_bridge_seeker_person UNIQUE (person_id),
    CONSTRAINT fk_bridge_seeker_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_bridge_seeker_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_bridge_seeker_unit_path ON bridge_seeker (unit_path, status);

CREATE TABLE bridge_seeker_skill (
    seeker_id BIGINT      NOT NULL,
    skill     VARCHAR(24) NOT NULL,
    CONSTRAINT pk_bridge_seeker_skill PRIMARY KEY (seeker_id, skill),
    CONSTRAINT fk_bridge_seeker_skill_seeker FOREIGN KEY (seeker_id) REFERENCES bridge_seeker (id)
) ${table_options};

CREATE TABLE bridge_seeker_hours (
    seeker_id BIGINT      NOT NULL,
    hours     VARCHAR(16) NOT NULL,
    CONSTRAINT pk_bridge_seeker_hours PRIMARY KEY (seeker_id, hours),
    CONSTRAINT fk_bridge_seeker_hours_seeker FOREIGN KEY (seeker_id) REFERENCES bridge_seeker (id)
) ${table_options};

CREATE TABLE bridge_referral (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    unit_id         BIGINT        NOT NULL,
    unit_path       VARCHAR(255)  NOT NULL,
    seeker_id       BIGINT        NOT NULL,
    position_id     BIGINT        NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    score           INT           NOT NULL,
    referred_on     DATE          NOT NULL,
    answered_on     DATE          NULL,
    answer_note     VARCHAR(300)  NULL,
    placed_on       DATE          NULL,
    follow_up_due   DATE          NULL,
    followed_up_on  DATE          NULL,
    still_employed  BOOLEAN       NULL,
    follow_up_note  VARCHAR(300)  NULL,
    created_at      ${instant}    NOT NULL,
    updated_at      ${instant}    NOT NULL,
    CONSTRAINT pk_bridge_referral PRIMARY KEY (id),
    CONSTRAINT uq_bridge_referral UNIQUE (seeker_id, position_id),
    CONSTRAINT fk_bridge_referral_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_bridge_referral_seeker FOREIGN KEY (seeker_id) REFERENCES bridge_seeker (id),
    CONSTRAINT fk_bridge_referral_position FOREIGN KEY (position_id) REFERENCES bridge_position (id)
) ${table_options};

CREATE INDEX ix_bridge_referral_position ON bridge_referral (position_id, status);
CREATE INDEX ix_bridge_referral_path ON bridge_referral (unit_path, status);
