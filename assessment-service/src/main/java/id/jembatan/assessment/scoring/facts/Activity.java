package id.jembatan.assessment.scoring.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An entry of the implementation log.
 *
 * @param exportValue     in IDR, null when none
 * @param investmentValue in IDR, null when none
 */
public record Activity(String kind, LocalDate date, int peopleTrained, BigDecimal exportValue,
                       BigDecimal investmentValue) {
}
