package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The sectors an agreement covers, each with the OECD DAC 5-digit purpose code (IATI sector vocabulary 1) that
 * fits it best, for the IATI export. Where no DAC code names the sector (e-commerce, artificial intelligence,
 * creative economy) the nearest one is used: ICT (22040) for the digital sectors, SME development (32130) for
 * the creative economy.
 */
@Schema(description = "A sector of cooperation, the vocabulary shared with directory-service")
public enum Sector {
    TOURISM("33210"),
    CREATIVE_ECONOMY("32130"),
    HUMAN_RESOURCES("11330"),
    EDUCATION("11110"),
    E_COMMERCE("22040"),
    ARTIFICIAL_INTELLIGENCE("22040"),
    DIGITAL_INFRASTRUCTURE("22040"),
    TRADE_EXPORT("33110"),
    INVESTMENT("25010"),
    INFRASTRUCTURE("43030"),
    TRANSPORT("21010"),
    ENERGY("23110"),
    ENVIRONMENT("41010"),
    HEALTH("12110"),
    CULTURE("16061"),
    AGRICULTURE("31110"),
    INDUSTRY("32110"),
    URBAN_PLANNING("43030"),
    GOVERNANCE("15112");

    private final String dacCode;

    Sector(String dacCode) {
        this.dacCode = dacCode;
    }

    /** OECD DAC 5-digit purpose code. */
    public String dacCode() {
        return dacCode;
    }
}
