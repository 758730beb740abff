package id.jembatan.assessment.api;

import id.jembatan.platform.problem.Problem;
import id.jembatan.platform.validation.CurrencyCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A draft agreement to evaluate before it is registered: the body of a preview. It is assessment-service's own
 * type, so a change in agreements-service's model does not change this contract; its limits are those a
 * registration must meet (agreements-service's AgreementInput, and the cross-field rules checked when it
 * registers), so a draft that previews is one that registers. {@link #inconsistencies()} holds the rules that span
 * fields.
 */
@Schema(name = "AgreementDraft", description = "An agreement as its region would register it, evaluated without storing anything")
public record AgreementDraft(
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9./_-]+") @Schema(example = "KSD/36.73/2025/001") String reference,
        @NotBlank @Size(max = 300) @Schema(example = "Letter of Intent on e-commerce and artificial intelligence cooperation") String title,
        @Size(max = 4000) String summary,
        @NotNull Form form,
        @NotNull AgreementType type,
        @NotBlank @Pattern(regexp = "\\d{2}(\\.\\d{2})?")
        @Schema(description = "Kemendagri code of the Indonesian province, regency or city", example = "36.73") String indonesianRegionCode,
        @Valid @Schema(description = "Required for KSDPL: the foreign local government") ForeignRegion foreignRegion,
        @Size(max = 64) @Schema(description = "Required for KSDLL: key or id of the foreign institution", example = "alibaba") String foreignOrganisation,
        @Size(max = 20) List<@Valid @NotNull Participant> participants,
        @Size(max = 19) Set<@NotNull Sector> sectors,
        @Schema(example = "2025-09-05") LocalDate validFrom,
        @Schema(example = "2030-09-04") LocalDate validUntil,
        boolean renewable,
        @Min(0) @Max(10_000_000) @Schema(description = "People to be trained", example = "200") Integer trainingTarget,
        @Size(max = 200) @Schema(description = "AMDAL or UKL-UPL reference") String environmentalApprovalRef,
        @Size(max = 50) List<@Valid @NotNull Instrument> instruments,
        @Size(max = 8) Map<@NotNull ClauseKind, @Valid @NotNull Clause> clauses,
        @Valid CostBenefit costBenefit,
        @Size(max = 100) List<@Valid @NotNull Commitment> commitments,
        boolean confidential,
        @Size(max = 4000) String internalNotes) {

    /**
     * A clause sent as null is not recorded, as any other member sent as null: clients generated from the contract
     * write every member of the clauses object, set or not.
     */
    public AgreementDraft {
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

    @Schema(description = "KSDPL: with a foreign local government (province, city); KSDLL: with a foreign institution")
    public enum Form { KSDPL, KSDLL }

    @Schema(description = "The kind of cooperation")
    public enum AgreementType { SISTER_CITY, SISTER_PROVINCE, TECHNICAL_COOPERATION, ECONOMIC_COOPERATION, EDUCATION_CULTURE, OTHER }

    @Schema(description = "Field of cooperation (Permendagri 25/2020 matters of regional government, with the digital fields named apart)")
    public enum Sector {
        TOURISM, CREATIVE_ECONOMY, HUMAN_RESOURCES, EDUCATION, E_COMMERCE, ARTIFICIAL_INTELLIGENCE, DIGITAL_INFRASTRUCTURE,
        TRADE_EXPORT, INVESTMENT, INFRASTRUCTURE, TRANSPORT, ENERGY, ENVIRONMENT, HEALTH, CULTURE, AGRICULTURE, INDUSTRY,
        URBAN_PLANNING, GOVERNANCE
    }

    @Schema(description = "What an organisation from the directory does in the agreement")
    public enum ParticipantRole { TECHNOLOGY_PARTNER, INVESTOR, IMPLEMENTING_PARTNER, FUNDER, PARTICIPANT }

    @Schema(description = "Kind of signed instrument: letter of intent, memorandum of understanding, cooperation agreement (PKS) or amendment")
    public enum InstrumentKind { LOI, MOU, PKS, AMENDMENT }

    @Schema(description = "The eight safeguard clauses an agreement is checked for")
    public enum ClauseKind {
        COST_BENEFIT_ANALYSIS, ENVIRONMENTAL_PROTECTION, FISCAL_PROVISIONS, TECHNOLOGY_TRANSFER, LOCAL_WORKFORCE_TRAINING,
        DATA_PROTECTION_LOCALISATION, DISPUTE_RESOLUTION, TERMINATION_EXIT
    }

    @Schema(description = "Who bears a cost")
    public enum Payer { REGION, PARTNER, THIRD_PARTY }

    @Schema(description = "The kind of benefit a yearly figure measures")
    public enum BenefitKind { EXPORTS, TOURISM, INVESTMENT, JOBS, PEOPLE_TRAINED }

    @Schema(description = "Who owes a financial commitment")
    public enum Obligor { INDONESIAN_PARTY, FOREIGN_PARTY, THIRD_PARTY }

    @Schema(description = "The form of a financial commitment")
    public enum CommitmentKind { GRANT, LOAN, EQUITY, IN_KIND, GUARANTEE, BUDGET_ALLOCATION }

    @Schema(description = "The code list a region code belongs to")
    public enum CodeScheme { KEMENDAGRI, BPS, ISO_3166_2, GB_T_2260, UN_LOCODE, GEONAMES }

    @Schema(name = "DraftForeignRegion", description = "The foreign party as a region code in its scheme")
    public record ForeignRegion(@NotNull @Schema(example = "GB_T_2260") CodeScheme scheme,
                                @NotBlank @Size(max = 32) @Schema(example = "330100") String code) {
    }

    @Schema(name = "DraftParticipant", description = "An organisation from the directory taking part, and its role")
    public record Participant(@NotBlank @Size(max = 64) @Schema(description = "Key or id in the directory", example = "deepseek") String organisation,
                              @NotNull ParticipantRole role,
                              @Size(max = 1000) String note) {
    }

    @Schema(name = "DraftInstrument", description = "A signed (or planned) instrument of the agreement")
    public record Instrument(@NotNull InstrumentKind kind,
                             @Size(max = 300) String title,
                             @Schema(example = "2025-09-05") LocalDate signedOn,
                             @Size(max = 10) List<@NotNull @Size(max = 200) String> signatories,
                             @Size(max = 40) String language,
                             LocalDate validFrom,
                             LocalDate validUntil,
                             @Valid Document document) {
    }

    @Schema(name = "DraftDocument", description = "A document of an instrument: title, checksum and where it is kept")
    public record Document(@NotBlank @Size(max = 300) String title,
                           @Pattern(regexp = "[0-9a-f]{64}") String sha256,
                           @Size(max = 500) String location,
                           boolean confidential) {
    }

    @Schema(name = "DraftClause", description = "Present (and where), or absent: with the reason in the note, or bare, "
            + "which the assessment reads as not filled in")
    public record Clause(@NotNull Boolean present,
                         @Size(max = 200) String location,
                         @Size(max = 2000) String note) {
    }

    @Schema(name = "DraftCostBenefit", description = "Yearly costs by payer and benefits by kind, in one currency")
    public record CostBenefit(@NotNull @CurrencyCode @Schema(example = "IDR") String currency,
                              @DecimalMin("0") @DecimalMax("1") @Schema(example = "0.08") BigDecimal discountRate,
                              @NotNull @Min(1) @Max(100) @Schema(example = "5") Integer horizonYears,
                              @NotNull @Size(max = 500) List<@Valid @NotNull Cost> costs,
                              @NotNull @Size(max = 500) List<@Valid @NotNull Benefit> benefits,
                              @Size(max = 2000) String note) {
    }

    @Schema(name = "DraftCost", description = "A cost in one year of the horizon, by payer")
    public record Cost(@NotNull @Min(0) @Max(100) @Schema(description = "Year from the start, 0-based") Integer year,
                       @NotNull Payer payer,
                       @NotNull @DecimalMin("0") @Digits(integer = 20, fraction = 2) BigDecimal amount) {
    }

    @Schema(name = "DraftBenefit", description = "A benefit in one year of the horizon, by kind")
    public record Benefit(@NotNull @Min(0) @Max(100) Integer year,
                          @NotNull BenefitKind kind,
                          @NotNull @DecimalMin("0") @Digits(integer = 20, fraction = 2) BigDecimal amount) {
    }

    @Schema(name = "DraftCommitment", description = "A financial commitment: who owes what, in which currency, when")
    public record Commitment(@NotNull Obligor obligor,
                             @NotNull CommitmentKind kind,
                             @NotNull @DecimalMin("0") @Digits(integer = 20, fraction = 2) BigDecimal amount,
                             @NotNull @CurrencyCode @Schema(example = "IDR") String currency,
                             @Size(max = 100) List<@Valid @NotNull Instalment> schedule,
                             @Valid LoanTerms loan,
                             @Size(max = 1000) String note) {
    }

    @Schema(name = "DraftInstalment", description = "The part of a commitment due in one calendar year")
    public record Instalment(@NotNull @Min(1900) @Max(2200) Integer year,
                             @NotNull @DecimalMin("0") @Digits(integer = 20, fraction = 2) BigDecimal amount) {
    }

    @Schema(name = "DraftLoanTerms", description = "Terms of a loan commitment")
    public record LoanTerms(@DecimalMin("0") @DecimalMax("1") BigDecimal interestRate,
                            @Min(0) @Max(100) Integer maturityYears,
                            @Min(0) @Max(100) Integer gracePeriodYears,
                            @Size(max = 500) String collateral) {
    }

    /**
     * The rules a registration checks across fields: validity in order, flows within the analysis horizon, every
     * clause present or explained, and the party the form requires. Run after field validation passed.
     */
    public List<Problem.FieldError> inconsistencies() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            errors.add(new Problem.FieldError("validUntil", "{draft.validity}", validUntil.toString()));
        }
        if (costBenefit != null) {
            int horizon = costBenefit.horizonYears();
            costBenefit.costs().stream().filter(c -> c.year() >= horizon).findFirst().ifPresent(c ->
                    errors.add(new Problem.FieldError("costBenefit.costs", "{draft.cba-horizon}", c.year())));
            costBenefit.benefits().stream().filter(b -> b.year() >= horizon).findFirst().ifPresent(b ->
                    errors.add(new Problem.FieldError("costBenefit.benefits", "{draft.cba-horizon}", b.year())));
        }
        boolean organisationNamed = foreignOrganisation != null && !foreignOrganisation.isBlank();
        if (form == Form.KSDPL && (foreignRegion == null || organisationNamed)) {
            errors.add(new Problem.FieldError("foreignRegion", "{party.ksdpl}", null));
        }
        if (form == Form.KSDLL && (!organisationNamed || foreignRegion != null)) {
            errors.add(new Problem.FieldError("foreignOrganisation", "{party.ksdll}", null));
        }
        return errors;
    }
}
