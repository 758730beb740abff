package id.jembatan.agreements.rest;

import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.domain.Sector;
import id.jembatan.agreements.repository.AgreementQuery;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.web.Echo;
import id.jembatan.platform.web.Params;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The query parameters shared by the list, the export and the public view. */
public class AgreementFilter {

    @QueryParam("region")
    @Parameter(description = "Kemendagri code of the Indonesian party", example = "36")
    String region;

    @QueryParam("includeSubregions")
    @Parameter(description = "With a province code: also its regencies and cities", schema = @Schema(type = SchemaType.BOOLEAN))
    String includeSubregions;

    @QueryParam("partnerCountry")
    @Parameter(description = "ISO 3166-1 alpha-2", example = "CN")
    String partnerCountry;

    @QueryParam("bloc")
    @Parameter(description = "Bloc of the partner country", example = "BRICS")
    String bloc;

    @QueryParam("state")
    @Parameter(description = "One or more states, comma separated", example = "ACTIVE,UNDER_EVALUATION")
    String state;

    @QueryParam("sector")
    @Parameter(schema = @Schema(implementation = Sector.class))
    String sector;

    @QueryParam("signingYear")
    @Parameter(description = "Year the agreement was signed", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1900", maximum = "2200"), example = "2025")
    String signingYear;

    @QueryParam("expiringWithinDays")
    @Parameter(description = "Live agreements whose validUntil falls within the next N days", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "3650"))
    String expiringWithinDays;

    @QueryParam("dormant")
    @Parameter(description = "Active with no activity for twelve months", schema = @Schema(type = SchemaType.BOOLEAN))
    String dormant;

    @QueryParam("q")
    @Parameter(description = "Free text over reference, title, summary and party names", example = "hangzhou")
    String q;

    @QueryParam("sort")
    @Parameter(description = "Field and direction: reference, title, signedOn, validUntil, updatedAt, state, committedValue; prefix - for descending",
            example = "-updatedAt")
    String sort;

    AgreementQuery toQuery(boolean publicOnly) {
        return new AgreementQuery(code(region), bool("includeSubregions", includeSubregions), country(partnerCountry),
                bloc == null || bloc.isBlank() ? null : Params.text("bloc", bloc, 32).toUpperCase(Locale.ROOT),
                states(), Params.enumValue("sector", sector, Sector.class),
                Params.integer("signingYear", signingYear, 1900, 2200),
                Params.integer("expiringWithinDays", expiringWithinDays, 0, 3650),
                dormant == null || dormant.isBlank() ? null : bool("dormant", dormant),
                Params.text("q", q, 200), null, publicOnly, sort());
    }

    private List<AgreementState> states() {
        if (state == null || state.isBlank()) {
            return List.of();
        }
        List<AgreementState> states = new ArrayList<>();
        for (String part : state.split(",")) {
            states.add(Params.enumValue("state", part, AgreementState.class));
        }
        return states;
    }

    private AgreementQuery.Sort sort() {
        if (sort == null || sort.isBlank()) {
            return AgreementQuery.Sort.DEFAULT;
        }
        boolean descending = sort.startsWith("-");
        String name = sort.replaceFirst("^[-+]", "").replaceAll("([a-z])([A-Z])", "$1_$2");
        return new AgreementQuery.Sort(Params.enumValue("sort", name, AgreementQuery.SortField.class), descending);
    }

    private static String code(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.trim().matches("\\d{2}(\\.\\d{2})?")) {
            throw ProblemException.invalid("region", "{agreement.region-code}", Echo.orNull(value));
        }
        return value.trim();
    }

    private static String country(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw ProblemException.invalid("partnerCountry", "{agreement.country-code}", Echo.orNull(value));
        }
        return code;
    }

    private static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ProblemException.invalid(name, "{field.type}", Echo.orNull(value));
        };
    }
}
