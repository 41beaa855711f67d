-- Indexes found by the benchmark (mvn verify -Pbench: a district ten times Jiangbei; benchmark/results.md).
-- Every list is also filtered by the caller's unit path (LIKE '<path>%'); each index below ends with
-- unit_path so that filter is checked in the index, without reading the row.

-- Hours to approve (status PENDING, newest first: the index is in that order, so a page stops after its
-- rows) and the approved hours of a period summed by unit (volunteer dashboard, monthly chart): both were
-- a scan of every hour record of the subtree.
CREATE INDEX ix_service_hours_status_day ON service_hours (status, served_on DESC, id DESC, unit_path, minutes);

-- Exports read large lists a page at a time after the last id (keyset), in id order.
CREATE INDEX ix_person_id_path ON person (id, unit_path);
CREATE INDEX ix_service_hours_id_path ON service_hours (id, unit_path);

-- A team's approved hours (team list and page): there was no index on the team at all.
CREATE INDEX ix_service_hours_team ON service_hours (team_id, status, minutes);
