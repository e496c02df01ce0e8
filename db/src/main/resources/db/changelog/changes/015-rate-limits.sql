--liquibase formatted sql

--changeset cosell:015-rate-limits
-- Token buckets of the API's rate limits, one row per organisation, user or handshake key, shared by
-- every backend instance. A request takes a token with one INSERT ... ON CONFLICT DO UPDATE that
-- refills the bucket for the time since it was last touched (at most to capacity) and takes one
-- token if there is a whole one. Unlogged: after a crash the buckets start full, which only forgives.
CREATE UNLOGGED TABLE rate_bucket (
    key          varchar(300)     PRIMARY KEY,
    tokens       double precision NOT NULL,
    -- the configuration the last request brought: a changed limit applies from the next request
    capacity     double precision NOT NULL,
    rate         double precision NOT NULL,
    -- whether the last request got its token
    granted      boolean          NOT NULL,
    refreshed_at timestamptz      NOT NULL
);
