-- Coverage (覆盖面): whether women's work is done in a community, village or hosted committee, as
-- its federation records it. Organisation coverage needs no column: an area is organised when it
-- has a term running today.
ALTER TABLE org_unit ADD COLUMN work_covered BOOLEAN DEFAULT FALSE NOT NULL;
