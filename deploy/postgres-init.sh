#!/bin/sh
# Runs once, when the compose PostgreSQL volume is created: Keycloak gets its own database and login.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v kcpass="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE keycloak LOGIN PASSWORD :'kcpass';
CREATE DATABASE keycloak OWNER keycloak;
SQL
