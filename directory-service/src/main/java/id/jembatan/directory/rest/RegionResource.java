package id.jembatan.directory.rest;

import id.jembatan.platform.problem.ProblemMapper;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import id.jembatan.directory.api.RegionInput;
import id.jembatan.directory.api.RegionRetirement;
import id.jembatan.directory.api.RegionView;
import id.jembatan.directory.domain.CodeScheme;
import id.jembatan.directory.repository.RegionRepository;
import id.jembatan.directory.service.RegionService;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.security.Roles;
import id.jembatan.platform.web.Echo;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Locale;
import java.util.UUID;

/** Reads are public ({@code @PermitAll}); every other operation needs the directory-admin role. */
@Path("/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "regions")
@RolesAllowed(Roles.DIRECTORY_ADMIN)
public class RegionResource {

    @Inject
    RegionService regions;

    @GET
    @PermitAll
    @Operation(operationId = "searchRegions", summary = "Search regions",
            description = "Ranked search over all names (Latin, local script, alternative spellings), tolerant of case, "
                    + "accents and small misspellings; an exact code in any scheme also matches. Without q, lists "
                    + "regions by level and name.")
    @APIResponse(responseCode = "200", description = "A page of regions, best match first")
    public PageResponse<RegionView> search(
            @Parameter(description = "Name or code", example = "hangzou") @QueryParam("q") String q,
            @Parameter(description = "ISO 3166-1 alpha-2 country", example = "CN") @QueryParam("country") String country,
            @Parameter(description = "1 = province/state, 2 = regency/city", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "4"))
            @QueryParam("level") String level,
            @Parameter(description = "Id of the parent region", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("parent") String parent,
            @Parameter(description = "Zero-based page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        RegionRepository.Filter filter = new RegionRepository.Filter(
                Params.text("q", q, 100),
                country == null || country.isBlank() ? null : countryCode(country),
                Params.integer("level", level, 1, 4),
                parent == null || parent.isBlank() ? null : Params.uuid("parent", parent));
        return regions.search(filter, pageRequest);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getRegion", summary = "One region by id")
    @APIResponse(responseCode = "200", description = "The region; its version is the ETag", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such region")
    public RestResponse<RegionView> get(@PathParam("id") String id) {
        return withTag(regions.get(regionId(id)));
    }

    @GET
    @Path("/by-code/{scheme}/{code}")
    @PermitAll
    @Operation(operationId = "getRegionByCode", summary = "One region by its code in a scheme",
            description = "Schemes: KEMENDAGRI (36.73), BPS (3673), ISO_3166_2 (ID-BT), GB_T_2260 (330100), UN_LOCODE (CN HAZ), GEONAMES (1808926).")
    @APIResponse(responseCode = "200", description = "The region; its version is the ETag", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No region has that code")
    @NonBlocking
    public Uni<RestResponse<RegionView>> byCode(
            @Parameter(schema = @Schema(implementation = CodeScheme.class)) @PathParam("scheme") String scheme,
            @Parameter(example = "36.73") @PathParam("code") String code) {
        CodeScheme codeScheme = Params.enumValue("scheme", Params.required("scheme", scheme), CodeScheme.class);
        String required = Params.required("code", code);
        // The suite's hottest read: a cached region is answered on the I/O thread, since handing it to a worker
        // thread cost more than the answer (bench profile); only a miss, which queries the database, moves.
        return regions.cachedByCode(codeScheme, required)
                .map(region -> Uni.createFrom().item(withTag(region)))
                .orElseGet(() -> Uni.createFrom().item(() -> withTag(regions.byCode(codeScheme, required)))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    @GET
    @Path("/{id}/children")
    @PermitAll
    @Operation(operationId = "listRegionChildren", summary = "The regions directly below a region")
    @APIResponse(responseCode = "200", description = "A page of child regions by name")
    @APIResponse(responseCode = "404", description = "No such region")
    public PageResponse<RegionView> children(@PathParam("id") String id,
                                             @Parameter(description = "Zero-based page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0")) @QueryParam("page") String page,
                                             @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20")) @QueryParam("size") String size) {
        return regions.children(regionId(id), PageRequest.of(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createRegion", summary = "Create a region")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RegionView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "409", description = "One of its codes already belongs to another region",
            content = @Content(mediaType = ProblemMapper.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocuments.RegionCodeTaken.class)))
    public RestResponse<RegionView> create(@Valid @NotNull RegionInput input) {
        RegionView region = regions.create(input);
        return RestResponse.ResponseBuilder.<RegionView>create(RestResponse.Status.CREATED)
                .header(HttpHeaders.LOCATION, Locations.of("/regions/" + region.id()))
                .entity(region).tag(Preconditions.etag(region.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateRegion", summary = "Replace a region's names, codes, figures and head of government")
    @APIResponse(responseCode = "200", description = "Updated; the new version is the ETag", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such region")
    @APIResponse(responseCode = "409", description = "One of its codes already belongs to another region",
            content = @Content(mediaType = ProblemMapper.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocuments.RegionCodeTaken.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<RegionView> update(@PathParam("id") String id,
                                           @Parameter(description = "ETag of the version the change is based on; without it the change is refused (428)", required = true, example = "\"0\"")
                                           @HeaderParam("If-Match") String ifMatch,
                                           @Valid @NotNull RegionInput input) {
        return withTag(regions.update(regionId(id), ifMatch, input));
    }

    @POST
    @Path("/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "retireRegion", summary = "Retire a region, naming the region that replaces it",
            description = "Its codes stay resolvable, with their validity ending on the retirement date.")
    @APIResponse(responseCode = "200", description = "Retired; the new version is the ETag", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such region")
    @APIResponse(responseCode = "409", description = "Already retired")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<RegionView> retire(@PathParam("id") String id,
                                           @Parameter(description = "ETag of the version the change is based on; without it the change is refused (428)", required = true, example = "\"0\"")
                                           @HeaderParam("If-Match") String ifMatch,
                                           @Valid @NotNull RegionRetirement retirement) {
        return withTag(regions.retire(regionId(id), ifMatch, retirement));
    }

    private static RestResponse<RegionView> withTag(RegionView region) {
        return RestResponse.ResponseBuilder.ok(region).tag(Preconditions.etag(region.version())).build();
    }

    /** A malformed id cannot name a region: that is a 404, like any other unknown id. */
    private static UUID regionId(String id) {
        return Params.pathId(id, "region-not-found");
    }

    private static String countryCode(String country) {
        String code = country.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw ProblemException.invalid("country", "{country.unknown}", Echo.orNull(country));
        }
        return code;
    }
}
