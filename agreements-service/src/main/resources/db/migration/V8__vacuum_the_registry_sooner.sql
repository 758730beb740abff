-- The registry's filtered pages are index-only scans (V7), which read the table only for pages the visibility map
-- does not mark all-visible; every write clears that mark on its page until a vacuum sets it again. With the
-- defaults (a vacuum after 20 % of the rows changed) a registry of 100,000 agreements waited for 20,000 changes:
-- after 7,000 writes the benchmark's page was four times slower (docs/PERFORMANCE.md, sixth round). Vacuum and
-- analyse the agreement table after 2 % instead.
alter table agreement set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02,
    autovacuum_analyze_scale_factor = 0.02);
