-- Liveness comes from agreements-service ('live' in its views), which owns the one definition: any state that is not
-- final. Rows projected before this migration take it from their state by that same definition; the change feed
-- overwrites it with the published flag at the agreement's next change.
alter table agreement_projection add column live boolean;
update agreement_projection
   set live = state not in ('RENEWED', 'EXPIRED', 'TERMINATED', 'REJECTED', 'WITHDRAWN');
alter table agreement_projection alter column live set not null;

-- Whether the public registry shows the agreement. Unknown (null) for rows projected before this migration: the
-- public portfolio leaves them out until the feed shows them again, so that nothing confidential leaks meanwhile.
alter table agreement_projection add column confidential boolean;

create index agreement_projection_live on agreement_projection (live);
