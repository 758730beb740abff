-- assessment-service schema: scoring models, immutable assessments, and a projection of the registry that the
-- change feed keeps current for portfolio analytics.
create table scoring_model (
    version     integer      primary key,
    model       jsonb        not null,
    note        text,
    created_at  timestamptz  not null default now(),
    created_by  text         not null
);

create table assessment (
    id                 uuid         primary key,
    agreement_id       uuid         not null,
    agreement_version  bigint       not null,
    region_code        varchar(16)  not null,
    province_code      varchar(16)  not null,
    model_version      integer      not null references scoring_model (version),
    inputs_hash        varchar(64)  not null,
    inputs             jsonb        not null,
    result             jsonb        not null,
    overall_level      varchar(16)  not null,
    overall_risk       integer      not null,
    benefit_score      integer      not null,
    stale              boolean      not null default false,
    stale_since        timestamptz,
    created_at         timestamptz  not null default now(),
    created_by         text         not null
);
create index assessment_agreement on assessment (agreement_id, created_at desc);

-- Assessments are evidence: once written, only their staleness may change.
create function assessment_is_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.result is distinct from old.result or new.inputs is distinct from old.inputs
       or new.inputs_hash is distinct from old.inputs_hash or new.model_version is distinct from old.model_version then
        raise exception 'assessments are immutable' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;
create trigger assessment_immutable before update or delete on assessment
    for each row execute function assessment_is_immutable();

create table feed_cursor (
    name        varchar(32)  primary key,
    position    bigint       not null,
    updated_at  timestamptz  not null default now()
);

create table agreement_projection (
    id                    uuid           primary key,
    version               bigint         not null,
    reference             varchar(64)    not null,
    title                 text           not null,
    region_name           text           not null,
    region_code           varchar(16)    not null,
    province_code         varchar(16)    not null,
    partner_country       varchar(2)     not null,
    partner_blocs         text[]         not null default '{}',
    sectors               text[]         not null default '{}',
    state                 varchar(24)    not null,
    signing_year          integer,
    valid_until           date,
    last_activity_on      date,
    activated_on          date,
    valid_from            date,
    committed_value_idr   numeric(24, 2) not null default 0,
    people_trained        integer        not null default 0,
    export_value_idr      numeric(24, 2) not null default 0,
    investment_value_idr  numeric(24, 2) not null default 0,
    projected_at          timestamptz    not null default now()
);
create index agreement_projection_region on agreement_projection (region_code);
create index agreement_projection_province on agreement_projection (province_code);
