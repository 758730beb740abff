package id.jembatan.directory.service;

import id.jembatan.directory.api.CodeView;
import id.jembatan.directory.api.FigureView;
import id.jembatan.directory.api.HeadView;
import id.jembatan.directory.api.RegionRef;
import id.jembatan.directory.api.RegionView;
import id.jembatan.directory.domain.Region;
import id.jembatan.directory.domain.RegionCode;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Entity to API mapping, done inside the transaction that loaded the entity. */
final class RegionViews {

    private RegionViews() {
    }

    static RegionView view(Region region) {
        HeadView head = region.headName == null && region.headTitle == null ? null
                : new HeadView(region.headTitle, region.headName, region.headTermStart, region.headTermEnd);
        return new RegionView(region.id, region.countryCode, region.level, region.kind, region.kindEn, region.name,
                region.localName, Arrays.asList(region.altNames), ref(region.parent), region.status,
                ref(region.replacedBy), region.retiredOn, region.retirementNote, codes(region),
                region.figures.stream()
                        .sorted(Comparator.comparing((id.jembatan.directory.domain.RegionFigure f) -> f.metric)
                                .thenComparing(f -> -f.year))
                        .map(f -> new FigureView(f.metric, f.year, f.value, f.unit, f.source, f.illustrative))
                        .toList(),
                head, region.version);
    }

    static RegionRef ref(Region region) {
        return region == null ? null : new RegionRef(region.id, region.name, region.level, codes(region));
    }

    private static List<CodeView> codes(Region region) {
        return region.codes.stream()
                .sorted(Comparator.comparing((RegionCode c) -> c.scheme).thenComparing(c -> c.code))
                .map(c -> new CodeView(c.scheme, c.code, c.validFrom, c.validUntil, c.source))
                .toList();
    }
}
