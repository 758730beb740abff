package id.jembatan.assessment.rest;

import id.jembatan.assessment.api.PublicAssessmentView;
import id.jembatan.assessment.service.AssessmentService;
import id.jembatan.platform.web.Params;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/public/agreements/{agreementId}/assessment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public")
@PermitAll
public class PublicAssessmentResource {

    @Inject
    AssessmentService assessments;

    @GET
    @Operation(operationId = "getPublicAssessment", summary = "The latest assessment of a public agreement (no token)",
            description = "Only agreements the public registry shows; a confidential or unknown agreement, or one never "
                    + "assessed, is a 404. Metrics, evidence (but the regulations a finding cites) and the partner-concentration findings are left out: they "
                    + "are computed over the whole registry, confidential agreements included.")
    @APIResponse(responseCode = "200", description = "The latest assessment, 'stale' when the agreement changed since")
    @APIResponse(responseCode = "404", description = "No public agreement with that id has been assessed")
    public PublicAssessmentView latest(@Parameter(description = "The agreement's id", example = "0b3f6c52-9a33-4c38-8e1a-7d2f0c1e5a10")
                                       @PathParam("agreementId") String agreementId) {
        return assessments.latestPublic(Params.pathId(agreementId, "public-assessment-not-found"));
    }
}
