-- Running totals of what activities realised, so portfolio analytics need not read every activity.
alter table agreement add column people_trained integer not null default 0;
alter table agreement add column export_value_idr numeric(24, 2) not null default 0;
alter table agreement add column investment_value_idr numeric(24, 2) not null default 0;
update agreement a set people_trained = s.people, export_value_idr = s.exports, investment_value_idr = s.investment
from (select agreement_id, sum(people_trained) as people, sum(export_value) as exports, sum(investment_value) as investment
      from activity group by agreement_id) s
where s.agreement_id = a.id;
