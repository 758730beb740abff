package id.jembatan.assessment.service;

import id.jembatan.assessment.api.PortfolioView;
import id.jembatan.assessment.api.PublicPortfolioView;
import id.jembatan.assessment.repository.PortfolioRepository;
import id.jembatan.assessment.repository.PortfolioRepository.Selection;
import id.jembatan.platform.problem.ProblemException;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Portfolio analytics over the local projection of the registry. Figures are computed once per generation of the
 * projection (a new batch from the change feed or a new assessment) and served from the cache until the next one;
 * the answer says which change-feed position it reflects, as of the request.
 */
@ApplicationScoped
public class PortfolioService {

    @Inject
    PortfolioFigures figures;

    @Inject
    ChangeFollower follower;

    @CacheName(PortfolioFigures.CACHE)
    Cache cache;

    private final AtomicLong cachedGeneration = new AtomicLong(-1);

    /** A parsed scope: national, a province with its regencies and cities, or one region. */
    public record Scope(String text, Selection.Level level, String code) {
        public static Scope parse(String scope) {
            if (scope == null || scope.isBlank() || scope.equals("national")) {
                return new Scope("national", Selection.Level.NATIONAL, null);
            }
            if (scope.matches("province:\\d{2}")) {
                return new Scope(scope, Selection.Level.PROVINCE, scope.substring(9));
            }
            if (scope.matches("region:\\d{2}(\\.\\d{2})?")) {
                return new Scope(scope, Selection.Level.REGION, scope.substring(7));
            }
            throw ProblemException.invalid("scope", "{portfolio.scope}", scope.length() > 40 ? null : scope);
        }

        Selection selection(boolean publicOnly) {
            return new Selection(level, code, publicOnly);
        }
    }

    public PortfolioView portfolio(Scope scope) {
        PortfolioFigures.Figures f = current(scope.selection(false));
        List<PortfolioView.AgreementRef> expiring = refs(f.expiring());
        List<PortfolioView.AgreementRef> dormant = refs(f.dormant());
        PortfolioRepository.Outputs o = f.outputs();
        return new PortfolioView(scope.text(), f.agreements(), f.live(), f.unconfirmed(), f.byPartnerCountry(), f.byProvince(), f.byBloc(), f.bySector(),
                f.byState(), f.hhi(), f.hhiBySigningYear(), f.concentration(), f.absentCountries(), f.absentBlocs(),
                new PortfolioView.Outputs(o.peopleTrained(), o.exportValueIdr(), o.investmentValueIdr()),
                f.expiringCount(), expiring, f.dormantCount(), dormant, f.riskLevels(), freshness());
    }

    /** What the public registry shows, counted: confidential agreements are not in any figure. */
    public PublicPortfolioView publicPortfolio(Scope scope) {
        PortfolioFigures.Figures f = current(scope.selection(true));
        return new PublicPortfolioView(scope.text(), f.agreements(), f.live(), f.unconfirmed(), f.byPartnerCountry(), f.byProvince(), f.byBloc(),
                f.bySector(), f.byState(), f.hhi(), f.hhiBySigningYear(), f.concentration(), f.absentCountries(),
                f.absentBlocs(), freshness());
    }

    /** The figures of the current generation; when the generation has moved, the older ones are dropped first. */
    private PortfolioFigures.Figures current(Selection selection) {
        long generation = follower.generation();
        long previous = cachedGeneration.getAndSet(generation);
        if (previous != generation) {
            cache.invalidateAll().await().indefinitely();
        }
        return figures.compute(selection, generation, LocalDate.now());
    }

    private PortfolioView.Freshness freshness() {
        ChangeFollower.Freshness f = follower.freshness();
        return new PortfolioView.Freshness(f.position(), f.checkedAt(), f.upToDate());
    }

    private static List<PortfolioView.AgreementRef> refs(List<PortfolioRepository.ListedAgreement> listed) {
        return listed.stream().map(a -> new PortfolioView.AgreementRef(a.id(), a.reference(), a.title(), a.regionName(),
                a.partnerCountry(), a.validUntil(), a.lastActivityOn())).toList();
    }
}
