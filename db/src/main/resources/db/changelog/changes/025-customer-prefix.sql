--liquibase formatted sql

--changeset cosell:025-customer-prefix
-- The type-ahead's prefix matches, in name order, from a range scan: the trigram index cannot serve a
-- prefix of one or two letters and made every keystroke rank thousands of rows (61 ms at p50 over the
-- 50,000-company directory, bench 2026-11-26). Fuzzy matches are asked for only when prefixes are few.
CREATE INDEX customer_name_prefix ON customer (lower(name) text_pattern_ops, name, duns);
--rollback DROP INDEX customer_name_prefix;
