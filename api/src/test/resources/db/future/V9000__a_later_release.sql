-- A migration from a release after this one, for MigrationsTest: a node of this release must
-- still start, read and write on a schema a newer node has migrated (a rolling upgrade). Later
-- releases add to the schema the same way: new nullable columns and new tables, nothing removed.
ALTER TABLE assessment ADD COLUMN later_release_note VARCHAR(200);
CREATE TABLE later_release_table (id VARCHAR(36) NOT NULL, CONSTRAINT later_release_table_pk PRIMARY KEY (id));
