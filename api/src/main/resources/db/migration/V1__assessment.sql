-- Stored assessments. Portable SQL: standard types only (TEXT is the one extension, and both
-- H2 and PostgreSQL have it), so the same migration runs on either database.
-- Ids are time-ordered UUIDs in text form: ordering by id is ordering by creation.
CREATE TABLE assessment (
    id                    VARCHAR(36)              NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    questionnaire_id      VARCHAR(64)              NOT NULL,
    questionnaire_version VARCHAR(64)              NOT NULL,
    rule_set_version      VARCHAR(64)              NOT NULL,
    rule_set_hash         VARCHAR(128)             NOT NULL,
    site_id               VARCHAR(64)              NOT NULL,
    site_name             VARCHAR(200)             NOT NULL,
    mode                  VARCHAR(16)              NOT NULL,
    cycle                 VARCHAR(64),
    overall_rating        VARCHAR(32)              NOT NULL,
    submission_json       TEXT                     NOT NULL,
    result_json           TEXT                     NOT NULL,
    CONSTRAINT assessment_pk PRIMARY KEY (id)
);

CREATE INDEX assessment_by_site ON assessment (site_id, id);
CREATE INDEX assessment_by_questionnaire ON assessment (questionnaire_id, id);
