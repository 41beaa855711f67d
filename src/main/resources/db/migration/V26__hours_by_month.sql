-- Capacity (issue 23): approved volunteer minutes per unit and month, kept up to date as hours are approved
-- (volunteer.service.HoursTally), so that the volunteer dashboard and the monthly chart read a few rows per unit
-- instead of summing a year of hour records on every view. Keyed by the unit, not its path: moving a unit changes
-- nothing here. The hour records stay the truth; HoursTally.REBUILD recomputes this table from them.
CREATE TABLE hours_month (
    unit_id      BIGINT NOT NULL,
    served_year  INT    NOT NULL,
    served_month INT    NOT NULL,
    minutes      BIGINT NOT NULL,
    records      INT    NOT NULL,
    CONSTRAINT pk_hours_month PRIMARY KEY (unit_id, served_year, served_month),
    CONSTRAINT fk_hours_month_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ${table_options};

CREATE INDEX ix_hours_month_year ON hours_month (served_year, unit_id);

INSERT INTO hours_month (unit_id, served_year, served_month, minutes, records)
SELECT unit_id, EXTRACT(YEAR FROM served_on), EXTRACT(MONTH FROM served_on), SUM(minutes), COUNT(*)
FROM service_hours WHERE status = 'APPROVED'
GROUP BY unit_id, EXTRACT(YEAR FROM served_on), EXTRACT(MONTH FROM served_on);
