package id.jembatan.agreements.api;

import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.domain.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "StageDescription", description = "One of the eleven stages of the procedure, with what it needs and its legal basis")
public record StageView(
        Stage stage,
        @Schema(example = "10") int number,
        @Schema(example = "penandatanganan") String indonesianName,
        @Schema(example = "signing") String englishName,
        @Schema(description = "What an agreement needs to complete the stage (what the guards check)") String evidence,
        @Schema(description = "The legal basis, in English") String legalBasis,
        @Schema(description = "The legal basis, in Bahasa Indonesia") String legalBasisIndonesian,
        @Schema(description = "The states that belong to the stage") List<AgreementState> states) {
}
