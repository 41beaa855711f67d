-- What a unit covers (women, enterprises, women employees, member bodies, and a line describing it, e.g. the
-- health-sector federation's hospitals) and the service stations where residents meet it: party-mass and
-- community service stations, and its online women's home.

ALTER TABLE org_unit ADD women_count INT NULL;
ALTER TABLE org_unit ADD enterprise_count INT NULL;
ALTER TABLE org_unit ADD women_employee_count INT NULL;
ALTER TABLE org_unit ADD member_body_count INT NULL;
ALTER TABLE org_unit ADD covers VARCHAR(500) NULL;

CREATE TABLE service_station (
    unit_id       BIGINT       NOT NULL,
    list_order    INT          NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    address       VARCHAR(255) NULL,
    opening_hours VARCHAR(100) NULL,
    link          VARCHAR(255) NULL,
    CONSTRAINT pk_service_station PRIMARY KEY (unit_id, list_order),
    CONSTRAINT fk_service_station_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id) ON DELETE CASCADE
) ${table_options};
