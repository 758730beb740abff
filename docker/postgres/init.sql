-- Jembatan: databases and roles for docker-compose.yml.
--
-- The postgres image runs this file once, when the container starts with an empty data volume
-- (/docker-entrypoint-initdb.d), with psql as the superuser and ON_ERROR_STOP. Changing the passwords in the
-- environment later does not change them here: reset with `docker compose down -v`, or ALTER ROLE by hand.
--
-- Each service owns one database and logs in with its own role; no role can connect to another service's
-- database (docs/ARCHITECTURE.md: no service reads another's tables). Role names and passwords come from the
-- same variables that docker-compose.yml gives the services (psql's \getenv, PostgreSQL 15 and later).

\set ON_ERROR_STOP on

\set directory_user directory
\set agreements_user agreements
\set assessment_user assessment
\getenv directory_user DIRECTORY_DB_USER
\getenv agreements_user AGREEMENTS_DB_USER
\getenv assessment_user ASSESSMENT_DB_USER
\getenv directory_password DIRECTORY_DB_PASSWORD
\getenv agreements_password AGREEMENTS_DB_PASSWORD
\getenv assessment_password ASSESSMENT_DB_PASSWORD

-- No default passwords here: a missing one stops the initialisation instead of creating a role nobody can use.
\if :{?directory_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'DIRECTORY_DB_PASSWORD is not set in the postgres container'; END $$;
\endif
\if :{?agreements_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'AGREEMENTS_DB_PASSWORD is not set in the postgres container'; END $$;
\endif
\if :{?assessment_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'ASSESSMENT_DB_PASSWORD is not set in the postgres container'; END $$;
\endif

CREATE ROLE :"directory_user" LOGIN PASSWORD :'directory_password';
CREATE ROLE :"agreements_user" LOGIN PASSWORD :'agreements_password';
CREATE ROLE :"assessment_user" LOGIN PASSWORD :'assessment_password';

-- The owner of a database owns its public schema too (pg_database_owner), so Flyway can create the tables.
CREATE DATABASE directory OWNER :"directory_user";
CREATE DATABASE agreements OWNER :"agreements_user";
CREATE DATABASE assessment OWNER :"assessment_user";

REVOKE ALL ON DATABASE directory FROM PUBLIC;
REVOKE ALL ON DATABASE agreements FROM PUBLIC;
REVOKE ALL ON DATABASE assessment FROM PUBLIC;

-- directory-service's search (case-, accent- and typo-tolerant names) needs pg_trgm and unaccent. Its first
-- migration says `create extension if not exists`, which is then a no-op for the service's role.
\connect directory
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
