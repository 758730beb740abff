package id.jembatan.assessment.scoring.facts;

import id.jembatan.assessment.scoring.model.Copies;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agreements around the assessed one, in every state (the dimension keeps the live ones).
 *
 * @param region       the Indonesian party's own agreements
 * @param province     the agreements of its province, including its regencies and cities
 * @param national     all regional agreements in Indonesia
 * @param countryBlocs bloc memberships of the partner countries that occur above
 */
public record PortfolioFacts(List<PortfolioEntry> region, List<PortfolioEntry> province,
                             List<PortfolioEntry> national, Map<String, Set<String>> countryBlocs) {
    public PortfolioFacts {
        region = Copies.list(region);
        province = Copies.list(province);
        national = Copies.list(national);
        countryBlocs = Copies.sortedMapOfSets(countryBlocs);
    }

    public static PortfolioFacts empty() {
        return new PortfolioFacts(List.of(), List.of(), List.of(), Map.of());
    }
}
