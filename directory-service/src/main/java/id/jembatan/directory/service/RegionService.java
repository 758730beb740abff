package id.jembatan.directory.service;

import id.jembatan.directory.api.CodeView;
import id.jembatan.directory.api.FigureView;
import id.jembatan.directory.api.RegionInput;
import id.jembatan.directory.api.RegionRetirement;
import id.jembatan.directory.api.RegionView;
import id.jembatan.directory.domain.CodeScheme;
import id.jembatan.directory.domain.Country;
import id.jembatan.directory.domain.Region;
import id.jembatan.directory.domain.RegionCode;
import id.jembatan.directory.domain.RegionFigure;
import id.jembatan.directory.domain.RegionStatus;
import id.jembatan.directory.repository.RegionRepository;
import id.jembatan.platform.problem.Problem;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.web.Echo;
import id.jembatan.platform.web.PageRequest;
import id.jembatan.platform.web.PageResponse;
import id.jembatan.platform.web.Preconditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.cache.CompositeCacheKey;
import io.quarkus.cache.CacheResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

@ApplicationScoped
public class RegionService {

    public static final String REGIONS_CACHE = "regions";

    @Inject
    RegionRepository regions;

    @Inject
    @CacheName(REGIONS_CACHE)
    Cache cache;

    @Transactional
    public PageResponse<RegionView> search(RegionRepository.Filter filter, PageRequest page) {
        RegionRepository.Page found = regions.search(filter, page.offset(), page.size());
        return PageResponse.of(found.regions().stream().map(RegionViews::view).toList(), page, found.total());
    }

    @Transactional
    public RegionView get(UUID id) {
        return RegionViews.view(require(id));
    }

    /**
     * The most frequent read of the suite (every party validation asks it), answered from memory: reference data
     * changes rarely, every write here empties the cache, and entries expire after a minute so that other
     * replicas' writes show within that bound.
     */
    @CacheResult(cacheName = REGIONS_CACHE)
    public RegionView byCode(CodeScheme scheme, String code) {
        String canonical = scheme.normalise(code);
        if (canonical == null) {
            throw ProblemException.invalid("code", "{code.shape}: " + scheme.name(), Echo.orNull(code));
        }
        return QuarkusTransaction.requiringNew().call(() -> regions.findByCode(scheme, canonical).map(RegionViews::view)
                .orElseThrow(() -> ProblemException.notFound("region-code-not-found", scheme.name(), canonical)));
    }

    /**
     * The view {@link #byCode} has in memory for these arguments, without waiting or querying: what an I/O
     * thread may call.
     */
    public Optional<RegionView> cachedByCode(CodeScheme scheme, String code) {
        CompletableFuture<RegionView> entry = cache.as(CaffeineCache.class).getIfPresent(new CompositeCacheKey(scheme, code));
        return entry != null && entry.isDone() && !entry.isCompletedExceptionally()
                ? Optional.of(entry.join()) : Optional.empty();
    }

    @Transactional
    public PageResponse<RegionView> children(UUID id, PageRequest page) {
        require(id);
        return search(new RegionRepository.Filter(null, null, null, id), page);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = REGIONS_CACHE)
    public RegionView create(RegionInput input) {
        Region region = new Region();
        region.id = UUID.randomUUID();
        apply(region, input);
        regions.persist(region);
        regions.flush();
        return RegionViews.view(region);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = REGIONS_CACHE)
    public RegionView update(UUID id, String ifMatch, RegionInput input) {
        Region region = require(id);
        Preconditions.requireMatch(ifMatch, region.version);
        apply(region, input);
        regions.flush();
        return RegionViews.view(region);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = REGIONS_CACHE)
    public RegionView retire(UUID id, String ifMatch, RegionRetirement retirement) {
        Region region = require(id);
        Preconditions.requireMatch(ifMatch, region.version);
        if (region.status == RegionStatus.RETIRED) {
            throw new ProblemException(409, "region-already-retired", region.name, region.retiredOn);
        }
        if (retirement.replacedBy() != null) {
            Region successor = regions.findByIdOptional(retirement.replacedBy())
                    .orElseThrow(() -> ProblemException.invalid("replacedBy", "{region.unknown}", retirement.replacedBy().toString()));
            if (successor.id.equals(region.id) || successor.status == RegionStatus.RETIRED) {
                throw ProblemException.invalid("replacedBy", "{region.successor-invalid}", retirement.replacedBy().toString());
            }
            region.replacedBy = successor;
        }
        region.status = RegionStatus.RETIRED;
        region.retiredOn = retirement.retiredOn();
        region.retirementNote = retirement.note();
        for (RegionCode code : region.codes) {
            if (code.validUntil == null) {
                code.validUntil = retirement.retiredOn();
            }
        }
        regions.flush();
        return RegionViews.view(region);
    }

    private Region require(UUID id) {
        return regions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("region-not-found", id));
    }

    private void apply(Region region, RegionInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (Country.findById(input.country()) == null) {
            errors.add(new Problem.FieldError("country", "{country.unknown}", input.country()));
        }
        Region parent = parent(region, input, errors);
        List<RegionCode> codes = codes(region, input.codes(), errors);
        List<RegionFigure> figures = figures(input.figures(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        region.countryCode = input.country();
        region.level = input.level();
        region.kind = input.kind();
        region.kindEn = input.kindEn();
        region.parent = parent;
        region.rename(input.name(), input.localName(), input.altNames());
        region.codes.clear();
        region.codes.addAll(codes);
        region.figures.clear();
        region.figures.addAll(figures);
        region.headTitle = input.head() == null ? null : input.head().title();
        region.headName = input.head() == null ? null : input.head().name();
        region.headTermStart = input.head() == null ? null : input.head().termStart();
        region.headTermEnd = input.head() == null ? null : input.head().termEnd();
    }

    private Region parent(Region region, RegionInput input, List<Problem.FieldError> errors) {
        if (input.parentId() == null) {
            if (input.level() > 1) {
                errors.add(new Problem.FieldError("parentId", "{region.parent-required}", null));
            }
            return null;
        }
        Region parent = regions.findById(input.parentId());
        if (parent == null) {
            errors.add(new Problem.FieldError("parentId", "{region.unknown}", input.parentId().toString()));
        } else if (parent.id.equals(region.id) || parent.level >= input.level()
                || !parent.countryCode.equals(input.country())) {
            errors.add(new Problem.FieldError("parentId", "{region.parent-invalid}", input.parentId().toString()));
        }
        return parent;
    }

    private List<RegionCode> codes(Region region, List<CodeView> inputs, List<Problem.FieldError> errors) {
        List<RegionCode> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            CodeView input = inputs.get(i);
            String canonical = input.scheme().normalise(input.code());
            String field = "codes[" + i + "].code";
            if (canonical == null) {
                errors.add(new Problem.FieldError(field, "{code.shape}: " + input.scheme().name(), input.code()));
                continue;
            }
            if (!seen.add(input.scheme() + ":" + canonical)) {
                errors.add(new Problem.FieldError(field, "{code.duplicate}", canonical));
                continue;
            }
            if (input.validFrom() != null && input.validUntil() != null && input.validUntil().isBefore(input.validFrom())) {
                errors.add(new Problem.FieldError("codes[" + i + "].validUntil", "{code.validity}", input.validUntil().toString()));
            }
            regions.findByCode(input.scheme(), canonical).filter(other -> !other.id.equals(region.id)).ifPresent(other -> {
                throw new ProblemException(409, "region-code-taken", input.scheme().name(), canonical, other.name)
                        .with("regionId", other.id);
            });
            codes.add(new RegionCode(input.scheme(), canonical, input.validFrom(), input.validUntil(), input.source()));
        }
        return codes;
    }

    private static List<RegionFigure> figures(List<FigureView> inputs, List<Problem.FieldError> errors) {
        List<RegionFigure> figures = new ArrayList<>();
        if (inputs == null) {
            return figures;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            FigureView f = inputs.get(i);
            if (!seen.add(f.metric() + ":" + f.year())) {
                errors.add(new Problem.FieldError("figures[" + i + "]", "{figure.duplicate}", f.metric() + " " + f.year()));
                continue;
            }
            figures.add(new RegionFigure(f.metric(), f.year(), f.value(), f.unit(), f.source(), f.illustrative()));
        }
        return figures;
    }
}
