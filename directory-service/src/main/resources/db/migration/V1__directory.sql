-- directory-service schema: countries, blocs, regions with codes in several schemes, organisations.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- Case- and accent-folding for search. unaccent() is only STABLE (its dictionary could change), so it cannot
-- feed a generated column or an index directly; naming the dictionary makes the wrapper safe to declare
-- IMMUTABLE, the usual PostgreSQL idiom.
create or replace function jembatan_fold(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create table bloc (
    code        varchar(32) primary key,
    name        text        not null
);

create table country (
    code                  varchar(2)     primary key,
    alpha3                varchar(3)     not null unique,
    numeric_code          varchar(3)     not null,
    name_en               text        not null,
    name_id               text,
    official_name         text,
    sovereign             boolean     not null default true,
    diplomatic_relations  boolean     not null default false,
    search_name           text generated always as (jembatan_fold(name_en || ' ' || coalesce(name_id, ''))) stored,
    version               bigint      not null default 0,
    updated_at            timestamptz not null default now()
);
create index country_search_trgm on country using gin (search_name gin_trgm_ops);

create table country_bloc (
    country_code  varchar(2)     not null references country (code),
    bloc_code     varchar(32) not null references bloc (code),
    primary key (country_code, bloc_code)
);
create index country_bloc_bloc on country_bloc (bloc_code);

create table region (
    id               uuid        primary key,
    country_code     varchar(2)     not null references country (code),
    parent_id        uuid        references region (id),
    level            integer     not null check (level between 1 and 4),
    kind             text        not null,
    kind_en          text,
    name             text        not null,
    local_name       text,
    alt_names        text[]      not null default '{}',
    status           varchar(16) not null default 'ACTIVE' check (status in ('ACTIVE', 'RETIRED')),
    replaced_by_id   uuid        references region (id),
    retired_on       date,
    retirement_note  text,
    head_title       text,
    head_name        text,
    head_term_start  date,
    head_term_end    date,
    version          bigint      not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create index region_parent on region (parent_id);
create index region_country_level on region (country_code, level);

-- Every name a region is known by (Latin, local script, alternative spellings), folded for fuzzy search.
create table region_name (
    region_id    uuid not null references region (id) on delete cascade,
    name         text not null,
    search_name  text generated always as (jembatan_fold(name)) stored,
    primary key (region_id, name)
);
create index region_name_trgm on region_name using gin (search_name gin_trgm_ops);

create table region_code (
    scheme       varchar(16) not null check (scheme in ('KEMENDAGRI', 'BPS', 'ISO_3166_2', 'GB_T_2260', 'UN_LOCODE', 'GEONAMES')),
    code         varchar(32) not null,
    region_id    uuid        not null references region (id) on delete cascade,
    valid_from   date,
    valid_until  date,
    source       text,
    primary key (scheme, code)
);
create index region_code_region on region_code (region_id);

create table region_figure (
    region_id     uuid           not null references region (id) on delete cascade,
    metric        varchar(32)    not null check (metric in ('POPULATION', 'AREA_KM2', 'GRDP', 'BUDGET_REVENUE')),
    year          integer        not null,
    value         numeric(24, 2) not null,
    unit          varchar(16)    not null,
    source        text           not null,
    illustrative  boolean        not null default false,
    primary key (region_id, metric, year)
);

create table organisation (
    id                uuid        primary key,
    key               varchar(64) not null unique,
    name              text        not null,
    kind              varchar(32) not null,
    country_code      varchar(2)     not null references country (code),
    sectors           text[]      not null default '{}',
    state_controlled  boolean     not null default false,
    parent_id         uuid        references organisation (id),
    website           text,
    note              text,
    search_name       text generated always as (jembatan_fold(name || ' ' || key)) stored,
    version           bigint      not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create index organisation_search_trgm on organisation using gin (search_name gin_trgm_ops);
create index organisation_country on organisation (country_code);

-- Which vendored reference data set has been loaded, so that it is loaded once, on first start.
create table reference_dataset (
    name       varchar(64) primary key,
    checksum   varchar(64) not null,
    loaded_at  timestamptz not null default now()
);
