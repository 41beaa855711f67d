-- Social practice and themed activities of the children's care project: a child took part in an activity of the
-- volunteer feature (a themed day, a visit, social practice), recorded on her case with what she did there.

CREATE TABLE child_activity (
    case_id     BIGINT       NOT NULL,
    activity_id BIGINT       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    note        VARCHAR(300) NULL,
    recorded_by VARCHAR(50)  NOT NULL,
    CONSTRAINT pk_child_activity PRIMARY KEY (case_id, activity_id),
    CONSTRAINT fk_child_activity_case FOREIGN KEY (case_id) REFERENCES child_case (id),
    CONSTRAINT fk_child_activity_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
) ${table_options};

CREATE INDEX ix_child_activity_activity ON child_activity (activity_id);
