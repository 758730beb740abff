package id.jembatan.assessment.scoring.model;

/**
 * Lowest risk score of each level above LOW: {@code score < moderate} is LOW, {@code score < high} is
 * MODERATE, {@code score < critical} is HIGH, the rest CRITICAL.
 */
public record LevelCutoffs(int moderate, int high, int critical) {
    public LevelCutoffs {
        if (!(0 < moderate && moderate < high && high < critical && critical <= 100)) {
            throw new IllegalArgumentException("cut-offs must satisfy 0 < moderate < high < critical <= 100");
        }
    }

    public Level levelOf(int score) {
        if (score < moderate) {
            return Level.LOW;
        }
        if (score < high) {
            return Level.MODERATE;
        }
        return score < critical ? Level.HIGH : Level.CRITICAL;
    }

    public int highestScoreOf(Level level) {
        return switch (level) {
            case LOW -> moderate - 1;
            case MODERATE -> high - 1;
            case HIGH -> critical - 1;
            case CRITICAL -> 100;
        };
    }
}
