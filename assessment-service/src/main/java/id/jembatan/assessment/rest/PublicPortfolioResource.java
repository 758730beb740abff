package id.jembatan.assessment.rest;

import id.jembatan.assessment.api.PublicPortfolioView;
import id.jembatan.assessment.service.PortfolioService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/public/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public")
@PermitAll
public class PublicPortfolioResource {

    @Inject
    PortfolioService portfolios;

    @GET
    @Operation(operationId = "getPublicPortfolio", summary = "Portfolio analytics of the public registry (no token)",
            description = "The figures of GET /portfolio that the public registry's agreements make up: counts by partner "
                    + "country, bloc, sector and state, concentration with its level, absent diversification targets. "
                    + "Confidential agreements are in no figure; activity outputs, dormancy and assessments are left out.")
    @APIResponse(responseCode = "200", description = "The public portfolio, with how current it is")
    @APIResponse(responseCode = "400", description = "Malformed scope")
    public PublicPortfolioView portfolio(@Parameter(description = "national, province:CODE or region:CODE", example = "province:36")
                                         @QueryParam("scope") String scope) {
        return portfolios.publicPortfolio(PortfolioService.Scope.parse(scope));
    }
}
