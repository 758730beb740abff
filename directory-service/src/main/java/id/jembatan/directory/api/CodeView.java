package id.jembatan.directory.api;

import id.jembatan.directory.domain.CodeScheme;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "RegionCode", description = "A code of the region in one scheme, with validity and source")
public record CodeView(
        @NotNull @Schema(example = "KEMENDAGRI") CodeScheme scheme,
        @NotBlank @Size(max = 32) @Schema(example = "36.73") String code,
        @Schema(example = "2025-01-01") LocalDate validFrom,
        LocalDate validUntil,
        @Size(max = 300) @Schema(example = "Kepmendagri 300.2.2-2138/2025") String source) {
}
