package id.jembatan.agreements.service;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * The rules of the IATI 2.03 activity standard that an export must keep, encoded from its documentation because no
 * package on the registries this project can reach ships the schema: the sequence of an activity's elements, the
 * required elements and attributes, codes from the code lists used, percentages that add up, ISO dates and
 * currencies, identifiers that begin with the reporting organisation's.
 *
 * @see <a href="https://iatistandard.org/en/iati-standard/203/activity-standard/">IATI 2.03 activity standard</a>
 */
public final class IatiRules {

    /** The order of iati-activity's children in the 2.03 schema (a sequence); only the ones we may write. */
    static final List<String> ACTIVITY_SEQUENCE = List.of("iati-identifier", "reporting-org", "title", "description",
            "participating-org", "other-identifier", "activity-status", "activity-date", "contact-info",
            "activity-scope", "recipient-country", "recipient-region", "location", "sector", "tag",
            "country-budget-items", "humanitarian-scope", "policy-marker", "collaboration-type", "default-flow-type",
            "default-finance-type", "default-aid-type", "default-tied-status", "budget", "planned-disbursement",
            "capital-spend", "transaction", "document-link", "related-activity", "legacy-data", "conditions", "result");
    static final Set<String> ACTIVITY_STATUS = Set.of("1", "2", "3", "4", "5", "6");
    static final Set<String> ACTIVITY_DATE_TYPE = Set.of("1", "2", "3", "4");
    static final Set<String> ORGANISATION_ROLE = Set.of("1", "2", "3", "4");
    static final Set<String> ORGANISATION_TYPE = Set.of("10", "11", "15", "21", "22", "23", "24", "30", "40", "60",
            "70", "71", "72", "73", "80", "90");
    static final Set<String> ACTIVITY_SCOPE = Set.of("1", "2", "3", "4", "5", "6", "7", "8");
    static final Set<String> TRANSACTION_TYPE = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");

    private IatiRules() {
    }

    /** @return every breach of the rules, empty when the document keeps them all */
    public static List<String> breaches(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<String> breaches = new ArrayList<>();
        Element root = document.getDocumentElement();
        expect(breaches, "iati-activities".equals(root.getTagName()), "root is not iati-activities");
        expect(breaches, "2.03".equals(root.getAttribute("version")), "version is not 2.03");
        for (Element activity : children(root)) {
            String at = "activity " + text(activity, "iati-identifier");
            expect(breaches, "iati-activity".equals(activity.getTagName()), "unexpected " + activity.getTagName());
            int last = -1;
            for (Element child : children(activity)) {
                int position = ACTIVITY_SEQUENCE.indexOf(child.getTagName());
                expect(breaches, position >= 0, at + ": element not in the schema: " + child.getTagName());
                expect(breaches, position >= last, at + ": " + child.getTagName() + " out of the schema's order");
                last = Math.max(last, position);
            }
            List<Element> reporting = named(activity, "reporting-org");
            expect(breaches, reporting.size() == 1, at + ": needs exactly one reporting-org");
            expect(breaches, named(activity, "iati-identifier").size() == 1, at + ": needs exactly one iati-identifier");
            expect(breaches, named(activity, "title").size() == 1, at + ": needs exactly one title");
            expect(breaches, !named(activity, "participating-org").isEmpty(), at + ": needs a participating-org");
            expect(breaches, named(activity, "activity-status").size() == 1, at + ": needs exactly one activity-status");
            expect(breaches, !named(activity, "activity-date").isEmpty(), at + ": needs an activity-date");
            if (!reporting.isEmpty()) {
                Element org = reporting.get(0);
                expect(breaches, !org.getAttribute("ref").isEmpty(), at + ": reporting-org needs a ref");
                expect(breaches, ORGANISATION_TYPE.contains(org.getAttribute("type")), at + ": reporting-org type");
                expect(breaches, text(activity, "iati-identifier").startsWith(org.getAttribute("ref") + "-"),
                        at + ": identifier does not begin with the reporting organisation's");
            }
            for (Element org : named(activity, "participating-org")) {
                expect(breaches, ORGANISATION_ROLE.contains(org.getAttribute("role")), at + ": participating-org role");
                expect(breaches, org.getAttribute("type").isEmpty() || ORGANISATION_TYPE.contains(org.getAttribute("type")),
                        at + ": participating-org type");
                expect(breaches, !org.getAttribute("ref").isEmpty() || !named(org, "narrative").isEmpty(),
                        at + ": participating-org needs a ref or a narrative");
            }
            for (Element status : named(activity, "activity-status")) {
                expect(breaches, ACTIVITY_STATUS.contains(status.getAttribute("code")), at + ": activity-status code");
            }
            for (Element date : named(activity, "activity-date")) {
                expect(breaches, ACTIVITY_DATE_TYPE.contains(date.getAttribute("type")), at + ": activity-date type");
                expect(breaches, isoDate(date.getAttribute("iso-date")), at + ": activity-date iso-date");
            }
            for (Element scope : named(activity, "activity-scope")) {
                expect(breaches, ACTIVITY_SCOPE.contains(scope.getAttribute("code")), at + ": activity-scope code");
            }
            BigDecimal sectorTotal = BigDecimal.ZERO;
            for (Element sector : named(activity, "sector")) {
                expect(breaches, "1".equals(sector.getAttribute("vocabulary")), at + ": sector vocabulary");
                expect(breaches, sector.getAttribute("code").matches("\\d{5}"), at + ": DAC 5-digit sector code");
                sectorTotal = sectorTotal.add(new BigDecimal(sector.getAttribute("percentage")));
            }
            expect(breaches, named(activity, "sector").isEmpty() || sectorTotal.compareTo(BigDecimal.valueOf(100)) == 0,
                    at + ": sector percentages add up to " + sectorTotal);
            for (Element transaction : named(activity, "transaction")) {
                expect(breaches, named(transaction, "transaction-type").size() == 1
                        && TRANSACTION_TYPE.contains(named(transaction, "transaction-type").get(0).getAttribute("code")),
                        at + ": transaction-type");
                expect(breaches, named(transaction, "transaction-date").size() == 1
                        && isoDate(named(transaction, "transaction-date").get(0).getAttribute("iso-date")),
                        at + ": transaction-date");
                List<Element> value = named(transaction, "value");
                expect(breaches, value.size() == 1, at + ": transaction needs one value");
                if (value.size() == 1) {
                    expect(breaches, isoDate(value.get(0).getAttribute("value-date")), at + ": value-date");
                    expect(breaches, isCurrency(value.get(0).getAttribute("currency")), at + ": value currency");
                    expect(breaches, value.get(0).getTextContent().matches("-?\\d+(\\.\\d+)?"), at + ": value is a decimal");
                }
            }
        }
        return breaches;
    }

    private static boolean isoDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void expect(List<String> breaches, boolean kept, String breach) {
        if (!kept) {
            breaches.add(breach);
        }
    }

    private static String text(Element parent, String name) {
        List<Element> found = named(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent();
    }

    private static List<Element> named(Element parent, String name) {
        return children(parent).stream().filter(e -> name.equals(e.getTagName())).toList();
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }
}
