package id.jembatan.directory.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Profile figures of a region; BUDGET_REVENUE (APBD pendapatan) is what fiscal-exposure assessment needs. */
@Schema(description = "A profile figure of a region: population, area in km², gross regional domestic product, budget revenue (APBD pendapatan)")
public enum Metric {
    POPULATION,
    AREA_KM2,
    GRDP,
    BUDGET_REVENUE
}
