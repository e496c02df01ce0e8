--liquibase formatted sql

--changeset cosell:024-routing-regions
-- A routing rule matches a region: one or several customer countries (NULL: any), e.g. the Nordics
-- as DK, FI, IS, NO, SE. A rule of one country keeps matching that country.
ALTER TABLE routing_rule ADD COLUMN countries text[] CHECK (cardinality(countries) BETWEEN 1 AND 250);
UPDATE routing_rule SET countries = ARRAY[trim(country)] WHERE country IS NOT NULL;
ALTER TABLE routing_rule DROP COLUMN country;
--rollback ALTER TABLE routing_rule ADD COLUMN country char(2); UPDATE routing_rule SET country = countries[1]; ALTER TABLE routing_rule DROP COLUMN countries;
