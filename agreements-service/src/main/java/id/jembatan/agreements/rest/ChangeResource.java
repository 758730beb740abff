package id.jembatan.agreements.rest;

import id.jembatan.agreements.api.Change;
import id.jembatan.agreements.service.ChangeFeed;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.security.Roles;
import id.jembatan.platform.web.Echo;
import id.jembatan.platform.web.Params;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "changes")
@SecurityRequirement(name = "bearer")
public class ChangeResource {

    @Inject
    ChangeFeed feed;

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.MINISTRY_REVIEWER, Roles.ADMIN})
    @Operation(operationId = "readChanges", summary = "Committed changes after a cursor, in commit order",
            description = "Every committed change appears exactly once. Start with after=0 and pass 'next' back.")
    @APIResponse(responseCode = "200", description = "The next changes and the cursor to continue from")
    public Change.Page read(@Parameter(description = "Cursor from a previous page (its next); 0 for the beginning",
                                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = "9223372036854775807", defaultValue = "0"))
                            @QueryParam("after") String after,
                            @Parameter(description = "Changes per page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000", defaultValue = "100"))
                            @QueryParam("limit") String limit) {
        long cursor = cursor(after);
        Integer max = Params.integer("limit", limit, 1, 1000);
        return QuarkusTransaction.requiringNew().call(() -> feed.read(cursor, max == null ? 100 : max));
    }

    private static long cursor(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            long cursor = Long.parseLong(after.trim());
            if (cursor >= 0) {
                return cursor;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid("after", "{field.type}", Echo.orNull(after));
    }
}
