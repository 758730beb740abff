package id.jembatan.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.jembatan.directory.api.OrganisationInput;
import id.jembatan.directory.api.OrganisationView;
import id.jembatan.directory.domain.OrganisationKind;
import id.jembatan.directory.domain.Sector;
import id.jembatan.directory.service.OrganisationService;
import id.jembatan.platform.security.Roles;
import id.jembatan.platform.web.Locations;
import id.jembatan.platform.web.PageRequest;
import id.jembatan.platform.web.PageResponse;
import id.jembatan.platform.web.Params;
import id.jembatan.platform.web.Preconditions;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Reads are public ({@code @PermitAll}); every other operation needs the directory-admin role. */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisations")
@RolesAllowed(Roles.DIRECTORY_ADMIN)
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @GET
    @PermitAll
    @Operation(operationId = "listOrganisations", summary = "List or search organisations")
    @APIResponse(responseCode = "200", description = "A page of organisations by name")
    public PageResponse<OrganisationView> list(
            @Parameter(description = "Part of the name or key", example = "alibaba") @QueryParam("q") String q,
            @Parameter(description = "ISO 3166-1 alpha-2", example = "CN") @QueryParam("country") String country,
            @Parameter(schema = @Schema(implementation = OrganisationKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(implementation = Sector.class)) @QueryParam("sector") String sector,
            @Parameter(description = "Zero-based page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        return organisations.search(new OrganisationService.Filter(Params.text("q", q, 100), Params.text("country", country, 2),
                Params.enumValue("kind", kind, OrganisationKind.class), Params.enumValue("sector", sector, Sector.class)), pageRequest);
    }

    @GET
    @Path("/{idOrKey}")
    @PermitAll
    @Operation(operationId = "getOrganisation", summary = "One organisation by id or key")
    @APIResponse(responseCode = "200", description = "The organisation; its version is the ETag", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such organisation")
    public RestResponse<OrganisationView> get(@Parameter(example = "alibaba") @PathParam("idOrKey") String idOrKey) {
        return withTag(organisations.get(idOrKey));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createOrganisation", summary = "Create an organisation")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = OrganisationView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "409", description = "The key is taken")
    public RestResponse<OrganisationView> create(@Valid @NotNull OrganisationInput input) {
        OrganisationView organisation = organisations.create(input);
        return RestResponse.ResponseBuilder.<OrganisationView>create(RestResponse.Status.CREATED)
                .header(HttpHeaders.LOCATION, Locations.of("/organisations/" + organisation.id()))
                .entity(organisation).tag(Preconditions.etag(organisation.version())).build();
    }

    @PUT
    @Path("/{idOrKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateOrganisation", summary = "Replace an organisation's details")
    @APIResponse(responseCode = "200", description = "Updated; the new version is the ETag", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "409", description = "The new key is taken")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<OrganisationView> update(@PathParam("idOrKey") String idOrKey,
                                                 @Parameter(description = "ETag of the version the change is based on; without it the change is refused (428)", required = true, example = "\"0\"")
                                                 @HeaderParam("If-Match") String ifMatch,
                                                 @Valid @NotNull OrganisationInput input) {
        return withTag(organisations.update(idOrKey, ifMatch, input));
    }

    private static RestResponse<OrganisationView> withTag(OrganisationView organisation) {
        return RestResponse.ResponseBuilder.ok(organisation).tag(Preconditions.etag(organisation.version())).build();
    }
}
