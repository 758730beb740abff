package id.jembatan.directory.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sectors of docs/ARCHITECTURE.md, shared vocabulary for organisations and agreements. */
@Schema(description = "A sector of cooperation, the vocabulary shared by organisations and agreements")
public enum Sector {
    TOURISM,
    CREATIVE_ECONOMY,
    HUMAN_RESOURCES,
    EDUCATION,
    E_COMMERCE,
    ARTIFICIAL_INTELLIGENCE,
    DIGITAL_INFRASTRUCTURE,
    TRADE_EXPORT,
    INVESTMENT,
    INFRASTRUCTURE,
    TRANSPORT,
    ENERGY,
    ENVIRONMENT,
    HEALTH,
    CULTURE,
    AGRICULTURE,
    INDUSTRY,
    URBAN_PLANNING,
    GOVERNANCE
}
