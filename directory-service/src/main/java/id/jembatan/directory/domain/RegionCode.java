package id.jembatan.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** A code of a region in one scheme, with the period it is valid for and where it comes from. */
@Embeddable
public class RegionCode {

    @Enumerated(EnumType.STRING)
    public CodeScheme scheme;

    public String code;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    public String source;

    public RegionCode() {
    }

    public RegionCode(CodeScheme scheme, String code, LocalDate validFrom, LocalDate validUntil, String source) {
        this.scheme = scheme;
        this.code = code;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.source = source;
    }
}
