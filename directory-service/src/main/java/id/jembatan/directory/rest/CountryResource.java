package id.jembatan.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.jembatan.directory.api.CountryUpdate;
import id.jembatan.directory.api.CountryView;
import id.jembatan.directory.service.CountryService;
import id.jembatan.platform.security.Roles;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Reads are public ({@code @PermitAll}); every other operation needs the directory-admin role. */
@Path("/countries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "countries")
@RolesAllowed(Roles.DIRECTORY_ADMIN)
public class CountryResource {

    @Inject
    CountryService countries;

    @GET
    @PermitAll
    @Operation(operationId = "listCountries", summary = "List or search countries",
            description = "Searches English and Indonesian names and codes; filter by bloc (ASEAN, EU, G20, OECD, BRICS, EAST_ASIA_PLUS_THREE).")
    @APIResponse(responseCode = "200", description = "A page of countries")
    public PageResponse<CountryView> list(
            @Parameter(description = "Name or code, e.g. Jepang or JP") @QueryParam("q") String q,
            @Parameter(description = "Bloc code", example = "ASEAN") @QueryParam("bloc") String bloc,
            @Parameter(description = "Zero-based page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20")) @QueryParam("size") String size) {
        return countries.search(Params.text("q", q, 100), Params.text("bloc", bloc, 32), PageRequest.of(page, size));
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getCountry", summary = "One country by ISO 3166-1 alpha-2 or alpha-3 code")
    @APIResponse(responseCode = "200", description = "The country; its version is the ETag", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such country")
    public RestResponse<CountryView> get(@Parameter(example = "CN") @PathParam("code") String code) {
        CountryView country = countries.get(code);
        return RestResponse.ResponseBuilder.ok(country).tag(Preconditions.etag(country.version())).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateCountry", summary = "Update a country's names, status and blocs")
    @APIResponse(responseCode = "200", description = "Updated; the new version is the ETag", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No such country")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<CountryView> update(@PathParam("code") String code,
                                            @Parameter(description = "ETag of the version the change is based on; without it the change is refused (428)", required = true, example = "\"0\"")
                                            @HeaderParam("If-Match") String ifMatch,
                                            @Valid @NotNull CountryUpdate update) {
        CountryView country = countries.update(code, ifMatch, update);
        return RestResponse.ResponseBuilder.ok(country).tag(Preconditions.etag(country.version())).build();
    }
}
