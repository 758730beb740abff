package id.jembatan.agreements.rest;

import id.jembatan.agreements.api.AgreementInput;
import id.jembatan.agreements.api.AgreementSummary;
import id.jembatan.agreements.api.AgreementView;
import id.jembatan.agreements.api.LegacyRegistration;
import id.jembatan.agreements.service.AgreementService;
import id.jembatan.agreements.service.Versioned;
import id.jembatan.platform.problem.ProblemMapper;
import id.jembatan.platform.security.Roles;
import id.jembatan.platform.web.PageRequest;
import id.jembatan.platform.web.PageResponse;
import id.jembatan.platform.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agreements")
@SecurityRequirement(name = "bearer")
public class AgreementResource {

    static final String IDEMPOTENCY_DOC = "Repeat a create or transition safely: the same key and body return the first result; "
            + "the same key with another body is a 422";

    @Inject
    AgreementService agreements;

    @GET
    @RolesAllowed(Roles.READERS)
    @Operation(operationId = "searchAgreements", summary = "Query the registry",
            description = "Regional officers see their own region's agreements only.")
    @APIResponse(responseCode = "200", description = "A page of agreements")
    public PageResponse<AgreementSummary> search(@BeanParam AgreementFilter filter,
                                                 @Parameter(description = "Zero-based page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0")) @QueryParam("page") String page,
                                                 @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        return agreements.search(filter.toQuery(false), pageRequest);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRARS)
    @Operation(operationId = "createAgreement", summary = "Register a new agreement (state INITIATED)",
            description = "The parties are validated against directory-service; a regional officer may only register "
                    + "agreements of its own region.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AgreementView.class)), headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "409", description = "The reference is taken, or a request with the same Idempotency-Key is still running (see Retry-After)",
            headers = @Header(name = "Retry-After", ref = "Retry-After"))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    @APIResponse(responseCode = "503", description = "directory-service is unavailable; nothing was stored (see Retry-After)")
    public Response create(@Parameter(description = IDEMPOTENCY_DOC) @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Valid @NotNull AgreementInput input) {
        Versioned<AgreementView> created = agreements.create(input, idempotencyKey);
        return Responses.created(created, "/agreements/" + created.view().id());
    }

    @POST
    @Path("/legacy-registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRARS)
    @Operation(operationId = "registerLegacyAgreement", summary = "Register an agreement from before the system in its current state",
            description = "For agreements that exist on paper (such as Jawa Tengah–Fujian); the history records that it was registered so.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = AgreementView.class)), headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "409", description = "The reference is taken, or a request with the same Idempotency-Key is still running (see Retry-After)",
            headers = @Header(name = "Retry-After", ref = "Retry-After"))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    @APIResponse(responseCode = "503", description = "directory-service is unavailable; nothing was stored")
    public Response registerLegacy(@Parameter(description = IDEMPOTENCY_DOC) @HeaderParam("Idempotency-Key") String idempotencyKey,
                                   @Valid @NotNull LegacyRegistration registration) {
        Versioned<AgreementView> registered = agreements.registerLegacy(registration, idempotencyKey);
        return Responses.created(registered, "/agreements/" + registered.view().id());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READERS)
    @Operation(operationId = "getAgreement", summary = "One agreement, in full")
    @APIResponse(responseCode = "200", description = "The agreement; its version is the ETag",
            content = @Content(schema = @Schema(implementation = AgreementView.class)), headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such agreement")
    public Response get(@PathParam("id") String id) {
        return Responses.ok(agreements.get(agreementId(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRARS)
    @Operation(operationId = "updateAgreement", summary = "Replace an agreement's content (not its state)")
    @APIResponse(responseCode = "200", description = "Updated; the new version is the ETag",
            content = @Content(schema = @Schema(implementation = AgreementView.class)), headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such agreement")
    @APIResponse(responseCode = "409", description = "The agreement is closed (agreement-closed, with its state), or the reference is taken",
            content = @Content(mediaType = ProblemMapper.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocuments.AgreementClosed.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "503", description = "directory-service is unavailable; nothing was stored")
    public Response update(@PathParam("id") String id,
                           @Parameter(description = "ETag of the version the change is based on; without it the request is refused (428)", required = true, example = "\"3\"")
                           @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull AgreementInput input) {
        return Responses.ok(agreements.update(agreementId(id), ifMatch, input));
    }

    /** A malformed id cannot name an agreement: a 404 like any unknown id. */
    static UUID agreementId(String id) {
        return Params.pathId(id, "agreement-not-found");
    }
}
