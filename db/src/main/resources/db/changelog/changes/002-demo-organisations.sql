--liquibase formatted sql

--changeset cosell:002-demo-organisations context:demo
-- The organisations of the development realm (keycloak/cosell-realm.json).
INSERT INTO organisation (id, name, kind) VALUES
    ('microsoft', 'Microsoft', 'VENDOR'),
    ('contoso', 'Contoso Ltd.', 'PARTNER'),
    ('fabrikam', 'Fabrikam, Inc.', 'PARTNER');
--rollback DELETE FROM organisation WHERE id IN ('microsoft', 'contoso', 'fabrikam');
