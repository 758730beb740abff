package id.jembatan.assessment.rest;

import id.jembatan.assessment.api.PortfolioView;
import id.jembatan.assessment.service.PortfolioService;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.security.CallerRegion;
import id.jembatan.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "portfolio")
@SecurityRequirement(name = "bearer")
public class PortfolioResource {

    @Inject
    PortfolioService portfolios;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @GET
    @RolesAllowed(Roles.READERS)
    @Operation(operationId = "getPortfolio", summary = "Portfolio analytics for the nation, a province or a region",
            description = "Counts by partner country, bloc, sector and state; concentration (HHI) now and by signing year, "
                    + "the top partner and its share, and the level by the default scoring model's thresholds, by count and "
                    + "by committed value; the diversification targets no live agreement reaches, countries and blocs apart; "
                    + "realised outputs; agreements expiring within 90 days; dormant ones; the latest risk levels. "
                    + "A regional officer may read its own region's portfolio only. GET /public/portfolio needs no token.")
    @APIResponse(responseCode = "200", description = "The portfolio, with how current it is")
    public PortfolioView portfolio(@Parameter(description = "national, province:CODE or region:CODE", example = "province:36")
                                   @QueryParam("scope") String scope) {
        PortfolioService.Scope parsed = PortfolioService.Scope.parse(scope);
        CallerRegion.confinedTo(identity, token).ifPresent(own -> {
            if (!parsed.text().equals("region:" + own)) {
                throw new ProblemException(403, "forbidden-region", parsed.text());
            }
        });
        return portfolios.portfolio(parsed);
    }
}
