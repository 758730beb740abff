package id.jembatan.directory.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Profile figures of a region; BUDGET_REVENUE (APBD pendapatan) is what fiscal-exposure assessment needs. */
@Schema(description = "A profile figure of a region: population, area in km², gross regional domestic product, budget revenue "
        + "(APBD pendapatan), and its parts own-source revenue (PAD) and transfers (pendapatan transfer)")
public enum Metric {
    POPULATION,
    AREA_KM2,
    GRDP,
    BUDGET_REVENUE,
    /** Pendapatan asli daerah (PAD): the region's own-source revenue, part of BUDGET_REVENUE. */
    OWN_SOURCE_REVENUE,
    /** Pendapatan transfer: transfers from the centre and other regions, part of BUDGET_REVENUE. */
    TRANSFER_REVENUE
}
