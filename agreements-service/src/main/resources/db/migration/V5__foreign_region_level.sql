-- The foreign region's administrative level as directory-service gives it, recorded when the party is set, so that the
-- equality of administrative level of the parties (a partner criterion, docs/PROCEDURE.md) can be judged from the
-- agreement. Agreements registered before are not looked up again: their level stays unknown until their parties are
-- next set.
alter table agreement add column foreign_region_level integer;
