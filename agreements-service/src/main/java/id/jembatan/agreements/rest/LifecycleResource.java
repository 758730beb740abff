package id.jembatan.agreements.rest;

import id.jembatan.platform.problem.ProblemMapper;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.jembatan.agreements.api.ActivityInput;
import id.jembatan.agreements.api.ActivityView;
import id.jembatan.agreements.api.AgreementView;
import id.jembatan.agreements.api.HistoryEntry;
import id.jembatan.agreements.api.LegacyReviewRequest;
import id.jembatan.agreements.api.PartnerCriteriaExceptionRequest;
import id.jembatan.agreements.api.TransitionRequest;
import id.jembatan.agreements.service.ActivityService;
import id.jembatan.agreements.service.AgreementService;
import id.jembatan.agreements.service.MinistryReviews;
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

    @Inject
    MinistryReviews reviews;

    @POST
    @Path("/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICIALS)
    @Operation(operationId = "transitionAgreement", summary = "Move the agreement through its lifecycle",
            description = "The eleven stages of Permendagri 25/2020 (GET /lifecycle/stages) as transitions. Guards, each citing "
                    + "its legal basis in the refusal (legalBasis): SIGN_LOI needs a signed LOI; leaving PLANNED (SUBMIT_TO_DPRD) "
                    + "needs the cost-benefit analysis and the cost-benefit, environmental and fiscal clause entries; DPRD_APPROVE "
                    + "needs the DPRD's decision as reference: the DPRD decides, and the region's regional officer (or an admin) "
                    + "records that decision with its reference, as DPRD_REJECT records a refusal; VERIFY, CONCLUDE_NEGOTIATION "
                    + "and CENTRAL_APPROVE need the ministry's reference and, with CENTRAL_REJECT, are for ministry reviewers (or "
                    + "admins); SUBMIT_DRAFT needs the draft text as an MOU or PKS instrument; SIGN needs the reference of the "
                    + "Minister of Foreign Affairs' full-powers letter (surat kuasa) and a signed MOU or PKS; ACTIVATE needs the "
                    + "reference of the signed original's deposit with Kemlu and validFrom. Every action that moves an agreement "
                    + "past exploration is refused (422 partner-criteria-not-met, naming the criterion and its legal basis) while "
                    + "the partner's country has no diplomatic relations with Indonesia and no ministry reviewer has recorded an "
                    + "exception. An unconfirmed legacy registration takes no action until a ministry reviewer confirms it (409 "
                    + "legacy-registration-unconfirmed).")
    @APIResponse(responseCode = "200", description = "Done; the new version is the ETag",
            content = @Content(schema = @Schema(implementation = AgreementView.class)), headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such agreement")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state (transition-not-allowed, with state and allowedActions), "
            + "an unconfirmed legacy registration (legacy-registration-unconfirmed), or a request with the same Idempotency-Key is still running (see Retry-After)",
            content = @Content(mediaType = ProblemMapper.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocuments.TransitionNotAllowed.class)), headers = @Header(name = "Retry-After", ref = "Retry-After"))
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "A guard is not met (transition-guard, listing what is missing, with the stage and its legal basis), "
            + "a partner criterion is not met (partner-criteria-not-met, with the criterion and its legal basis), or the Idempotency-Key was used with another body",
            content = @Content(mediaType = ProblemMapper.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocuments.TransitionGuard.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response transition(@PathParam("id") String id,
                               @Parameter(description = "ETag of the version the transition is based on; without it the request is refused (428)", required = true, example = "\"3\"")
                               @HeaderParam("If-Match") String ifMatch,
                               @Parameter(description = IDEMPOTENCY_DOC) @HeaderParam("Idempotency-Key") String idempotencyKey,
                               @Valid @NotNull TransitionRequest request) {
        return Responses.ok(agreements.transition(agreementId(id), ifMatch, request, idempotencyKey));
    }

    @POST
    @Path("/partner-criteria-exceptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MINISTRY_REVIEWER)
    @Operation(operationId = "recordPartnerCriteriaException", summary = "Record a ministry exception to a partner criterion",
            description = "For ministry reviewers only. A criterion the agreement does not meet (unmetPartnerCriteria, e.g. "
                    + "DIPLOMATIC_RELATIONS for a partner in a country the deployment lists as without diplomatic relations "
                    + "with Indonesia) stops it at exploration; with the ministry's exception and its reference recorded, it may "
                    + "go on. The exception is kept in partnerCriteriaExceptions and in the history.")
    @APIResponse(responseCode = "200", description = "Recorded; the new version is the ETag",
            content = @Content(schema = @Schema(implementation = AgreementView.class)), headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "403", description = "Not a ministry reviewer")
    @APIResponse(responseCode = "404", description = "No such agreement")
    @APIResponse(responseCode = "409", description = "The agreement meets the criterion (partner-criterion-met), already has an exception "
            + "to it (partner-criteria-exception-recorded), or is closed (agreement-closed)",
            content = @Content(mediaType = ProblemMapper.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocuments.PartnerCriterionConflict.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response recordPartnerCriteriaException(@PathParam("id") String id,
                                                   @Parameter(description = "ETag of the version the exception is based on; without it the request is refused (428)", required = true, example = "\"3\"")
                                                   @HeaderParam("If-Match") String ifMatch,
                                                   @Valid @NotNull PartnerCriteriaExceptionRequest request) {
        return Responses.ok(reviews.recordException(agreementId(id), ifMatch, request));
    }

    @POST
    @Path("/legacy-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MINISTRY_REVIEWER)
    @Operation(operationId = "reviewLegacyRegistration", summary = "Confirm or return a legacy registration",
            description = "For ministry reviewers only. A legacy registration in a state only a ministry decision reaches "
                    + "(DRAFTING onwards, apart from REJECTED and WITHDRAWN) carries approvals the region declared itself: it "
                    + "is unconfirmed (legacyReview UNCONFIRMED) and takes no transition until a ministry reviewer CONFIRMs it "
                    + "with a reference, or RETURNs it to the region, whose correction (PUT) makes it UNCONFIRMED again.")
    @APIResponse(responseCode = "200", description = "Reviewed; the new version is the ETag",
            content = @Content(schema = @Schema(implementation = AgreementView.class)), headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "403", description = "Not a ministry reviewer")
    @APIResponse(responseCode = "404", description = "No such agreement")
    @APIResponse(responseCode = "409", description = "No review is pending: not such a legacy registration, already confirmed, or returned "
            + "and not yet corrected (legacy-review-not-pending, with legacyReview)",
            content = @Content(mediaType = ProblemMapper.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocuments.LegacyReviewNotPending.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response reviewLegacyRegistration(@PathParam("id") String id,
                                             @Parameter(description = "ETag of the version the review is based on; without it the request is refused (428)", required = true, example = "\"3\"")
                                             @HeaderParam("If-Match") String ifMatch,
                                             @Valid @NotNull LegacyReviewRequest request) {
        return Responses.ok(reviews.reviewLegacy(agreementId(id), ifMatch, request));
    }

    @GET
    @Path("/history")
    @RolesAllowed(Roles.READERS)
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
    @RolesAllowed(Roles.REGISTRARS)
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
    @RolesAllowed(Roles.READERS)
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
