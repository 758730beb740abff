package id.jembatan.assessment.service;

import id.jembatan.assessment.scoring.facts.PortfolioEntry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ScopeAggregatesTest {

    private static final UUID ASSESSED = UUID.randomUUID();

    private static PortfolioEntry bucket(String country, String value, String state, int agreements) {
        return new PortfolioEntry(null, country, value == null ? null : new BigDecimal(value), state, true, null, agreements);
    }

    @Test
    void theAssessedAgreementLeavesItsOwnBucketOnly() {
        List<PortfolioEntry> buckets = List.of(bucket("CN", "300", "ACTIVE", 3), bucket("CN", null, "ACTIVE", 2),
                bucket("JP", "100", "ACTIVE", 1));
        PortfolioEntry assessed = new PortfolioEntry(ASSESSED, "CN", new BigDecimal("100"), "ACTIVE", true, 2024);

        List<PortfolioEntry> out = ScopeAggregates.without(buckets, assessed);

        assertEquals(List.of(bucket("CN", "200", "ACTIVE", 2), bucket("CN", null, "ACTIVE", 2), bucket("JP", "100", "ACTIVE", 1)), out);
    }

    @Test
    void aBucketOfOneDisappearsAndAnUnvaluedAgreementLeavesTheUnvaluedBucket() {
        List<PortfolioEntry> buckets = List.of(bucket("CN", "300", "ACTIVE", 3), bucket("CN", null, "ACTIVE", 1));
        PortfolioEntry assessed = new PortfolioEntry(ASSESSED, "CN", null, "ACTIVE", true, null);

        assertEquals(List.of(bucket("CN", "300", "ACTIVE", 3)), ScopeAggregates.without(buckets, assessed));
    }

    @Test
    void anAgreementTheProjectionDoesNotHaveYetChangesNothing() {
        ScopeAggregates.Snapshot snapshot = new ScopeAggregates.Snapshot(List.of(bucket("CN", "300", "ACTIVE", 3)),
                Map.of("CN", Set.of("BRICS")));

        assertSame(snapshot, ScopeAggregates.without(snapshot, Optional.empty()));
    }

    @Test
    void theAssessedAgreementIsFoundAmongItsRegionsEntries() {
        PortfolioEntry own = new PortfolioEntry(ASSESSED, "KR", new BigDecimal("5"), "ACTIVE", true, 2023);
        List<PortfolioEntry> region = List.of(new PortfolioEntry(UUID.randomUUID(), "CN", null, "ACTIVE", true, 2020), own);

        assertEquals(Optional.of(own), new ScopeAggregates().entryOf(ASSESSED, region));
        assertEquals(Optional.empty(), new ScopeAggregates().entryOf(null, region));
    }
}
