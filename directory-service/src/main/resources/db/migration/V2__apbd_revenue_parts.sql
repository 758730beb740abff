-- APBD realisations imported from DJPK carry the parts of budget revenue too: own-source revenue (PAD) and transfers.
alter table region_figure drop constraint region_figure_metric_check;
alter table region_figure add constraint region_figure_metric_check
    check (metric in ('POPULATION', 'AREA_KM2', 'GRDP', 'BUDGET_REVENUE', 'OWN_SOURCE_REVENUE', 'TRANSFER_REVENUE'));
