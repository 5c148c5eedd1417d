-- Rule-set versions uploaded by auditors, and the lifecycle decisions (publish, retire) taken on
-- any version, the bundled ones included. Portable SQL, as V1.
--
-- A bundled version (shipped in the jar) has a row only once someone has published or retired
-- it; without a row, the latest bundled version of a questionnaire is active unless another
-- version's row says it is, and earlier bundled versions are retired. An uploaded version always
-- has a row and its files. Rows are never deleted; a version's files never change.
-- active_for holds the questionnaire id while the version is active and is null otherwise: its
-- unique constraint keeps two nodes publishing at once from leaving two versions active (a
-- partial unique index would say it more directly, but H2 has none).
CREATE TABLE rule_set (
    questionnaire_id      VARCHAR(64)              NOT NULL,
    version               VARCHAR(64)              NOT NULL,
    hash                  VARCHAR(128)             NOT NULL,
    origin                VARCHAR(16)              NOT NULL,
    status                VARCHAR(16)              NOT NULL,
    questionnaire_version VARCHAR(64)              NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(200)             NOT NULL,
    status_changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    active_for            VARCHAR(64),
    CONSTRAINT rule_set_pk PRIMARY KEY (questionnaire_id, version),
    CONSTRAINT rule_set_one_active UNIQUE (active_for),
    CONSTRAINT rule_set_origin CHECK (origin IN ('bundled', 'uploaded')),
    CONSTRAINT rule_set_status CHECK (status IN ('draft', 'active', 'retired'))
);

-- The files of uploaded versions: text as it was uploaded, or base64 for spreadsheets.
CREATE TABLE rule_set_file (
    questionnaire_id VARCHAR(64)  NOT NULL,
    version          VARCHAR(64)  NOT NULL,
    name             VARCHAR(128) NOT NULL,
    encoding         VARCHAR(8)   NOT NULL,
    content          TEXT         NOT NULL,
    CONSTRAINT rule_set_file_pk PRIMARY KEY (questionnaire_id, version, name),
    CONSTRAINT rule_set_file_version FOREIGN KEY (questionnaire_id, version)
        REFERENCES rule_set (questionnaire_id, version),
    CONSTRAINT rule_set_file_encoding CHECK (encoding IN ('utf-8', 'base64'))
);
