package id.jembatan.directory.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.directory.api.ImportReport;
import id.jembatan.directory.domain.CodeScheme;
import id.jembatan.directory.domain.Country;
import id.jembatan.directory.domain.Region;
import id.jembatan.directory.domain.RegionCode;
import id.jembatan.directory.repository.RegionRepository;
import id.jembatan.platform.problem.Messages;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.web.Echo;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Bulk upsert of regions by (scheme, code). Rows are written in batches, one transaction each; a batch that
 * fails as a whole is replayed row by row, so a valid row is never lost because of a bad neighbour, and a
 * second run of the same file finds everything unchanged.
 */
@ApplicationScoped
public class ImportService {

    public enum Format { CSV, JSON }

    public static final int MAX_ROWS = 50_000;
    static final int BATCH_SIZE = 500;
    private static final Logger LOG = Logger.getLogger(ImportService.class);

    @Inject
    RegionRepository regions;

    @Inject
    ObjectMapper json;

    private enum Outcome { CREATED, UPDATED, UNCHANGED, REJECTED }

    /** The result of one row; {@code reason} is set when it was rejected. */
    private record Result(ImportRow row, Outcome outcome, String reason) {
    }

    /** A row the report must mention, with a message key and its arguments. */
    private static final class Rejected extends RuntimeException {
        final String key;
        final transient Object[] arguments;

        Rejected(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments;
        }
    }

    @CacheInvalidateAll(cacheName = RegionService.REGIONS_CACHE)
    public ImportReport importRegions(String body, Format format, Locale locale) {
        List<ImportRow> rows = format == Format.CSV ? ImportParser.csv(body) : ImportParser.json(body, json);
        if (rows.size() > MAX_ROWS) {
            throw new ProblemException(413, "import-too-large", MAX_ROWS);
        }
        Set<String> countries = QuarkusTransaction.requiringNew().call(
                () -> Country.<Country>listAll().stream().map(c -> c.code).collect(Collectors.toSet()));
        List<Result> results = new ArrayList<>(rows.size());
        for (int start = 0; start < rows.size(); start += BATCH_SIZE) {
            results.addAll(writeBatch(rows.subList(start, Math.min(rows.size(), start + BATCH_SIZE)), countries, locale));
        }
        return report(format, rows.size(), results);
    }

    private List<Result> writeBatch(List<ImportRow> batch, Set<String> countries, Locale locale) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<Result> results = new ArrayList<>();
                for (ImportRow row : batch) {
                    results.add(writeRow(row, countries, locale));
                }
                return results;
            });
        } catch (RuntimeException batchFailed) {
            LOG.warnf("Import batch starting at line %d failed as a whole (%s); replaying it row by row",
                    batch.get(0).line(), batchFailed.getClass().getSimpleName());
            List<Result> results = new ArrayList<>();
            for (ImportRow row : batch) {
                try {
                    results.add(QuarkusTransaction.requiringNew().call(() -> writeRow(row, countries, locale)));
                } catch (RuntimeException rowFailed) {
                    results.add(new Result(row, Outcome.REJECTED, Messages.text(locale, "import.not-stored")));
                }
            }
            return results;
        }
    }

    private Result writeRow(ImportRow row, Set<String> countries, Locale locale) {
        try {
            return new Result(row, upsert(row, countries), null);
        } catch (Rejected rejected) {
            return new Result(row, Outcome.REJECTED, Messages.text(locale, rejected.key, rejected.arguments));
        }
    }

    private Outcome upsert(ImportRow row, Set<String> countries) {
        if (row.error() != null) {
            throw new Rejected("import.malformed-row", row.error());
        }
        CodeScheme scheme = scheme(row.scheme(), "scheme");
        String code = code(scheme, row.code(), "code");
        String name = required(row.name(), "name", 200);
        String country = required(row.country(), "country", 2).toUpperCase(Locale.ROOT);
        if (!countries.contains(country)) {
            throw new Rejected("import.unknown-country", country);
        }
        int level = level(row.level());
        String kind = required(row.kind(), "kind", 64);
        LocalDate validFrom = date(row.validFrom());
        Region parent = parent(row, country, level);
        List<RegionCode> extraCodes = extraCodes(row.extraCodes());

        Region region = regions.findByCode(scheme, code).orElse(null);
        boolean created = region == null;
        if (created) {
            region = new Region();
            region.id = UUID.randomUUID();
            region.codes.add(new RegionCode(scheme, code, validFrom, null, row.source()));
        }
        boolean changed = created | apply(region, row, name, country, level, kind, parent);
        RegionCode primary = region.code(scheme).orElseThrow();
        if (!created && (differs(validFrom, primary.validFrom) || differs(row.source(), primary.source))) {
            primary.validFrom = validFrom == null ? primary.validFrom : validFrom;
            primary.source = row.source() == null ? primary.source : row.source();
            changed = true;
        }
        for (RegionCode extra : extraCodes) {
            Region holder = regions.findByCode(extra.scheme, extra.code).orElse(null);
            if (holder != null && !holder.id.equals(region.id)) {
                throw new Rejected("import.code-taken", extra.scheme + " " + extra.code, holder.name);
            }
            if (holder == null && region.codes.stream().noneMatch(c -> c.scheme == extra.scheme && c.code.equals(extra.code))) {
                region.codes.add(extra);
                changed = true;
            }
        }
        if (created) {
            regions.persist(region);
        }
        regions.flush();
        return created ? Outcome.CREATED : changed ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    private static boolean apply(Region region, ImportRow row, String name, String country, int level, String kind,
                                 Region parent) {
        List<String> altNames = row.altNames().isEmpty() ? Arrays.asList(region.altNames) : row.altNames();
        String localName = row.localName() == null ? region.localName : row.localName();
        String kindEn = row.kindEn() == null ? region.kindEn : row.kindEn();
        boolean changed = !Objects.equals(region.name, name) || !Objects.equals(region.localName, localName)
                || !Arrays.asList(region.altNames).equals(altNames) || !Objects.equals(region.countryCode, country)
                || region.level != level || !Objects.equals(region.kind, kind) || !Objects.equals(region.kindEn, kindEn)
                || !Objects.equals(region.parent == null ? null : region.parent.id, parent == null ? null : parent.id);
        if (changed) {
            region.rename(name, localName, altNames);
            region.countryCode = country;
            region.level = level;
            region.kind = kind;
            region.kindEn = kindEn;
            region.parent = parent;
        }
        return changed;
    }

    private Region parent(ImportRow row, String country, int level) {
        if (row.parentScheme() == null && row.parentCode() == null) {
            if (level > 1) {
                throw new Rejected("import.parent-required");
            }
            return null;
        }
        CodeScheme scheme = scheme(row.parentScheme(), "parent_scheme");
        String code = code(scheme, row.parentCode(), "parent_code");
        Region parent = regions.findByCode(scheme, code)
                .orElseThrow(() -> new Rejected("import.parent-unknown", scheme + " " + code));
        if (!parent.countryCode.equals(country) || parent.level >= level) {
            throw new Rejected("import.parent-invalid", parent.name);
        }
        return parent;
    }

    private List<RegionCode> extraCodes(List<String> specs) {
        List<RegionCode> codes = new ArrayList<>();
        for (String spec : specs) {
            int colon = spec.indexOf(':');
            if (colon < 0) {
                throw new Rejected("import.extra-code", spec);
            }
            CodeScheme scheme = scheme(spec.substring(0, colon), "extra_codes");
            codes.add(new RegionCode(scheme, code(scheme, spec.substring(colon + 1), "extra_codes"), null, null, null));
        }
        return codes;
    }

    private static CodeScheme scheme(String value, String field) {
        if (value == null) {
            throw new Rejected("import.missing", field);
        }
        try {
            return CodeScheme.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Rejected("import.unknown-scheme", field, shorten(value),
                    Arrays.stream(CodeScheme.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static String code(CodeScheme scheme, String value, String field) {
        if (value == null) {
            throw new Rejected("import.missing", field);
        }
        String canonical = scheme.normalise(value);
        if (canonical == null) {
            throw new Rejected("import.bad-code", field, shorten(value), scheme.name());
        }
        return canonical;
    }

    private static String required(String value, String field, int maxLength) {
        if (value == null) {
            throw new Rejected("import.missing", field);
        }
        if (value.length() > maxLength) {
            throw new Rejected("import.too-long", field, maxLength);
        }
        return value;
    }

    private static int level(String value) {
        try {
            int level = Integer.parseInt(required(value, "level", 2));
            if (level >= 1 && level <= 4) {
                return level;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Rejected("import.bad-level", shorten(value));
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Rejected("import.bad-date", shorten(value));
        }
    }

    private static boolean differs(Object offered, Object current) {
        return offered != null && !offered.equals(current);
    }

    private static String shorten(String value) {
        return Echo.fits(value) ? value : Echo.cut(value) + "…";
    }

    private static ImportReport report(Format format, int received, List<Result> results) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        for (Result result : results) {
            switch (result.outcome()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> rejected.add(new ImportReport.RejectedRow(result.row().line(), result.row().scheme(),
                        result.row().code(), result.reason()));
            }
        }
        return new ImportReport(format.name(), received, created, updated, unchanged, rejected);
    }
}
