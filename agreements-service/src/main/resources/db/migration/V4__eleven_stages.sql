-- The eleven stages of Permendagri 25/2020 (docs/PROCEDURE.md). No state is renamed or dropped, so every stored state,
-- history entry and change keeps its meaning: CENTRAL_REVIEW, which stood for stages 6 to 9, is now the ministry's
-- verification (stage 6) and is followed by the new DRAFTING (7), NEGOTIATION (8) and MINISTER_REVIEW (9); APPROVED
-- (the Minister's approval) is followed by the new SIGNED (10). The stage of a state is derived in code
-- (AgreementState). Each agreement's history gains one entry saying how its state reads now.
alter table agreement
    add column verification_ref            text,
    add column negotiation_ref             text,
    add column full_powers_ref             text,
    add column deposit_ref                 text,
    add column state_since                 timestamptz,
    add column partner_criteria_exceptions jsonb not null default '[]',
    add column legacy_review               varchar(16) check (legacy_review in ('UNCONFIRMED', 'CONFIRMED', 'RETURNED')),
    add column legacy_review_ref           text;

-- When each agreement entered its state, for the deployment's deadlines: its last state-changing history entry.
update agreement a set state_since = coalesce(
    (select max(h.at) from agreement_history h
     where h.agreement_id = a.id and (h.action like 'TRANSITION:%' or h.action in ('CREATED', 'REGISTERED_LEGACY'))),
    a.created_at);
alter table agreement alter column state_since set default now(), alter column state_since set not null;

-- A legacy registration in a state only a ministry decision reaches declared that decision itself: it is unconfirmed
-- until a ministry reviewer confirms it. Its version moves on and the feed announces it, so followers re-read it.
update agreement set legacy_review = 'UNCONFIRMED', version = version + 1
where legacy and state in ('APPROVED', 'ACTIVE', 'UNDER_EVALUATION', 'RENEWED', 'EXPIRED', 'TERMINATED');

insert into agreement_history (agreement_id, actor, action, note)
select id, 'system', 'MIGRATED:ELEVEN_STAGES',
       'State ' || state || ' read in the eleven stages of Permendagri 25/2020: ' ||
       case state
           when 'INITIATED' then 'stage 1, prakarsa'
           when 'EXPLORATION' then 'stage 2, penjajakan'
           when 'LOI_SIGNED' then 'stage 3, pernyataan kehendak kerja sama'
           when 'PLANNED' then 'stage 4, penyusunan rencana kerja sama'
           when 'DPRD_REVIEW' then 'stage 5, persetujuan DPRD'
           when 'DPRD_APPROVED' then 'stage 5, persetujuan DPRD'
           when 'CENTRAL_REVIEW' then 'stage 6, verifikasi (central review, which stood for stages 6 to 9, is now verification; '
                                      || 'drafting, discussion of the text and the Minister''s approval follow)'
           when 'APPROVED' then 'stage 9, persetujuan Menteri (signing with the full-powers letter follows, then the deposit with Kemlu)'
           when 'REJECTED' then 'closed'
           when 'WITHDRAWN' then 'closed'
           else 'stage 11, pelaksanaan'
       end ||
       case when legacy_review = 'UNCONFIRMED'
            then '. Registered from before the system with a ministry decision the region declared: unconfirmed until a ministry reviewer confirms it'
            else '' end
from agreement;

-- Last, as every writer does: the outbox lock (ChangeRepository), then the changes.
select pg_advisory_xact_lock(87227904446296);
insert into agreement_change (position, agreement_id, type, state, version)
select nextval('agreement_change_position'), id, 'MIGRATED:ELEVEN_STAGES', state, version
from (select id, state, version from agreement where legacy_review = 'UNCONFIRMED' order by created_at, id) unconfirmed;
