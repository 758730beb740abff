package id.jembatan.assessment.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "Jembatan assessment-service", version = "1.0",
                description = "Risk and benefit assessment of cooperation agreements in eight dimensions (transparency, "
                        + "cost-benefit, fiscal exposure, partner concentration, technology transfer and skills, digital "
                        + "sovereignty, environmental and social, policy alignment) with versioned scoring models, and "
                        + "portfolio analytics for dashboards."),
        tags = {
                @Tag(name = "assessments", description = "Immutable, reproducible assessments and what-if previews"),
                @Tag(name = "scoring-models", description = "Versioned weights and thresholds"),
                @Tag(name = "portfolio", description = "Analytics per region, province or the nation")
        })
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class AssessmentApplication extends Application {
}
