package id.jembatan.directory.service;

import id.jembatan.directory.api.ImportReport;
import id.jembatan.directory.domain.CodeScheme;
import id.jembatan.directory.domain.Metric;
import id.jembatan.directory.domain.Region;
import id.jembatan.directory.domain.RegionFigure;
import id.jembatan.directory.reference.Csv;
import id.jembatan.directory.repository.RegionRepository;
import id.jembatan.platform.problem.Messages;
import id.jembatan.platform.problem.ProblemException;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Realised APBD revenue as DJPK (Ditjen Perimbangan Keuangan, Kemenkeu) publishes it, one row per region and year:
 * {@code kode_pemda} (Kemendagri code), {@code tahun}, {@code pendapatan} (total revenue), {@code pad} (own-source
 * revenue) and {@code pendapatan_transfer} (transfers), in rupiah; optionally {@code sumber} (the source, by default
 * DJPK's realisation of that year) and {@code ilustratif} (true for figures that are not official). Each figure is
 * stored with its year and source, replacing the figure of the same metric and year. Every rejected row is reported
 * with its line and reason; valid rows are stored regardless.
 */
@ApplicationScoped
public class ApbdImport {

    static final Set<String> REQUIRED_COLUMNS = Set.of("kode_pemda", "tahun", "pendapatan", "pad", "pendapatan_transfer");
    private static final Map<String, Metric> AMOUNTS = amounts();

    @Inject
    RegionRepository regions;

    private static Map<String, Metric> amounts() {
        Map<String, Metric> amounts = new LinkedHashMap<>();
        amounts.put("pendapatan", Metric.BUDGET_REVENUE);
        amounts.put("pad", Metric.OWN_SOURCE_REVENUE);
        amounts.put("pendapatan_transfer", Metric.TRANSFER_REVENUE);
        return amounts;
    }

    private enum Outcome { CREATED, UPDATED, UNCHANGED }

    private static final class Rejected extends RuntimeException {
        private final String key;
        private final Object[] arguments;

        Rejected(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments;
        }
    }

    @CacheInvalidateAll(cacheName = RegionService.REGIONS_CACHE)
    public ImportReport importRealisations(String body, Locale locale) {
        List<Csv.Record> records = Csv.read(body);
        if (!records.isEmpty()) {
            Set<String> present = records.get(0).fields().keySet();
            List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !present.contains(c)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new ProblemException(400, "import-header", String.join(", ", missing));
            }
        }
        if (records.size() > ImportService.MAX_ROWS) {
            throw new ProblemException(413, "import-too-large", ImportService.MAX_ROWS);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        for (Csv.Record record : records) {
            try {
                switch (QuarkusTransaction.requiringNew().call(() -> store(record))) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (Rejected r) {
                rejected.add(new ImportReport.RejectedRow(record.line(), CodeScheme.KEMENDAGRI.name(),
                        record.get("kode_pemda"), Messages.text(locale, r.key, r.arguments)));
            }
        }
        return new ImportReport("CSV", records.size(), created, updated, unchanged, rejected);
    }

    /** Stores one row's three figures; CREATED when none of them was there, UNCHANGED when all were as given. */
    private Outcome store(Csv.Record record) {
        if (record.error() != null) {
            throw new Rejected("import.malformed-row", record.error());
        }
        String code = text(record, "kode_pemda");
        int year = year(text(record, "tahun"));
        Map<Metric, BigDecimal> figures = new LinkedHashMap<>();
        AMOUNTS.forEach((column, metric) -> figures.put(metric, amount(column, text(record, column))));
        if (figures.get(Metric.OWN_SOURCE_REVENUE).add(figures.get(Metric.TRANSFER_REVENUE))
                .compareTo(figures.get(Metric.BUDGET_REVENUE)) > 0) {
            throw new Rejected("apbd.parts-exceed-total");
        }
        String source = Optional.ofNullable(record.get("sumber")).filter(s -> !s.isBlank())
                .orElse("DJPK Kemenkeu, realisasi APBD " + year);
        if (source.length() > 300) {
            throw new Rejected("import.too-long", "sumber", 300);
        }
        boolean illustrative = Boolean.parseBoolean(Optional.ofNullable(record.get("ilustratif")).orElse("false").trim());
        Region region = regions.findByCode(CodeScheme.KEMENDAGRI, code)
                .orElseThrow(() -> new Rejected("apbd.region-unknown", code));
        int replaced = 0;
        int same = 0;
        for (Map.Entry<Metric, BigDecimal> figure : figures.entrySet()) {
            Optional<RegionFigure> existing = region.figures.stream()
                    .filter(f -> f.metric == figure.getKey() && f.year == year).findFirst();
            if (existing.isPresent()) {
                RegionFigure f = existing.get();
                if (f.value.compareTo(figure.getValue()) == 0 && f.source.equals(source) && f.illustrative == illustrative) {
                    same++;
                    continue;
                }
                region.figures.remove(f);
                replaced++;
            }
            region.figures.add(new RegionFigure(figure.getKey(), year, figure.getValue(), "IDR", source, illustrative));
        }
        if (same == figures.size()) {
            return Outcome.UNCHANGED;
        }
        return replaced + same == 0 ? Outcome.CREATED : Outcome.UPDATED;
    }

    private static String text(Csv.Record record, String column) {
        String value = record.get(column);
        if (value == null || value.isBlank()) {
            throw new Rejected("import.missing", column);
        }
        return value.trim();
    }

    private static int year(String value) {
        try {
            int year = Integer.parseInt(value);
            if (year >= 1900 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Rejected("apbd.year", value.length() > 40 ? value.substring(0, 40) + "…" : value);
    }

    /** Rupiah as a plain number (digits, an optional decimal point and up to two decimals), never negative. */
    private static BigDecimal amount(String column, String value) {
        if (!value.matches("\\d{1,22}(\\.\\d{1,2})?")) {
            throw new Rejected("apbd.amount", column, value.length() > 40 ? value.substring(0, 40) + "…" : value);
        }
        return new BigDecimal(value);
    }
}
