package id.jembatan.agreements.rest;

import id.jembatan.agreements.api.StageView;
import id.jembatan.agreements.service.AgreementViews;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/lifecycle/stages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lifecycle")
@PermitAll
public class StageResource {

    @GET
    @Operation(operationId = "listStages", summary = "The eleven stages of the procedure (no token)",
            description = "The stages of cooperation with a foreign party as the regional regulations transposing Permendagri "
                    + "25/2020 list them, in order, with their Indonesian and English names, the evidence each needs, its legal "
                    + "basis and the agreement states that belong to it.")
    @APIResponse(responseCode = "200", description = "The eleven stages, in order")
    public List<StageView> stages() {
        return AgreementViews.stages();
    }
}
