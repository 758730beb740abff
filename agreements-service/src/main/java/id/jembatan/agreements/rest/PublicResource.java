package id.jembatan.agreements.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.jembatan.agreements.api.PublicActivityView;
import id.jembatan.agreements.api.PublicAgreementView;
import id.jembatan.agreements.service.ActivityService;
import id.jembatan.agreements.service.AgreementService;
import id.jembatan.platform.web.PageRequest;
import id.jembatan.platform.web.PageResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static id.jembatan.agreements.rest.AgreementResource.agreementId;

@Path("/public/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public")
@PermitAll
public class PublicResource {

    @Inject
    AgreementService agreements;

    @Inject
    ActivityService activities;

    @GET
    @Operation(operationId = "searchPublicAgreements", summary = "The public registry (no token)",
            description = "Agreements not marked confidential, without internal notes, confidential documents or loan terms.")
    @APIResponse(responseCode = "200", description = "A page of agreements")
    public PageResponse<PublicAgreementView> search(@BeanParam AgreementFilter filter,
                                                    @Parameter(description = "Zero-based page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0")) @QueryParam("page") String page,
                                                    @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        return agreements.searchPublic(filter.toQuery(true), pageRequest);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPublicAgreement", summary = "One agreement as the public sees it")
    @APIResponse(responseCode = "200", description = "The agreement")
    @APIResponse(responseCode = "404", description = "No such public agreement")
    public PublicAgreementView get(@PathParam("id") String id) {
        return agreements.getPublic(agreementId(id));
    }

    @GET
    @Path("/{id}/activities")
    @Operation(operationId = "listPublicActivities", summary = "A public agreement's implementation log, latest first (no token)",
            description = "What was done under the agreement and what came of it, without the accounts that recorded it. "
                    + "Only for agreements of the public registry: a confidential agreement answers 404 like a missing one.")
    @APIResponse(responseCode = "200", description = "A page of activities")
    @APIResponse(responseCode = "404", description = "No such public agreement")
    public PageResponse<PublicActivityView> activities(@PathParam("id") String id,
                                                       @Parameter(description = "Zero-based page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0")) @QueryParam("page") String page,
                                                       @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        return activities.listPublic(agreementId(id), pageRequest);
    }
}
