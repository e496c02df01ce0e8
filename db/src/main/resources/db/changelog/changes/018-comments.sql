--liquibase formatted sql

--changeset cosell:018-comments
-- A referral's comment thread. INTERNAL comments belong to the author's organisation's referral and
-- are read only there; PARTIES comments belong to the engagement and are read by every organisation
-- holding a referral of it (the parties), never by anyone else. A deleted comment stays as a
-- tombstone (deleted_at, no body); every edit and the deletion keep the replaced text in
-- comment_revision, the trace behind "edited" and "deleted".
CREATE TABLE comment (
    id              uuid         PRIMARY KEY,
    engagement_id   uuid         NOT NULL,
    referral_id     uuid         NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    organisation_id varchar(64)  NOT NULL REFERENCES organisation (id),
    channel         varchar(16)  NOT NULL CHECK (channel IN ('INTERNAL', 'PARTIES')),
    author_id       varchar(255) NOT NULL,
    author_name     varchar(200) NOT NULL,
    body            text         CHECK (char_length(body) <= 4000),
    -- [{id, name}] of the people mentioned, as they were named when mentioned.
    mentions        jsonb        NOT NULL DEFAULT '[]',
    created_at      timestamptz  NOT NULL,
    edited_at       timestamptz,
    edit_count      int          NOT NULL DEFAULT 0,
    deleted_at      timestamptz,
    CHECK ((deleted_at IS NULL) = (body IS NOT NULL))
);
CREATE INDEX comment_referral ON comment (referral_id, created_at);
CREATE INDEX comment_engagement ON comment (engagement_id, created_at) WHERE channel = 'PARTIES';

CREATE TABLE comment_revision (
    comment_id  uuid        NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    revision    int         NOT NULL,
    body        text        NOT NULL,
    replaced_at timestamptz NOT NULL,
    PRIMARY KEY (comment_id, revision)
);

--changeset cosell:018-notification-recipient
-- A notification for one person (a mention) rather than the whole organisation: only that person
-- sees it under the bell and only that person is mailed. NULL: the organisation's, as before.
ALTER TABLE notification ADD COLUMN recipient_id varchar(255);
