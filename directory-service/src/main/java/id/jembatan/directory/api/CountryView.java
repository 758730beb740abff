package id.jembatan.directory.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Country", description = "An ISO 3166-1 country with its bloc memberships")
public record CountryView(
        @Schema(description = "ISO 3166-1 alpha-2", example = "CN") String code,
        @Schema(example = "CHN") String alpha3,
        @Schema(example = "156") String numericCode,
        @Schema(example = "China") String nameEn,
        @Schema(example = "Tiongkok") String nameId,
        @Schema(example = "People's Republic of China") String officialName,
        @Schema(description = "A sovereign state (not a dependent territory)") boolean sovereign,
        @Schema(description = "Indonesia has diplomatic relations with it") boolean diplomaticRelations,
        @Schema(example = "[\"BRICS\", \"EAST_ASIA_PLUS_THREE\", \"G20\"]") List<String> blocs,
        @Schema(description = "Version, also sent as the ETag", example = "0") long version) {
}
