-- access: the people who may sign in. One role each (DESIGN.md §1), a bcrypt hash, a language (§9).
CREATE TABLE users (
    username      VARCHAR(100) PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(40)  NOT NULL,
    language      VARCHAR(2)   NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    CONSTRAINT users_role CHECK (role IN ('CLERK', 'CENTRAL_AUTHORITY', 'PROSECUTOR', 'INVESTIGATING_JUDGE',
        'SUPERVISOR', 'POLICE', 'PRIVILEGE_REVIEWER', 'OVERSIGHT', 'ADMIN')),
    CONSTRAINT users_language CHECK (language IN ('fr', 'nl', 'de', 'en'))
);
