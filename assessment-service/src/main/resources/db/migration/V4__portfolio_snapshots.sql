-- The portfolios an assessment was computed against (its region's agreements, its province's and the nation's
-- aggregated by partner country), stored once per content and referred to from assessment.inputs by the SHA-256 of
-- their canonical JSON. Until now every assessment carried them inline: about 150 kB of JSON per assessment over a
-- registry of 100,000 agreements, the same few snapshots written again and again. Assessments stored before this
-- migration keep their inputs inline.
create table portfolio_snapshot (
    hash       varchar(64) primary key,
    content    jsonb       not null,
    created_at timestamptz not null default now()
);
