package id.jembatan.directory.rest;

import id.jembatan.directory.api.ImportReport;
import id.jembatan.directory.service.ApbdImport;
import id.jembatan.directory.service.ImportService;
import id.jembatan.platform.problem.Messages;
import id.jembatan.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk imports, for the directory-admin role only. */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "imports")
@RolesAllowed(Roles.DIRECTORY_ADMIN)
public class ImportResource {

    private static final String CSV_EXAMPLE = """
            scheme,code,name,local_name,country,level,kind,kind_en,parent_scheme,parent_code,alt_names,extra_codes,valid_from,source
            KEMENDAGRI,36.73,Kota Serang,,ID,2,Kota,City,KEMENDAGRI,36,Serang,BPS:3673,2025-01-01,Kepmendagri 300.2.2-2138/2025
            """;
    private static final String JSON_EXAMPLE = """
            [{"scheme": "GB_T_2260", "code": "330100", "name": "Hangzhou", "localName": "杭州市", "country": "CN",
              "level": 2, "kind": "Shi", "kindEn": "Prefecture-level city", "parentScheme": "GB_T_2260",
              "parentCode": "330000", "extraCodes": ["UN_LOCODE:CN HAZ"]}]""";

    private static final String APBD_EXAMPLE = """
            kode_pemda,tahun,pendapatan,pad,pendapatan_transfer,sumber,ilustratif
            36.73,2024,1210000000000,265000000000,915000000000,"Contoh ilustratif, bukan angka resmi DJPK",true
            """;

    @Inject
    ImportService imports;

    @Inject
    ApbdImport apbd;

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "importRegions", summary = "Upsert regions in bulk from CSV or JSON",
            description = "Rows are matched by (scheme, code): new ones are created, changed ones updated, identical "
                    + "ones left alone, so importing the same file twice changes nothing. Every rejected row is "
                    + "reported with its line and reason; valid rows are stored regardless. Parents must come before "
                    + "their children (or already exist). At most 50,000 rows and 10 MiB.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "json", value = JSON_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "The import report")
    @APIResponse(responseCode = "413", description = "More than 50,000 rows or 10 MiB")
    @APIResponse(responseCode = "415", description = "Neither CSV nor JSON")
    public ImportReport importRegions(String body, @Context HttpHeaders headers) {
        boolean csv = headers.getMediaType() != null && "csv".equals(headers.getMediaType().getSubtype());
        return imports.importRegions(body == null ? "" : body, csv ? ImportService.Format.CSV : ImportService.Format.JSON,
                Messages.locale(headers));
    }

    @POST
    @Path("/apbd-realisations")
    @Consumes("text/csv")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "importApbdRealisations", summary = "Import realised APBD revenue as DJPK publishes it (CSV)",
            description = "One row per region and year: kode_pemda (Kemendagri code), tahun, pendapatan (total revenue), "
                    + "pad (own-source revenue), pendapatan_transfer (transfers), in rupiah; optional sumber (source; by "
                    + "default DJPK's realisation of that year) and ilustratif (true for figures that are not official). "
                    + "Each figure is stored as a region figure (BUDGET_REVENUE, OWN_SOURCE_REVENUE, TRANSFER_REVENUE) "
                    + "with its year and source, replacing the same metric and year; importing a file twice changes "
                    + "nothing. Every rejected row is reported with its line and reason; valid rows are stored regardless.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv",
            examples = @ExampleObject(name = "csv", value = APBD_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The import report, one count per row")
    @APIResponse(responseCode = "413", description = "More than 50,000 rows or 10 MiB")
    @APIResponse(responseCode = "415", description = "Not CSV")
    public ImportReport importApbdRealisations(String body, @Context HttpHeaders headers) {
        return apbd.importRealisations(body == null ? "" : body, Messages.locale(headers));
    }
}
