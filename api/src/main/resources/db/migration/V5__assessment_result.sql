-- Results added to an assessment after it was stored, by re-evaluating its submission under
-- another rule-set version. The original result stays in assessment.result_json (result 0);
-- these are results 1, 2, ... Rows are never changed or deleted.
CREATE TABLE assessment_result (
    assessment_id    VARCHAR(36)              NOT NULL,
    seq              INTEGER                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(200)             NOT NULL,
    rule_set_version VARCHAR(64)              NOT NULL,
    rule_set_hash    VARCHAR(128)             NOT NULL,
    overall_rating   VARCHAR(32)              NOT NULL,
    result_json      TEXT                     NOT NULL,
    CONSTRAINT assessment_result_pk PRIMARY KEY (assessment_id, seq),
    CONSTRAINT assessment_result_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
