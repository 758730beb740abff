-- The registry's typical query: a province with its regencies and cities, one state, sorted by signing date, a
-- page at a time (GET /agreements?region=36&includeSubregions=true&state=ACTIVE&sort=-signedOn). With this index
-- the page is an ordered index scan that stops after it, instead of collecting and sorting the whole province.
create index agreement_province_state_signed on agreement (province_code, state, signed_on desc nulls last, id);

-- The default order of any listing (most recently updated first), for the unfiltered first pages of the registry.
create index agreement_updated on agreement (updated_at desc nulls last, id);
