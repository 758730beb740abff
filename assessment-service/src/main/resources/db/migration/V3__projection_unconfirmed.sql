-- A legacy registration in a state only a ministry decision reaches stays unconfirmed until a ministry reviewer
-- confirms it (agreements-service's 'unconfirmed' flag). Rows projected before this migration read as confirmed
-- until the change feed shows their agreement again.
alter table agreement_projection add column unconfirmed boolean not null default false;
