package id.jembatan.directory.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "Jembatan directory-service", version = "1.0",
                description = "Reference directory of the places and organisations that can be parties to a cooperation "
                        + "agreement: countries with their blocs, regions at every level with codes in several schemes "
                        + "and profile figures, and organisations. Reads are public; writes need the directory-admin role.",
                license = @License(name = "Reference data: see PROVENANCE.md (LGPL-2.1+, ODbL 1.0, MIT)")),
        tags = {
                @Tag(name = "countries", description = "ISO 3166-1 countries and their bloc memberships"),
                @Tag(name = "regions", description = "Administrative regions at any level, searchable and addressable by code"),
                @Tag(name = "organisations", description = "Companies, state-owned enterprises, universities, agencies"),
                @Tag(name = "imports", description = "Bulk upsert of regions from CSV or JSON")
        })
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class DirectoryApplication extends Application {
}
