package id.jembatan.agreements.rest;

import id.jembatan.platform.problem.ProblemMapper;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.jembatan.agreements.api.ActivityInput;
import id.jembatan.agreements.api.ActivityView;
import id.jembatan.agreements.api.AgreementView;
import id.jembatan.agreements.api.HistoryEntry;
import id.jembatan.agreements.api.TransitionRequest;
import id.jembatan.agreements.service.ActivityService;
import id.jembatan.agreements.service.AgreementService;
import id.jembatan.agreements.service.Versioned;
import id.jembatan.platform.security.Roles;
import id.jembatan.platform.web.PageRequest;
import id.jembatan.platform.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static id.jembatan.agreements.rest.AgreementResource.IDEMPOTENCY_DOC;
import static id.jembatan.agreements.rest.AgreementResource.agreementId;

@Path("/agreements/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lifecycle")
@SecurityRequirement(name = "bearer")
public class LifecycleResource {

    @Inject
    AgreementService agreements;

    @Inject
    ActivityService activities;

    @POST
    @Path("/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGIONAL_OFFICER, Roles.MINISTRY_REVIEWER, Roles.ADMIN})
    @Operation(operationId = "transitionAgreement", summary = "Move the agreement through its lifecycle",
            description = "Guards: leaving PLANNED (SUBMIT_TO_DPRD) needs the cost-benefit analysis and the environmental "
                    + "and fiscal clause entries; DPRD_APPROVE needs the DPRD decision as reference; ACTIVATE needs a "
                    + "signed MOU or PKS and validFrom. CENTRAL_APPROVE and CENTRAL_REJECT are for ministry reviewers.")
    @APIResponse(responseCode = "200", description = "Done; the new version is the ETag",
            content = @Content(schema = @Schema(implementation = AgreementView.class)), headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such agreement")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state (transition-not-allowed, with state and allowedActions), "
            + "or a request with the same Idempotency-Key is still running (see Retry-After)",
            content = @Content(mediaType = ProblemMapper.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocuments.TransitionNotAllowed.class)), headers = @Header(name = "Retry-After", ref = "Retry-After"))
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "A guard is not met (transition-guard, listing what is missing), or the Idempotency-Key was used with another body",
            content = @Content(mediaType = ProblemMapper.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocuments.TransitionGuard.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response transition(@PathParam("id") String id,
                               @Parameter(description = "ETag of the version the transition is based on; without it the request is refused (428)", required = true, example = "\"3\"")
                               @HeaderParam("If-Match") String ifMatch,
                               @Parameter(description = IDEMPOTENCY_DOC) @HeaderParam("Idempotency-Key") String idempotencyKey,
                               @Valid @NotNull TransitionRequest request) {
        return Responses.ok(agreements.transition(agreementId(id), ifMatch, request, idempotencyKey));
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.VIEWER, Roles.REGIONAL_OFFICER, Roles.MINISTRY_REVIEWER, Roles.ADMIN})
    @Operation(operationId = "getAgreementHistory", summary = "The audit trail: who changed what, when, before and after")
    @APIResponse(responseCode = "200", description = "A page of history entries, oldest first")
    @APIResponse(responseCode = "404", description = "No such agreement")
    public PageResponse<HistoryEntry> history(@PathParam("id") String id,
                                              @Parameter(description = "Zero-based page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0")) @QueryParam("page") String page,
                                              @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        return agreements.history(agreementId(id), pageRequest);
    }

    @POST
    @Path("/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGIONAL_OFFICER, Roles.ADMIN})
    @Operation(operationId = "recordActivity", summary = "Record an activity and its outputs in the implementation log")
    @APIResponse(responseCode = "201", description = "Recorded; the ETag is the agreement's new version",
            content = @Content(schema = @Schema(implementation = ActivityView.class)), headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "404", description = "No such agreement")
    @APIResponse(responseCode = "409", description = "The agreement was rejected or withdrawn (agreement-closed, with its state), "
            + "or a request with the same Idempotency-Key is still running (see Retry-After)",
            content = @Content(mediaType = ProblemMapper.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocuments.AgreementClosed.class)), headers = @Header(name = "Retry-After", ref = "Retry-After"))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    public Response recordActivity(@PathParam("id") String id,
                                   @Parameter(description = IDEMPOTENCY_DOC) @HeaderParam("Idempotency-Key") String idempotencyKey,
                                   @Valid @NotNull ActivityInput input) {
        UUID agreement = agreementId(id);
        Versioned<ActivityView> recorded = activities.record(agreement, input, idempotencyKey);
        return Responses.created(recorded, "/agreements/" + agreement + "/activities/" + recorded.view().id());
    }

    @GET
    @Path("/activities")
    @RolesAllowed({Roles.VIEWER, Roles.REGIONAL_OFFICER, Roles.MINISTRY_REVIEWER, Roles.ADMIN})
    @Operation(operationId = "listActivities", summary = "The implementation log, latest first")
    @APIResponse(responseCode = "200", description = "A page of activities")
    @APIResponse(responseCode = "404", description = "No such agreement")
    public PageResponse<ActivityView> activities(@PathParam("id") String id,
                                                 @Parameter(description = "Zero-based page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0")) @QueryParam("page") String page,
                                                 @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        return activities.list(agreementId(id), pageRequest);
    }
}
