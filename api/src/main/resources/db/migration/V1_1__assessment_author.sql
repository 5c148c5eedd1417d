-- Who stored each assessment: the caller's label (a token's name, or its role, site and
-- fingerprint; 'local' without access control). Never the token. Peer reviewers read the
-- assessments they stored themselves; rows stored before this column existed have no author.
-- Numbered 1.1 so that it cannot collide with a version 2 written alongside it.
ALTER TABLE assessment ADD COLUMN created_by VARCHAR(100);

CREATE INDEX assessment_by_author ON assessment (created_by, id);
