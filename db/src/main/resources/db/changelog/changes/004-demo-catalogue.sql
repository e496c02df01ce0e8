--liquibase formatted sql

--changeset cosell:004-demo-catalogue context:demo
-- Solutions of the demo organisations. Registration-eligible ones open deal registration when won.
INSERT INTO solution (id, name, organisation_id, co_sell_ready, registration_eligible) VALUES
    ('00000000-0000-4000-8000-000000000101', 'Microsoft Azure', 'microsoft', true, true),
    ('00000000-0000-4000-8000-000000000102', 'Microsoft 365 E5', 'microsoft', true, true),
    ('00000000-0000-4000-8000-000000000103', 'Dynamics 365 Sales', 'microsoft', true, false),
    ('00000000-0000-4000-8000-000000000201', 'Contoso Analytics on Azure', 'contoso', true, true),
    ('00000000-0000-4000-8000-000000000202', 'Contoso Migration Factory', 'contoso', false, false),
    ('00000000-0000-4000-8000-000000000301', 'Fabrikam Secure Cloud', 'fabrikam', true, true),
    ('00000000-0000-4000-8000-000000000302', 'Fabrikam Internal Toolkit', 'fabrikam', false, false);

-- A few customers; two entities share one address and differ by D-U-N-S number.
INSERT INTO customer (id, name, address_line1, city, state, postal_code, country, region, duns, size) VALUES
    ('00000000-0000-4000-8000-000000001001', 'Woodgrove Bank', '100 Teheran-ro', 'Seoul', NULL, '06142', 'KR', 'Asia', '123456789', '1000+'),
    ('00000000-0000-4000-8000-000000001002', 'Woodgrove Bank Card Services', '100 Teheran-ro', 'Seoul', NULL, '06142', 'KR', 'Asia', '123456780', '500-999'),
    ('00000000-0000-4000-8000-000000001003', 'Northwind Traders', '1 Market St', 'San Francisco', 'CA', '94105', 'US', 'North America', '987654321', '100-499'),
    ('00000000-0000-4000-8000-000000001004', 'Adventure Works Cycles', '25 Haeundae-ro', 'Busan', NULL, '48099', 'KR', 'Asia', '555444333', '100-499'),
    ('00000000-0000-4000-8000-000000001005', 'Tailspin Toys', '12 Rue de Rivoli', 'Paris', NULL, '75004', 'FR', 'Europe', '222333444', '10-49');
--rollback DELETE FROM customer; DELETE FROM solution;
