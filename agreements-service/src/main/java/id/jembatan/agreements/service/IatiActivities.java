package id.jembatan.agreements.service;

import id.jembatan.agreements.api.PartyView;
import id.jembatan.agreements.api.PublicAgreementView;
import id.jembatan.agreements.api.PublicAgreementView.PublicCommitment;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.domain.Form;
import id.jembatan.agreements.domain.Obligor;
import id.jembatan.agreements.domain.Sector;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The public registry as IATI 2.03 activity XML: each agreement one activity, reported by its Indonesian region
 * (organisation type 11, local government), with the partner and further organisations as participating
 * organisations, the sectors as OECD DAC purpose codes and the financial commitments as transactions.
 * Elements follow the order of the IATI 2.03 activity schema, which is a sequence.
 * <p>
 * IATI requires a start date; an agreement without any date (validity, signing, an instrument's signing) is
 * left out. Pure: the caller gives it only what the public registry shows (never a confidential agreement).
 */
public final class IatiActivities {

    /** IATI version this writer follows. */
    public static final String VERSION = "2.03";

    /**
     * Prefix of the organisation identifiers: Indonesia and the registration agency of regional governments'
     * codes. It is not (yet) a list in org-id.guide, so a publisher registering with IATI replaces it by the
     * identifier the registry assigns.
     */
    public static final String ORGANISATION_PREFIX = "ID-KEMENDAGRI-";

    private static final String LOCAL_GOVERNMENT = "11";
    private static final String OTHER_ORGANISATION = "90";
    private static final String ROLE_ACCOUNTABLE = "2";
    private static final String ROLE_IMPLEMENTING = "4";
    private static final String OUTGOING_COMMITMENT = "2";
    private static final String INCOMING_COMMITMENT = "11";

    private IatiActivities() {
    }

    public static String write(List<PublicAgreementView> agreements, Instant generated) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", VERSION);
            xml.writeAttribute("generated-datetime", generated.truncatedTo(ChronoUnit.SECONDS).toString());
            for (PublicAgreementView agreement : agreements) {
                if (start(agreement) != null) {
                    activity(xml, agreement, generated);
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("IATI export could not be written", e);
        }
        return out.toString();
    }

    /** The activity status code (IATI ActivityStatus codelist) for a lifecycle state. */
    static String activityStatus(AgreementState state) {
        return switch (state) {
            case ACTIVE, UNDER_EVALUATION -> "2";
            case RENEWED, EXPIRED, TERMINATED -> "4";
            case REJECTED, WITHDRAWN -> "5";
            default -> "1";
        };
    }

    /** Percentages per sector that add up to exactly 100, the rest of the division going to the first. */
    static List<BigDecimal> sectorPercentages(int sectors) {
        List<BigDecimal> shares = new ArrayList<>();
        if (sectors == 0) {
            return shares;
        }
        BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(sectors), 2, RoundingMode.DOWN);
        BigDecimal first = BigDecimal.valueOf(100).subtract(each.multiply(BigDecimal.valueOf(sectors - 1L)));
        shares.add(first);
        for (int i = 1; i < sectors; i++) {
            shares.add(each);
        }
        return shares;
    }

    static String identifier(PublicAgreementView agreement) {
        return reportingOrganisation(agreement) + "-" + agreement.id();
    }

    private static String reportingOrganisation(PublicAgreementView agreement) {
        return ORGANISATION_PREFIX + agreement.indonesianParty().code();
    }

    private static void activity(XMLStreamWriter xml, PublicAgreementView a, Instant generated) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", "id");
        xml.writeAttribute("last-updated-datetime", generated.truncatedTo(ChronoUnit.SECONDS).toString());
        xml.writeAttribute("hierarchy", "1");
        text(xml, "iati-identifier", identifier(a));

        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", reportingOrganisation(a));
        xml.writeAttribute("type", LOCAL_GOVERNMENT);
        narrative(xml, a.indonesianParty().name());
        xml.writeEndElement();

        xml.writeStartElement("title");
        narrative(xml, a.title());
        xml.writeEndElement();
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narrative(xml, a.summary() == null || a.summary().isBlank() ? a.title() : a.summary());
        xml.writeEndElement();

        participant(xml, a.indonesianParty(), ROLE_ACCOUNTABLE, LOCAL_GOVERNMENT, true);
        if (a.foreignParty() != null) {
            participant(xml, a.foreignParty(), ROLE_IMPLEMENTING,
                    a.form() == Form.KSDPL ? LOCAL_GOVERNMENT : OTHER_ORGANISATION, false);
        }
        for (String organisation : a.participants() == null ? List.<String>of() : a.participants()) {
            xml.writeStartElement("participating-org");
            xml.writeAttribute("role", ROLE_IMPLEMENTING);
            narrative(xml, organisation);
            xml.writeEndElement();
        }

        if (a.reference() != null && !a.reference().isBlank()) {
            xml.writeStartElement("other-identifier");
            xml.writeAttribute("ref", a.reference());
            xml.writeAttribute("type", "A1");
            xml.writeEndElement();
        }

        empty(xml, "activity-status", "code", activityStatus(a.state()));
        dates(xml, a);
        empty(xml, "activity-scope", "code", a.indonesianParty().code().contains(".") ? "7" : "6");
        xml.writeStartElement("recipient-country");
        xml.writeAttribute("code", "ID");
        xml.writeAttribute("percentage", "100");
        xml.writeEndElement();

        List<String> sectors = dacCodes(a);
        List<BigDecimal> shares = sectorPercentages(sectors.size());
        for (int i = 0; i < sectors.size(); i++) {
            xml.writeStartElement("sector");
            xml.writeAttribute("vocabulary", "1");
            xml.writeAttribute("code", sectors.get(i));
            xml.writeAttribute("percentage", shares.get(i).stripTrailingZeros().toPlainString());
            xml.writeEndElement();
        }

        LocalDate committedOn = a.signedOn() != null ? a.signedOn() : start(a);
        if (a.commitments() != null) {
            for (PublicCommitment commitment : a.commitments()) {
                transaction(xml, commitment, committedOn);
            }
        }
        xml.writeEndElement();
    }

    /** The DAC codes of the agreement's sectors, each once (several sectors share the ICT code). */
    private static List<String> dacCodes(PublicAgreementView a) {
        List<String> codes = new ArrayList<>();
        for (Object sector : a.sectors() == null ? List.of() : a.sectors()) {
            String code = Sector.valueOf(sector.toString()).dacCode();
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The start of the activity: its validity, else its signing, else its first instrument's signing. */
    static LocalDate start(PublicAgreementView a) {
        if (a.validFrom() != null) {
            return a.validFrom();
        }
        if (a.signedOn() != null) {
            return a.signedOn();
        }
        return a.instruments() == null ? null : a.instruments().stream().map(PublicAgreementView.PublicInstrument::signedOn)
                .filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    private static void dates(XMLStreamWriter xml, PublicAgreementView a) throws XMLStreamException {
        boolean started = !a.state().isBeforeActive() && a.state() != AgreementState.REJECTED
                && a.state() != AgreementState.WITHDRAWN;
        boolean ended = a.state() == AgreementState.EXPIRED || a.state() == AgreementState.RENEWED
                || a.state() == AgreementState.TERMINATED;
        date(xml, started ? "2" : "1", start(a));
        if (a.validUntil() != null) {
            date(xml, ended && a.state() != AgreementState.TERMINATED ? "4" : "3", a.validUntil());
        }
    }

    private static void transaction(XMLStreamWriter xml, PublicCommitment commitment, LocalDate on) throws XMLStreamException {
        if (commitment.amount() == null || commitment.currency() == null) {
            return;
        }
        xml.writeStartElement("transaction");
        empty(xml, "transaction-type", "code",
                commitment.obligor() == Obligor.INDONESIAN_PARTY ? OUTGOING_COMMITMENT : INCOMING_COMMITMENT);
        empty(xml, "transaction-date", "iso-date", on.toString());
        xml.writeStartElement("value");
        xml.writeAttribute("currency", commitment.currency());
        xml.writeAttribute("value-date", on.toString());
        xml.writeCharacters(commitment.amount().toPlainString());
        xml.writeEndElement();
        xml.writeStartElement("description");
        narrative(xml, commitment.kind() + " (" + commitment.obligor() + ")");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void participant(XMLStreamWriter xml, PartyView party, String role, String type, boolean withRef)
            throws XMLStreamException {
        xml.writeStartElement("participating-org");
        if (withRef) {
            xml.writeAttribute("ref", ORGANISATION_PREFIX + party.code());
        }
        xml.writeAttribute("role", role);
        xml.writeAttribute("type", type);
        narrative(xml, party.name());
        xml.writeEndElement();
    }

    private static void date(XMLStreamWriter xml, String type, LocalDate on) throws XMLStreamException {
        xml.writeStartElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", on.toString());
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String element, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void narrative(XMLStreamWriter xml, String value) throws XMLStreamException {
        text(xml, "narrative", value == null ? "" : value);
    }
}
