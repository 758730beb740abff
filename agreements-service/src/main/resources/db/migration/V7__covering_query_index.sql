-- The registry's typical query (GET /agreements?region=36&includeSubregions=true&state=ACTIVE&sector=TOURISM
-- &sort=-signedOn&page=1) filters a province and a state on the index of V6 and a sector on the GIN index of
-- sectors. EXPLAIN ANALYZE over 100,000 agreements showed PostgreSQL combining the two (BitmapAnd) and reading
-- some 14,000 entries of the sector index for a province that has 247 agreements in that state: 4-5 ms for the
-- page and as much again for its count. With the sectors and the confidentiality flag in the index itself, both
-- are an index-only scan of those 247 entries (0.3 ms each), and the page reads its twenty rows by id.
drop index if exists agreement_province_state_signed;
create index agreement_province_state_signed on agreement (province_code, state, signed_on desc nulls last, id)
    include (sectors, confidential);
