-- People who sign in to the web pages: local accounts (passwords hashed with bcrypt), with the
-- role and site a token would give, and the count of failed sign-ins behind the lock-out.
CREATE TABLE account (
    username        VARCHAR(320)             NOT NULL,
    name            VARCHAR(200)             NOT NULL,
    role            VARCHAR(32)              NOT NULL,
    site_id         VARCHAR(64),
    password_hash   VARCHAR(100)             NOT NULL,
    failed_attempts INTEGER                  NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_pk PRIMARY KEY (username)
);

-- Signed-in sessions, shared by every node: only a hash of the cookie's value is kept.
CREATE TABLE web_session (
    id_hash    VARCHAR(64)              NOT NULL,
    username   VARCHAR(320)             NOT NULL,
    csrf       VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT web_session_pk PRIMARY KEY (id_hash),
    CONSTRAINT web_session_account_fk FOREIGN KEY (username) REFERENCES account (username)
);
