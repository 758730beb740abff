package id.jembatan.agreements.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import id.jembatan.agreements.api.AgreementSummary;
import id.jembatan.agreements.service.AgreementService;
import id.jembatan.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/agreements/export")
@Tag(name = "agreements")
@SecurityRequirement(name = "bearer")
public class ExportResource {

    static final int MAX_ROWS = 100_000;
    private static final String HEADER = "id,reference,title,form,type,state,region_code,region_name,province_code,"
            + "foreign_party,partner_country,partner_blocs,sectors,signed_on,valid_from,valid_until,committed_value_idr,"
            + "last_activity_on,people_trained,export_value_idr,investment_value_idr,dormant\n";

    @Inject
    AgreementService agreements;

    @GET
    @Produces("text/csv")
    @RolesAllowed(Roles.READERS)
    @Operation(operationId = "exportAgreements", summary = "The result of any query as CSV (at most 100,000 rows)",
            description = "Takes the same filters as GET /agreements.")
    @APIResponse(responseCode = "200", description = "CSV (RFC 4180) with a header line, one agreement per line",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary",
                    example = "id,reference,title,form,type,state,region_code,...\n0b3f6c52-9a33-4c38-8e1a-7d2f0c1e5a10,KSD/36.73/2025/001,...\n")))
    public Response export(@BeanParam AgreementFilter filter) {
        List<AgreementSummary> rows = agreements.export(filter.toQuery(false), MAX_ROWS);
        StringBuilder csv = new StringBuilder(HEADER);
        for (AgreementSummary a : rows) {
            csv.append(String.join(",", List.of(a.id().toString(), cell(a.reference()), cell(a.title()), a.form().name(),
                    a.type().name(), a.state().name(), cell(a.regionCode()), cell(a.regionName()), cell(a.provinceCode()),
                    cell(a.foreignParty()), cell(a.partnerCountry()), cell(String.join(" ", a.partnerBlocs())),
                    cell(String.join(" ", a.sectors())), text(a.signedOn()), text(a.validFrom()), text(a.validUntil()),
                    a.committedValueIdr().toPlainString(), text(a.lastActivityOn()),
                    Integer.toString(a.outputs().peopleTrained()), a.outputs().exportValueIdr().toPlainString(),
                    a.outputs().investmentValueIdr().toPlainString(), Boolean.toString(a.dormant()))));
            csv.append('\n');
        }
        return Response.ok(csv.toString()).header("Content-Disposition", "attachment; filename=\"agreements.csv\"").build();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Quotes as RFC 4180 wants, and defuses text a spreadsheet would run as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
