package id.jembatan.agreements.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Instrument", description = "One of the agreement's documents: LOI, MOU, PKS (implementing agreement) or amendment")
public record Instrument(
        @NotNull InstrumentKind kind,
        @Size(max = 300) String title,
        @Schema(example = "2025-09-05") LocalDate signedOn,
        @Size(max = 10) List<@Size(max = 200) String> signatories,
        @Size(max = 40) @Schema(example = "id, zh, en") String language,
        LocalDate validFrom,
        LocalDate validUntil,
        @Valid Document document) {

    public boolean signed() {
        return signedOn != null;
    }
}
