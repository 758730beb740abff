package id.jembatan.assessment.scoring.finance;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Discounted cash-flow arithmetic on yearly flows, where index t of an array is year t and year 0 is not
 * discounted. Rates are fractions (0.08 = 8%). Doubles are precise enough for appraisal figures and give
 * the same result on every JVM (Java 17 floating point is strict).
 */
public final class Finance {
    /** IRR is searched for above this rate; at -100% discounting is undefined. */
    private static final double LOWEST_RATE = -0.99;
    private static final double HIGHEST_RATE = 1_000;
    private static final double RATE_STEP = 0.01;

    private Finance() {
    }

    /** Sum of flow_t / (1 + rate)^t. Applied to net flows (benefits minus costs) this is the NPV. */
    public static double presentValue(double[] flows, double rate) {
        double sum = 0;
        double factor = 1;
        for (double flow : flows) {
            sum += flow / factor;
            factor *= 1 + rate;
        }
        return sum;
    }

    /** PV of benefits over PV of costs; empty when the costs have no present value to divide by. */
    public static OptionalDouble benefitCostRatio(double[] benefits, double[] costs, double rate) {
        double pvCosts = presentValue(costs, rate);
        return pvCosts == 0 ? OptionalDouble.empty() : OptionalDouble.of(presentValue(benefits, rate) / pvCosts);
    }

    /** Whether the net flows change sign at least once, ignoring zeros; without it there is no IRR. */
    public static boolean hasSignChange(double[] net) {
        return signChanges(net) > 0;
    }

    /**
     * Number of sign changes of the net flows, ignoring zeros. More than one allows several rates to zero
     * the NPV (Descartes' rule of signs), so the IRR may not be unique.
     */
    public static int signChanges(double[] net) {
        int changes = 0;
        double previous = 0;
        for (double flow : net) {
            if (flow != 0) {
                if (previous != 0 && Math.signum(flow) != Math.signum(previous)) {
                    changes++;
                }
                previous = flow;
            }
        }
        return changes;
    }

    /**
     * A rate above -99% at which the NPV is zero, to within 1e-10: an upward scan finds the first bracket
     * where the NPV changes sign, so with several roots this is the lowest one the grid separates, and
     * bisection narrows it; bisection cannot diverge the way
     * Newton's method can on unconventional flows. Empty when the flows never change sign, or when they do
     * but no rate zeroes the NPV (possible with several sign changes).
     */
    public static OptionalDouble internalRateOfReturn(double[] net) {
        if (!hasSignChange(net)) {
            return OptionalDouble.empty();
        }
        double low = LOWEST_RATE;
        double npvLow = presentValue(net, low);
        while (low < HIGHEST_RATE) {
            if (npvLow == 0) {
                return OptionalDouble.of(low);
            }
            // A 1% grid up to 100%, then 10% steps of the rate itself, where NPVs barely move.
            double high = low + Math.max(RATE_STEP, low * RATE_STEP * 10);
            double npvHigh = presentValue(net, high);
            if (Math.signum(npvHigh) != Math.signum(npvLow)) {
                return OptionalDouble.of(bisect(net, low, high, npvLow));
            }
            low = high;
            npvLow = npvHigh;
        }
        return OptionalDouble.empty();
    }

    private static double bisect(double[] net, double low, double high, double npvLow) {
        for (int i = 0; i < 200 && high - low > 1e-10; i++) {
            double mid = (low + high) / 2;
            double npvMid = presentValue(net, mid);
            if (npvMid == 0) {
                return mid;
            }
            if (Math.signum(npvMid) == Math.signum(npvLow)) {
                low = mid;
                npvLow = npvMid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** First year in which the cumulative discounted net flow is at least zero; empty if never. */
    public static OptionalInt discountedPayback(double[] net, double rate) {
        double cumulative = 0;
        double factor = 1;
        for (int year = 0; year < net.length; year++) {
            cumulative += net[year] / factor;
            if (cumulative >= 0) {
                return OptionalInt.of(year);
            }
            factor *= 1 + rate;
        }
        return OptionalInt.empty();
    }

    /** Level yearly payment that repays {@code principal} with interest over {@code years} (an annuity). */
    public static double annuityPayment(double principal, double rate, int years) {
        if (years <= 0) {
            throw new IllegalArgumentException("years must be positive");
        }
        if (rate == 0) {
            return principal / years;
        }
        return principal * rate / (1 - Math.pow(1 + rate, -years));
    }
}
