package id.jembatan.assessment.scoring.dimensions;

import id.jembatan.assessment.scoring.facts.Outputs;
import static id.jembatan.assessment.scoring.Fixtures.MODEL;
import static id.jembatan.assessment.scoring.Fixtures.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.jembatan.assessment.scoring.Fixtures;
import id.jembatan.assessment.scoring.facts.CostBenefit;
import id.jembatan.assessment.scoring.facts.Flow;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenefitScoreTest {

    @Test
    void completeAgreement() {
        // BCR 159.7084 / 100 = 1.5971 -> 40 * 1.5971 / 2 = 31.94; 40 of 40 trained -> 20; no exports or
        // investment -> 0; both clauses -> 20. Total 71.94 -> 72
        assertEquals(72, BenefitScore.of(Fixtures.clean().build(), MODEL));
    }

    @Test
    void standardAnalysisWithPartialTraining() {
        // BCR 1.1978 -> 40 * 0.5989 = 23.96; 50 of 100 trained -> 10; Rp10bn exports -> 10/(10+10) * 20 = 10;
        // both clauses -> 20. Total 63.96 -> 64
        Fixtures.Builder agreement = Fixtures.clean();
        agreement.costBenefit = Fixtures.standardCba(bd("0.08"));
        agreement.outputs = Outputs.NONE;
        agreement.activity(50, "10000000000", null);
        agreement.trainingTarget = 100;
        assertEquals(64, BenefitScore.of(agreement.build(), MODEL));
    }

    @Test
    void withoutTargetTrainingSaturates() {
        // No analysis -> 0; 100 trained, no target -> 100/(100+100) * 20 = 10;
        // Rp4bn exports + Rp6bn investment = Rp10bn -> 10; no clauses -> 0. Total 20
        Fixtures.Builder agreement = Fixtures.serangHangzhouLoi().activity(60, "4000000000", null)
                .activity(40, null, "6000000000");
        assertEquals(20, BenefitScore.of(agreement.build(), MODEL));
    }

    @Test
    void bcrAboveTwoEarnsNoMore() {
        Fixtures.Builder agreement = Fixtures.serangHangzhouLoi();
        agreement.costBenefit = new CostBenefit(bd("0"), 2, "IDR", List.of(new Flow(0, "REGION", bd("10"))),
                List.of(new Flow(1, "EXPORTS", bd("50"))));
        // BCR 5 -> capped at 40 points
        assertEquals(40, BenefitScore.of(agreement.build(), MODEL));
    }

    @Test
    void nothingPromisedNothingDelivered() {
        assertEquals(0, BenefitScore.of(Fixtures.serangHangzhouLoi().build(), MODEL));
    }
}
