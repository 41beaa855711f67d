-- The children's care project's other services: caring visits, home visits and follow-up visits after closure
-- (child_visit: who went, what was given, money or goods), and volunteer tutoring (爱心家教): a volunteer of the
-- registry assigned to a child (child_tutoring) and the lessons she gives (child_tutoring_session). A tutor must be
-- an active volunteer cleared for work with children: volunteer.child_cleared_on is the day that check was done.

ALTER TABLE volunteer ADD COLUMN child_cleared_on DATE NULL;

INSERT INTO id_sequence (seq_name, seq_value) VALUES ('child_visit', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('child_tutoring', 0);
INSERT INTO id_sequence (seq_name, seq_value) VALUES ('child_tutoring_session', 0);

CREATE TABLE child_visit (
    id          BIGINT         NOT NULL,
    version     BIGINT         NOT NULL,
    unit_id     BIGINT         NOT NULL,
    unit_path   VARCHAR(255)   NOT NULL,
    case_id     BIGINT         NOT NULL,
    kind        VARCHAR(12)    NOT NULL,
    visited_on  DATE           NOT NULL,
    visitors    VARCHAR(200)   NOT NULL,
    gifts       VARCHAR(300)   NULL,
    amount      DECIMAL(10, 2) NULL,
    notes       VARCHAR(1000)  NULL,
    recorded_by VARCHAR(50)    NOT NULL,
    created_at  ${instant}     NOT NULL,
    updated_at  ${instant}     NOT NULL,
    CONSTRAINT pk_child_visit PRIMARY KEY (id),
    CONSTRAINT fk_child_visit_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_child_visit_case FOREIGN KEY (case_id) REFERENCES child_case (id)
) ${table_options};

CREATE INDEX ix_child_visit_case ON child_visit (case_id, visited_on);
CREATE INDEX ix_child_visit_path ON child_visit (unit_path, visited_on);

CREATE TABLE child_tutoring (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    case_id      BIGINT       NOT NULL,
    volunteer_id BIGINT       NOT NULL,
    subject      VARCHAR(100) NOT NULL,
    schedule     VARCHAR(100) NOT NULL,
    starts_on    DATE         NOT NULL,
    ended_on     DATE         NULL,
    created_at   ${instant}   NOT NULL,
    updated_at   ${instant}   NOT NULL,
    CONSTRAINT pk_child_tutoring PRIMARY KEY (id),
    CONSTRAINT fk_child_tutoring_case FOREIGN KEY (case_id) REFERENCES child_case (id),
    CONSTRAINT fk_child_tutoring_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id)
) ${table_options};

CREATE INDEX ix_child_tutoring_case ON child_tutoring (case_id);

CREATE TABLE child_tutoring_session (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    unit_id      BIGINT       NOT NULL,
    unit_path    VARCHAR(255) NOT NULL,
    tutoring_id  BIGINT       NOT NULL,
    case_id      BIGINT       NOT NULL,
    held_on      DATE         NOT NULL,
    minutes      INT          NOT NULL,
    notes        VARCHAR(500) NULL,
    recorded_by  VARCHAR(50)  NOT NULL,
    created_at   ${instant}   NOT NULL,
    updated_at   ${instant}   NOT NULL,
    CONSTRAINT pk_child_tutoring_session PRIMARY KEY (id),
    CONSTRAINT fk_child_tutoring_session_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_child_tutoring_session_tutoring FOREIGN KEY (tutoring_id) REFERENCES child_tutoring (id),
    CONSTRAINT fk_child_tutoring_session_case FOREIGN KEY (case_id) REFERENCES child_case (id)
) ${table_options};

CREATE INDEX ix_child_tutoring_session_case ON child_tutoring_session (case_id, held_on);
CREATE INDEX ix_child_tutoring_session_path ON child_tutoring_session (unit_path, held_on);
