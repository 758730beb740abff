package id.jembatan.agreements.rest;

import id.jembatan.agreements.api.DatasetMetadata;
import id.jembatan.agreements.api.PublicAgreementView;
import id.jembatan.agreements.api.PublicAgreementView.PublicCommitment;
import id.jembatan.agreements.service.IatiActivities;
import id.jembatan.agreements.service.OpenData;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static id.jembatan.agreements.rest.ExportResource.cell;

/**
 * The public registry as open data: bulk downloads (CSV, JSON, IATI 2.03 XML) and the dataset's metadata record.
 * Everything here is what the public registry shows, no more: confidential agreements never appear.
 */
@Path("/public/open-data")
@Tag(name = "public")
@PermitAll
public class OpenDataResource {

    private static final String CSV_HEADER = "id,reference,title,form,type,state,region_code,region_name,foreign_party,"
            + "partner_country,sectors,valid_from,valid_until,signed_on,dprd_decision_ref,central_approval_ref,commitments\n";

    @Inject
    OpenData openData;

    @GET
    @Path("/metadata.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenDataMetadata", summary = "The metadata record of the public registry as a dataset")
    @APIResponse(responseCode = "200", description = "The metadata record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatasetMetadata.class)))
    public DatasetMetadata metadata() {
        return openData.metadata();
    }

    @GET
    @Path("/agreements.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "downloadPublicAgreementsJson",
            summary = "Every public agreement matching the filters, as JSON (at most 100,000)",
            description = "Takes the same filters as GET /public/agreements.")
    @APIResponse(responseCode = "200", description = "The public view of each agreement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                            implementation = PublicAgreementView.class)))
    public List<PublicAgreementView> json(@BeanParam AgreementFilter filter) {
        return openData.publicAgreements(filter.toQuery(true));
    }

    @GET
    @Path("/agreements.csv")
    @Produces("text/csv")
    @Operation(operationId = "downloadPublicAgreementsCsv",
            summary = "Every public agreement matching the filters, as CSV (at most 100,000 rows)",
            description = "Takes the same filters as GET /public/agreements. Commitments are listed as "
                    + "OBLIGOR:KIND:AMOUNT:CURRENCY separated by spaces.")
    @APIResponse(responseCode = "200", description = "CSV, one agreement per line",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response csv(@BeanParam AgreementFilter filter) {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (PublicAgreementView a : openData.publicAgreements(filter.toQuery(true))) {
            csv.append(String.join(",", List.of(a.id().toString(), cell(a.reference()), cell(a.title()),
                    text(a.form()), text(a.type()), text(a.state()), cell(a.indonesianParty().code()),
                    cell(a.indonesianParty().name()), cell(a.foreignParty() == null ? null : a.foreignParty().name()),
                    cell(a.partnerCountry()), cell(a.sectors() == null ? null
                            : a.sectors().stream().map(Object::toString).collect(Collectors.joining(" "))),
                    text(a.validFrom()), text(a.validUntil()), text(a.signedOn()), cell(a.dprdDecisionRef()),
                    cell(a.centralApprovalRef()), cell(commitments(a.commitments())))));
            csv.append('\n');
        }
        return Response.ok(csv.toString())
                .header("Content-Disposition", "attachment; filename=\"jembatan-public-agreements.csv\"").build();
    }

    @GET
    @Path("/iati-activities.xml")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(operationId = "downloadIatiActivities",
            summary = "Every public agreement matching the filters as IATI 2.03 activities",
            description = "Each agreement is an activity reported by its Indonesian region (organisation type 11), the "
                    + "partner a participating organisation, sectors as OECD DAC purpose codes, financial commitments as "
                    + "transactions. Takes the same filters as GET /public/agreements.")
    @APIResponse(responseCode = "200", description = "IATI activity XML",
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response iati(@BeanParam AgreementFilter filter) {
        String xml = IatiActivities.write(openData.publicAgreements(filter.toQuery(true)), Instant.now());
        return Response.ok(xml)
                .header("Content-Disposition", "attachment; filename=\"jembatan-iati-activities.xml\"").build();
    }

    private static String commitments(List<PublicCommitment> commitments) {
        if (commitments == null) {
            return null;
        }
        return commitments.stream()
                .map(c -> c.obligor() + ":" + c.kind() + ":" + (c.amount() == null ? "" : c.amount().toPlainString())
                        + ":" + (c.currency() == null ? "" : c.currency()))
                .collect(Collectors.joining(" "));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
