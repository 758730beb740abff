package id.jembatan.assessment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.jembatan.assessment.api.AgreementDraft;
import id.jembatan.assessment.api.AssessmentRequest;
import id.jembatan.assessment.api.AssessmentView;
import id.jembatan.assessment.api.PreviewView;
import id.jembatan.assessment.service.AssessmentService;
import id.jembatan.platform.problem.Problem;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.security.Roles;
import id.jembatan.platform.web.Locations;
import id.jembatan.platform.web.PageRequest;
import id.jembatan.platform.web.PageResponse;
import id.jembatan.platform.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessments")
@SecurityRequirement(name = "bearer")
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICIALS)
    @Operation(operationId = "assessAgreement", summary = "Assess an agreement and store the result",
            description = "Gathers the agreement, its activities and the portfolios from agreements-service (with the "
                    + "caller's token: an officer assesses its own region only) and the parties' profiles from "
                    + "directory-service. The same inputs and model version always give the same result.")
    @APIResponse(responseCode = "201", description = "The stored assessment",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)), headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "403", description = "Not the caller's region")
    @APIResponse(responseCode = "404", description = "No such agreement or scoring model")
    @APIResponse(responseCode = "503", description = "agreements-service or directory-service is unavailable, or too many assessments are running (type busy); nothing was stored. Retry-After says when to try again")
    public RestResponse<AssessmentView> assess(@Valid @NotNull AssessmentRequest request) {
        AssessmentView assessment = assessments.assess(request.agreementId(), request.modelVersion());
        return RestResponse.ResponseBuilder.<AssessmentView>create(RestResponse.Status.CREATED)
                .header(HttpHeaders.LOCATION, Locations.of("/assessments/" + assessment.id()))
                .entity(assessment).build();
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICIALS)
    @Operation(operationId = "previewAssessment", summary = "Evaluate a draft agreement without storing anything",
            description = "The body is an agreement as it would be registered with agreements-service, under the same limits: what-if before signing.")
    @APIResponse(responseCode = "200", description = "The evaluation")
    @APIResponse(responseCode = "403", description = "Not the caller's region")
    @APIResponse(responseCode = "503", description = "A downstream service is unavailable, or too many assessments are running (type busy); Retry-After says when to try again")
    public PreviewView preview(@Parameter(description = "Scoring model version; the latest when empty", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100000")) @QueryParam("modelVersion") String modelVersion,
                               @Valid @NotNull AgreementDraft draft) {
        List<Problem.FieldError> inconsistencies = draft.inconsistencies();
        if (!inconsistencies.isEmpty()) {
            throw ProblemException.invalid(inconsistencies);
        }
        return assessments.preview(draft, Params.integer("modelVersion", modelVersion, 1, 100_000));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READERS)
    @Operation(operationId = "getAssessment", summary = "One assessment; 'stale' says whether the agreement changed since")
    @APIResponse(responseCode = "200", description = "The assessment")
    @APIResponse(responseCode = "404", description = "No such assessment")
    public AssessmentView get(@PathParam("id") String id) {
        return assessments.get(uuid(id));
    }

    @GET
    @RolesAllowed(Roles.READERS)
    @Operation(operationId = "listAssessments", summary = "The assessments of an agreement, latest first")
    @APIResponse(responseCode = "200", description = "A page of assessments")
    public PageResponse<AssessmentView> list(@Parameter(required = true, description = "Id of the agreement", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("agreementId") String agreementId,
                                             @Parameter(description = "Zero-based page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0")) @QueryParam("page") String page,
                                             @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        if (agreementId == null || agreementId.isBlank()) {
            throw ProblemException.invalid("agreementId", "{field.required}", null);
        }
        return assessments.list(Params.uuid("agreementId", agreementId), pageRequest);
    }

    private static UUID uuid(String id) {
        return Params.pathId(id, "assessment-not-found");
    }
}
