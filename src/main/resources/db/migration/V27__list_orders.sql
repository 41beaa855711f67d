-- Capacity (issue 23): the first pages of the biggest lists in the order of an index, so that a district reads its
-- page's 25 rows from the index and stops, instead of sorting tens of thousands of rows on every page. For a small
-- unit the database still starts from the unit_path index (it chooses by the statistics of both).

-- The roster unsorted: units in the order of the tree, each unit's holders in the order they were entered (the
-- district joined and sorted its ten thousand office holders by unit name, term and person name: 50-70 ms a page).
CREATE INDEX ix_office_holder_path_id ON office_holder (unit_path, id);

-- The activities unsorted: the next ones first (held_on, starts_at, id).
CREATE INDEX ix_activity_upcoming ON activity (held_on, starts_at, id);

-- The volunteers unsorted: the latest applications first (applied_on DESC, id DESC, read backwards).
CREATE INDEX ix_volunteer_applied ON volunteer (applied_on, id);
