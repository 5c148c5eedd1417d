-- Collection rounds: a site's respondents answer one by one through their own links, and the
-- round is closed into an ordinary assessment (assessment.round_id links it back).
CREATE TABLE round (
    id                    VARCHAR(36)              NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(200)             NOT NULL,
    site_id               VARCHAR(64)              NOT NULL,
    site_name             VARCHAR(200)             NOT NULL,
    questionnaire_id      VARCHAR(64)              NOT NULL,
    questionnaire_version VARCHAR(64)              NOT NULL,
    rule_set_version      VARCHAR(64)              NOT NULL,
    cycle                 VARCHAR(64)              NOT NULL,
    opens_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    anonymous             BOOLEAN                  NOT NULL,
    min_group             INTEGER                  NOT NULL,
    prefill               BOOLEAN                  NOT NULL,
    expected_json         TEXT                     NOT NULL,
    closed_at             TIMESTAMP WITH TIME ZONE,
    closed_by             VARCHAR(200),
    assessment_id         VARCHAR(36),
    CONSTRAINT round_pk PRIMARY KEY (id)
);
CREATE INDEX round_by_site ON round (site_id, id);

-- One link each. Only a hash of the link's secret is kept; a personal link made from an open
-- link names the open link it came from (opened_from), which is how an open link's cap is counted.
CREATE TABLE invitation (
    id          VARCHAR(36)              NOT NULL,
    round_id    VARCHAR(36)              NOT NULL,
    token_hash  VARCHAR(64)              NOT NULL,
    kind        VARCHAR(16)              NOT NULL,
    role        VARCHAR(64)              NOT NULL,
    name        VARCHAR(200),
    email       VARCHAR(320),
    cap         INTEGER,
    opened_from VARCHAR(36),
    status      VARCHAR(16)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT invitation_pk PRIMARY KEY (id),
    CONSTRAINT invitation_round_fk FOREIGN KEY (round_id) REFERENCES round (id),
    CONSTRAINT invitation_token_uq UNIQUE (token_hash)
);
CREATE INDEX invitation_by_round ON invitation (round_id, id);

-- Each respondent's answers, saved as they go. The key is a second hash of the link's secret, so
-- a response is found from its link only. In anonymous rounds invitation_id and updated_at stay
-- empty: nothing in the database joins an answer to an invitee.
CREATE TABLE response (
    response_key  VARCHAR(64)              NOT NULL,
    round_id      VARCHAR(36)              NOT NULL,
    invitation_id VARCHAR(36),
    role          VARCHAR(64)              NOT NULL,
    answers_json  TEXT                     NOT NULL,
    submitted     BOOLEAN                  NOT NULL,
    revision      INTEGER                  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT response_pk PRIMARY KEY (response_key),
    CONSTRAINT response_round_fk FOREIGN KEY (round_id) REFERENCES round (id)
);
CREATE INDEX response_by_round ON response (round_id, submitted);
CREATE INDEX response_by_invitation ON response (invitation_id);

-- Messages to respondents (invitations and reminders), kept with the link left out.
CREATE TABLE outbox (
    id            VARCHAR(36)              NOT NULL,
    round_id      VARCHAR(36)              NOT NULL,
    invitation_id VARCHAR(36)              NOT NULL,
    kind          VARCHAR(16)              NOT NULL,
    recipient     VARCHAR(320)             NOT NULL,
    subject       VARCHAR(300)             NOT NULL,
    body          TEXT                     NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE,
    failure       VARCHAR(1000),
    CONSTRAINT outbox_pk PRIMARY KEY (id),
    CONSTRAINT outbox_round_fk FOREIGN KEY (round_id) REFERENCES round (id)
);
CREATE INDEX outbox_by_round ON outbox (round_id, id);

ALTER TABLE assessment ADD COLUMN round_id VARCHAR(36);
