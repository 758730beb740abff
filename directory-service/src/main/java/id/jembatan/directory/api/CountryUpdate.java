package id.jembatan.directory.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

@Schema(name = "CountryUpdate", description = "The editable facts of a country; codes are fixed by ISO 3166-1")
public record CountryUpdate(
        @NotBlank @Size(max = 200) @Schema(example = "China") String nameEn,
        @Size(max = 200) @Schema(example = "Tiongkok") String nameId,
        @Size(max = 300) String officialName,
        @NotNull Boolean sovereign,
        @NotNull Boolean diplomaticRelations,
        @NotNull @Size(max = 20) Set<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String> blocs) {
}
