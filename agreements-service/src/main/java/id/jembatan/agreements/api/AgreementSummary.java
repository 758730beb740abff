package id.jembatan.agreements.api;

import id.jembatan.agreements.domain.Sector;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.domain.AgreementType;
import id.jembatan.agreements.domain.Form;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "AgreementSummary", description = "An agreement as listed by queries and the CSV export")
public record AgreementSummary(UUID id, String reference, String title, Form form, AgreementType type, AgreementState state,
                               @Schema(description = "Whether the agreement counts in a live portfolio: any state that is not final")
                               boolean live,
                               @Schema(example = "36.73") String regionCode, String regionName, String provinceCode,
                               String foreignParty, String partnerCountry, List<String> partnerBlocs,
                               @Schema(type = SchemaType.ARRAY, implementation = Sector.class, description = "Sectors of cooperation") List<String> sectors,
                               LocalDate signedOn, LocalDate validFrom, LocalDate validUntil, BigDecimal committedValueIdr,
                               LocalDate lastActivityOn, Outputs outputs, boolean dormant,
                               @Schema(description = "A legacy registration whose declared ministry decision is not confirmed yet")
                               boolean unconfirmed, long version) {

    /** A summary whose liveness follows from its state, by the one definition ({@link AgreementState#isLive()}). */
    public AgreementSummary(UUID id, String reference, String title, Form form, AgreementType type, AgreementState state,
                            String regionCode, String regionName, String provinceCode, String foreignParty,
                            String partnerCountry, List<String> partnerBlocs, List<String> sectors, LocalDate signedOn,
                            LocalDate validFrom, LocalDate validUntil, BigDecimal committedValueIdr,
                            LocalDate lastActivityOn, Outputs outputs, boolean dormant, boolean unconfirmed, long version) {
        this(id, reference, title, form, type, state, state.isLive(), regionCode, regionName, provinceCode, foreignParty,
                partnerCountry, partnerBlocs, sectors, signedOn, validFrom, validUntil, committedValueIdr, lastActivityOn,
                outputs, dormant, unconfirmed, version);
    }
}
