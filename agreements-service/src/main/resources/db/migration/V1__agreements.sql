-- agreements-service schema: the registry, its append-only history, the change-feed outbox and idempotency keys.
create extension if not exists pg_trgm;

create table agreement (
    id                         uuid          primary key,
    reference                  varchar(64)   not null unique,
    title                      text          not null,
    summary                    text,
    form                       varchar(8)    not null check (form in ('KSDPL', 'KSDLL')),
    type                       varchar(32)   not null,
    state                      varchar(24)   not null,
    confidential               boolean       not null default false,
    -- The Indonesian party, as validated against directory-service when it was set.
    region_id                  uuid          not null,
    region_code                varchar(16)   not null,
    region_name                text          not null,
    province_code              varchar(16)   not null,
    -- The foreign party: a region (KSDPL) or an organisation (KSDLL), and its country.
    foreign_region_id          uuid,
    foreign_region_code        varchar(40),
    foreign_organisation_id    uuid,
    foreign_organisation_key   varchar(64),
    foreign_party_name         text          not null,
    partner_country            varchar(2)    not null,
    partner_blocs              text[]        not null default '{}',
    sectors                    text[]        not null default '{}',
    valid_from                 date,
    valid_until                date,
    renewable                  boolean       not null default false,
    training_target            integer,
    environmental_approval_ref text,
    dprd_decision_ref          text,
    central_approval_ref       text,
    internal_notes             text,
    participants               jsonb         not null default '[]',
    instruments                jsonb         not null default '[]',
    clauses                    jsonb         not null default '{}',
    cost_benefit               jsonb,
    commitments                jsonb         not null default '[]',
    committed_value_idr        numeric(24, 2) not null default 0,
    signed_on                  date,
    signing_year               integer,
    activated_on               date,
    last_activity_on           date,
    legacy                     boolean       not null default false,
    version                    bigint        not null default 0,
    created_at                 timestamptz   not null default now(),
    updated_at                 timestamptz   not null default now(),
    created_by                 text          not null,
    search_text                text generated always as (lower(reference || ' ' || title || ' ' || coalesce(summary, '')
                                   || ' ' || region_name || ' ' || foreign_party_name)) stored
);
create index agreement_region on agreement (region_code);
create index agreement_province on agreement (province_code);
create index agreement_partner on agreement (partner_country);
create index agreement_state on agreement (state);
create index agreement_valid_until on agreement (valid_until);
create index agreement_signing_year on agreement (signing_year);
create index agreement_sectors on agreement using gin (sectors);
create index agreement_blocs on agreement using gin (partner_blocs);
create index agreement_search on agreement using gin (search_text gin_trgm_ops);

create table activity (
    id                uuid           primary key,
    agreement_id      uuid           not null references agreement (id),
    kind              varchar(32)    not null,
    occurred_on       date           not null,
    description       text,
    organisations     text[]         not null default '{}',
    people_trained    integer        not null default 0,
    export_value      numeric(24, 2) not null default 0,
    investment_value  numeric(24, 2) not null default 0,
    currency          varchar(3)     not null default 'IDR',
    recorded_at       timestamptz    not null default now(),
    recorded_by       text           not null
);
create index activity_agreement on activity (agreement_id, occurred_on);

-- The audit trail. The database itself refuses to change or remove what is written here.
create table agreement_history (
    id            bigserial    primary key,
    agreement_id  uuid         not null,
    at            timestamptz  not null default now(),
    actor         text         not null,
    action        varchar(48)  not null,
    before        jsonb,
    after         jsonb,
    note          text,
    request_id    varchar(100)
);
create index agreement_history_agreement on agreement_history (agreement_id, id);

create function agreement_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'agreement_history is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger agreement_history_no_update before update or delete on agreement_history
    for each row execute function agreement_history_is_append_only();
create trigger agreement_history_no_truncate before truncate on agreement_history
    for each statement execute function agreement_history_is_append_only();

-- Transactional outbox behind GET /changes. Positions are taken under a transaction-scoped advisory lock at
-- the very end of each writing transaction, so they are handed out in commit order and a reader never sees
-- position n+1 before n has committed.
create sequence agreement_change_position;
create table agreement_change (
    position      bigint       primary key,
    agreement_id  uuid         not null,
    type          varchar(48)  not null,
    state         varchar(24)  not null,
    version       bigint       not null,
    at            timestamptz  not null default now()
);

create table idempotency_key (
    principal     text         not null,
    key           varchar(200) not null,
    request_hash  varchar(64)  not null,
    status        integer,
    body          text,
    location      text,
    etag          text,
    created_at    timestamptz  not null default now(),
    primary key (principal, key)
);
