package id.jembatan.directory.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** A profile figure for one year, always with its source; illustrative when it is not an official number. */
@Embeddable
public class RegionFigure {

    @Enumerated(EnumType.STRING)
    public Metric metric;

    public int year;

    public BigDecimal value;

    public String unit;

    public String source;

    public boolean illustrative;

    public RegionFigure() {
    }

    public RegionFigure(Metric metric, int year, BigDecimal value, String unit, String source, boolean illustrative) {
        this.metric = metric;
        this.year = year;
        this.value = value;
        this.unit = unit;
        this.source = source;
        this.illustrative = illustrative;
    }
}
