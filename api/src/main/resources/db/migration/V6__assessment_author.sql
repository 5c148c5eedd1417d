-- Who stored each assessment: the caller's label (a token's name, or its role, site and
-- fingerprint; 'local' without access control), as the audit log records callers. Never the
-- token. Peer reviewers read the assessments they stored themselves; rows stored before this
-- column existed have no author.
ALTER TABLE assessment ADD COLUMN created_by VARCHAR(200);

CREATE INDEX assessment_by_author ON assessment (created_by, id);
