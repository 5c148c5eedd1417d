-- A site's plan for the actions an assessment recommends: who owns each, by when, and how far it
-- has got. Kept per assessment; the next cycle's result starts from the previous cycle's plan.
CREATE TABLE action_plan (
    assessment_id VARCHAR(36)              NOT NULL,
    action_id     VARCHAR(64)              NOT NULL,
    owner         VARCHAR(200),
    due           DATE,
    status        VARCHAR(16)              NOT NULL,
    updated_by    VARCHAR(200)             NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT action_plan_pk PRIMARY KEY (assessment_id, action_id),
    CONSTRAINT action_plan_assessment_fk FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
