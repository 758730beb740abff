package id.jembatan.assessment.scoring.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FinanceTest {
    private static final double EPS = 1e-4;
    /** Costs 100 in year 0, benefits 30 a year in years 1–5. */
    private static final double[] COSTS = {100, 0, 0, 0, 0, 0};
    private static final double[] BENEFITS = {0, 30, 30, 30, 30, 30};
    private static final double[] NET = {-100, 30, 30, 30, 30, 30};

    @Test
    void npvOfTheStandardFlow() {
        // Annuity factor at 8% over 5 years: (1 - 1.08^-5) / 0.08 = 3.992710
        // PV benefits = 30 * 3.992710 = 119.7813; NPV = 119.7813 - 100 = 19.7813
        assertEquals(119.7813, Finance.presentValue(BENEFITS, 0.08), EPS);
        assertEquals(100.0, Finance.presentValue(COSTS, 0.08), EPS);
        assertEquals(19.7813, Finance.presentValue(NET, 0.08), EPS);
    }

    @Test
    void benefitCostRatioOfTheStandardFlow() {
        // 119.7813 / 100
        assertEquals(1.197813, Finance.benefitCostRatio(BENEFITS, COSTS, 0.08).getAsDouble(), 1e-6);
    }

    @Test
    void irrOfTheStandardFlow() {
        // 30 * AF(r, 5) = 100 <=> AF = 3.3333, reached at r = 15.2382%
        double irr = Finance.internalRateOfReturn(NET).getAsDouble();
        assertEquals(0.152382, irr, 1e-6);
        assertEquals(0.0, Finance.presentValue(NET, irr), 1e-6);
    }

    @Test
    void discountedPaybackOfTheStandardFlow() {
        // Cumulative discounted net: y0 -100, y1 -72.22, y2 -46.50, y3 -22.69, y4 -0.64, y5 +19.78
        assertEquals(OptionalInt.of(5), Finance.discountedPayback(NET, 0.08));
    }

    @Test
    void atRateZeroPresentValueIsTheSum() {
        // -100 + 5 * 30 = 50; payback: cumulative -100, -70, -40, -10, +20 -> year 4
        assertEquals(50.0, Finance.presentValue(NET, 0), EPS);
        assertEquals(OptionalInt.of(4), Finance.discountedPayback(NET, 0));
    }

    @Test
    void allZeroFlows() {
        double[] zero = {0, 0, 0};
        assertEquals(0.0, Finance.presentValue(zero, 0.08), 0);
        assertEquals(OptionalDouble.empty(), Finance.benefitCostRatio(zero, zero, 0.08));
        assertEquals(OptionalDouble.empty(), Finance.internalRateOfReturn(zero));
        // Cumulative 0 >= 0 already in year 0: nothing to pay back.
        assertEquals(OptionalInt.of(0), Finance.discountedPayback(zero, 0.08));
    }

    @Test
    void negativeFlowsOnly() {
        double[] net = {-100, -20};
        // -100 - 20 / 1.08 = -118.5185
        assertEquals(-118.5185, Finance.presentValue(net, 0.08), EPS);
        assertFalse(Finance.hasSignChange(net));
        assertEquals(OptionalDouble.empty(), Finance.internalRateOfReturn(net));
        assertEquals(OptionalInt.empty(), Finance.discountedPayback(net, 0.08));
        // No benefits: PV benefits 0 / PV costs 118.5185 = 0
        assertEquals(0.0, Finance.benefitCostRatio(new double[] {0, 0}, new double[] {100, 20}, 0.08)
                .getAsDouble(), 0);
    }

    @Test
    void positiveFlowsOnlyHaveNoIrr() {
        assertEquals(OptionalDouble.empty(), Finance.internalRateOfReturn(new double[] {10, 10}));
        assertEquals(OptionalInt.of(0), Finance.discountedPayback(new double[] {10, 10}, 0.08));
    }

    @Test
    void zerosDoNotCountAsSignChanges() {
        assertEquals(0, Finance.signChanges(new double[] {0, -5, 0, -3, 0}));
        assertEquals(1, Finance.signChanges(new double[] {0, -5, 0, 3, 0}));
    }

    @Test
    void paybackNeverReached() {
        // -100 + 10/1.08 + 10/1.08^2 = -100 + 9.2593 + 8.5734 = -82.1674
        double[] net = {-100, 10, 10};
        assertEquals(-82.1674, Finance.presentValue(net, 0.08), EPS);
        assertEquals(OptionalInt.empty(), Finance.discountedPayback(net, 0.08));
        // Still a sign change, so an IRR exists, deeply negative: -100 + 10x + 10x^2 = 0 with x = 1/(1+r)
        // x = (-10 + sqrt(100 + 4000)) / 20 = (-10 + 64.0312) / 20 = 2.701562, r = 1/x - 1 = -0.629844
        assertEquals(-0.629844, Finance.internalRateOfReturn(net).getAsDouble(), 1e-6);
    }

    @Test
    void horizonZeroIsASingleUndiscountedYear() {
        assertEquals(-50.0, Finance.presentValue(new double[] {-50}, 0.08), 0);
        assertEquals(OptionalInt.empty(), Finance.discountedPayback(new double[] {-50}, 0.08));
        assertEquals(OptionalInt.of(0), Finance.discountedPayback(new double[] {50}, 0.08));
        assertEquals(OptionalDouble.empty(), Finance.internalRateOfReturn(new double[] {-50}));
    }

    @Test
    void signChangeWithoutRootHasNoIrr() {
        // -1 + 3x - 3x^2 with x = 1/(1+r): discriminant 9 - 12 < 0, so the NPV is never zero
        double[] net = {-1, 3, -3};
        assertTrue(Finance.hasSignChange(net));
        assertEquals(OptionalDouble.empty(), Finance.internalRateOfReturn(net));
    }

    @Test
    void severalRootsGiveTheLowest() {
        // NPV * (1+r)^2 = -(1+r)^2 + 2.3(1+r) - 1.32 = -((1+r) - 1.1)((1+r) - 1.2): roots 10% and 20%
        double[] net = {-1, 2.3, -1.32};
        assertEquals(2, Finance.signChanges(net));
        assertEquals(0.10, Finance.internalRateOfReturn(net).getAsDouble(), 1e-8);
    }

    @Test
    void borrowingShapedFlowsHaveAnIrrToo() {
        // Receive 100 now, repay 110 next year: 10%
        assertEquals(0.10, Finance.internalRateOfReturn(new double[] {100, -110}).getAsDouble(), 1e-8);
    }

    @Test
    void annuityPayment() {
        // 1000 * 0.05 / (1 - 1.05^-10) = 1000 * 0.129505 = 129.5046
        assertEquals(129.5046, Finance.annuityPayment(1000, 0.05, 10), EPS);
        assertEquals(100.0, Finance.annuityPayment(1000, 0, 10), 0);
        assertThrows(IllegalArgumentException.class, () -> Finance.annuityPayment(1000, 0.05, 0));
    }
}
