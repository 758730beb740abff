package id.jembatan.agreements.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "Party", description = "A party to the agreement as directory-service knows it: a region or an organisation")
public record PartyView(UUID id,
                        @Schema(example = "36.73 or GB_T_2260:330100 or alibaba") String code,
                        @Schema(example = "Kota Serang") String name,
                        @Schema(example = "ID") String country,
                        @Schema(description = "Administrative level of a region party: 1 = province or its equal, 2 = regency, city "
                                + "or their equal (for a foreign region, as directory-service gave it when the party was set). Absent "
                                + "for an organisation, and for a foreign region set before the level was recorded", example = "2")
                        Integer level) {
}
