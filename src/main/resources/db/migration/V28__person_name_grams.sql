-- Capacity (issue 23): the one- and two-character pieces of every person's name (platform.persistence.NameGrams),
-- so that a search for names containing some text (the roster, the volunteers, the people, the hours) looks up its
-- first two characters in an index instead of reading every name of the scope with LIKE '%…%'. Kept by the Person
-- entity as her name is set; filled for the people already here by V29 (PersonNameGramsMigration, in Java, so
-- that it splits names exactly as the application does). Compared exactly (binary collation on MySQL): the search
-- lowers the case itself, and the full LIKE on the name still decides.
CREATE TABLE person_name_gram (
    person_id BIGINT     NOT NULL,
    gram      VARCHAR(8) ${exact_text} NOT NULL,
    CONSTRAINT pk_person_name_gram PRIMARY KEY (person_id, gram),
    CONSTRAINT fk_person_name_gram_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_person_name_gram ON person_name_gram (gram, person_id);
