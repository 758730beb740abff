package id.jembatan.agreements.api;

import id.jembatan.agreements.domain.CodeScheme;
import id.jembatan.agreements.domain.AgreementType;
import id.jembatan.agreements.domain.Clause;
import id.jembatan.agreements.domain.ClauseKind;
import id.jembatan.agreements.domain.Commitment;
import id.jembatan.agreements.domain.CostBenefit;
import id.jembatan.agreements.domain.Form;
import id.jembatan.agreements.domain.Instrument;
import id.jembatan.agreements.domain.ParticipantRole;
import id.jembatan.agreements.domain.Sector;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An agreement as its region writes it. State, version, approvals and audit fields are not here: they change
 * only through transitions, so no client can set them.
 */
@Schema(name = "AgreementInput", description = "An agreement as its region writes it; state, version and approvals change only through transitions")
public record AgreementInput(
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9./_-]+")
        @Schema(description = "Registry reference; generated when empty", example = "KSD/36.73/2025/001") String reference,
        @NotBlank @Size(max = 300) @Schema(example = "Letter of Intent on e-commerce and artificial intelligence cooperation") String title,
        @Size(max = 4000) String summary,
        @NotNull Form form,
        @NotNull AgreementType type,
        @NotBlank @Pattern(regexp = "\\d{2}(\\.\\d{2})?")
        @Schema(description = "Kemendagri code of the Indonesian province, regency or city", example = "36.73") String indonesianRegionCode,
        @Valid @Schema(description = "Required for KSDPL: the foreign local government") RegionCodeRef foreignRegion,
        @Size(max = 64) @Schema(description = "Required for KSDLL: key or id of the foreign institution", example = "alibaba") String foreignOrganisation,
        @Size(max = 20) List<@Valid @NotNull ParticipantInput> participants,
        @Size(max = 19) Set<@NotNull Sector> sectors,
        @Schema(example = "2025-09-05") LocalDate validFrom,
        @Schema(example = "2030-09-04") LocalDate validUntil,
        boolean renewable,
        @Min(0) @Max(10_000_000) @Schema(description = "People to be trained", example = "200") Integer trainingTarget,
        @Size(max = 200) @Schema(description = "AMDAL or UKL-UPL reference", example = "SK AMDAL 660/123/2025") String environmentalApprovalRef,
        @Size(max = 50) List<@Valid @NotNull Instrument> instruments,
        @Size(max = 8) @Schema(implementation = Clauses.class) Map<@NotNull ClauseKind, @Valid @NotNull Clause> clauses,
        @Valid CostBenefit costBenefit,
        @Size(max = 100) List<@Valid @NotNull Commitment> commitments,
        @Schema(description = "Kept out of the public view entirely") boolean confidential,
        @Size(max = 4000) @Schema(description = "Never shown publicly") String internalNotes) {

    /**
     * A clause sent as null is not recorded, as any other member sent as null: clients generated from the contract
     * write every member of the clauses object, set or not.
     */
    public AgreementInput {
        if (clauses != null && clauses.containsValue(null)) {
            Map<ClauseKind, Clause> recorded = new EnumMap<>(ClauseKind.class);
            clauses.forEach((kind, clause) -> {
                if (clause != null) {
                    recorded.put(kind, clause);
                }
            });
            clauses = recorded;
        }
    }

    @Schema(name = "RegionCodeRef", description = "A region by its code in one of directory-service's schemes")
    public record RegionCodeRef(
            @NotNull @Schema(example = "GB_T_2260") CodeScheme scheme,
            @NotBlank @Size(max = 32) @Schema(example = "330100") String code) {
    }

    @Schema(name = "ParticipantInput", description = "An organisation taking part, by its key or id in the directory, and its role")
    public record ParticipantInput(
            @NotBlank @Size(max = 64) @Schema(description = "Key or id in the directory", example = "deepseek") String organisation,
            @NotNull ParticipantRole role,
            @Size(max = 1000) String note) {
    }
}
