package id.jembatan.assessment.rest;

import id.jembatan.assessment.scoring.model.ScoringModel;
import id.jembatan.assessment.service.ScoringModels;
import id.jembatan.platform.security.Roles;
import id.jembatan.platform.web.Locations;
import id.jembatan.platform.web.Params;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/scoring-models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "scoring-models")
public class ScoringModelResource {

    @Inject
    ScoringModels models;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @Operation(operationId = "listScoringModels", summary = "The versions of the scoring model (public: the method is open to scrutiny)")
    @APIResponse(responseCode = "200", description = "Every version, oldest first")
    public List<ScoringModel> list() {
        return models.versions().stream().map(models::get).toList();
    }

    @GET
    @Path("/{version}")
    @PermitAll
    @Operation(operationId = "getScoringModel", summary = "One version of the scoring model")
    @APIResponse(responseCode = "200", description = "The model")
    @APIResponse(responseCode = "404", description = "No such version")
    public ScoringModel get(@Parameter(example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100000")) @PathParam("version") String version) {
        Integer number = Params.integer("version", Params.required("version", version), 1, 100_000);
        return models.get(number);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createScoringModel", summary = "Add a new version (its number is assigned)",
            description = "Every rule must have its points; old assessments keep the version they were made with.")
    @APIResponse(responseCode = "201", description = "The new version",
            content = @Content(schema = @Schema(implementation = ScoringModel.class)), headers = @Header(name = "Location", ref = "Location"))
    public RestResponse<ScoringModel> create(@Parameter(description = "Why this version exists") @QueryParam("note") String note,
                                             @NotNull ScoringModel model) {
        ScoringModel created = models.create(model, Params.text("note", note, 1000), identity.getPrincipal().getName());
        return RestResponse.ResponseBuilder.<ScoringModel>create(RestResponse.Status.CREATED)
                .header(HttpHeaders.LOCATION, Locations.of("/scoring-models/" + created.version())).entity(created).build();
    }
}
