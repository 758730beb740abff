package id.jembatan.directory.api;

import id.jembatan.directory.domain.RegionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Region", description = "An administrative unit at any level")
public record RegionView(
        UUID id,
        @Schema(example = "ID") String country,
        @Schema(description = "1 = province/state, 2 = regency/city/prefecture-level city", example = "2") int level,
        @Schema(example = "Kota") String kind,
        @Schema(example = "City") String kindEn,
        @Schema(example = "Kota Serang") String name,
        @Schema(description = "Official name in the local script", example = "Kota Serang") String localName,
        List<String> altNames,
        RegionRef parent,
        RegionStatus status,
        RegionRef replacedBy,
        LocalDate retiredOn,
        String retirementNote,
        List<CodeView> codes,
        List<FigureView> figures,
        HeadView head,
        @Schema(description = "Version, also sent as the ETag", example = "0") long version) {
}
