package id.jembatan.agreements.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "Jembatan agreements-service", version = "1.0",
                description = "The registry of regional cooperation agreements with foreign partners (KSDPL, KSDLL): "
                        + "parties validated against directory-service, instruments, safeguard clauses, cost-benefit "
                        + "analysis, financial commitments and activities; the lifecycle of PP 28/2018 and "
                        + "Permendagri 25/2020 as explicit transitions; an append-only history; a change feed; and a "
                        + "public transparency view."),
        tags = {
                @Tag(name = "agreements", description = "The registry, for regional officers, reviewers and viewers"),
                @Tag(name = "lifecycle", description = "Transitions, history and the implementation log"),
                @Tag(name = "public", description = "The transparency view, without a token"),
                @Tag(name = "changes", description = "The change feed for systems that follow the registry")
        })
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class AgreementsApplication extends Application {
}
