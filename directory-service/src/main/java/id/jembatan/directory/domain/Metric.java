package id.jembatan.directory.domain;

/** Profile figures of a region; BUDGET_REVENUE (APBD pendapatan) is what fiscal-exposure assessment needs. */
public enum Metric {
    POPULATION,
    AREA_KM2,
    GRDP,
    BUDGET_REVENUE
}
