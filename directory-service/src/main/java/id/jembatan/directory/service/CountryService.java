package id.jembatan.directory.service;

import id.jembatan.directory.api.CountryUpdate;
import id.jembatan.directory.api.CountryView;
import id.jembatan.directory.domain.Bloc;
import id.jembatan.directory.domain.Country;
import id.jembatan.platform.problem.Problem;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.web.PageRequest;
import id.jembatan.platform.web.PageResponse;
import id.jembatan.platform.web.Preconditions;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;

@ApplicationScoped
public class CountryService {

    @Transactional
    public PageResponse<CountryView> search(String text, String bloc, PageRequest page) {
        StringBuilder where = new StringBuilder("from Country c where 1 = 1");
        Parameters parameters = new Parameters();
        if (text != null) {
            where.append(" and (lower(c.nameEn) like :q or lower(c.nameId) like :q or c.code = :code or c.alpha3 = :code)");
            parameters.and("q", "%" + text.toLowerCase(Locale.ROOT) + "%").and("code", text.toUpperCase(Locale.ROOT));
        }
        if (bloc != null) {
            where.append(" and :bloc member of c.blocs");
            parameters.and("bloc", bloc.toUpperCase(Locale.ROOT));
        }
        PanacheQuery<Country> query = Country.find(where + " order by c.nameEn", parameters);
        List<CountryView> items = query.page(Page.of(page.page(), page.size())).list().stream().map(CountryService::view).toList();
        return PageResponse.of(items, page, query.count());
    }

    @Transactional
    public CountryView get(String code) {
        return view(require(code));
    }

    @Transactional
    public CountryView update(String code, String ifMatch, CountryUpdate update) {
        Country country = require(code);
        Preconditions.requireMatch(ifMatch, country.version);
        for (String bloc : update.blocs()) {
            if (Bloc.findById(bloc) == null) {
                throw ProblemException.invalid(List.of(new Problem.FieldError("blocs", "{bloc.unknown}", bloc)));
            }
        }
        country.nameEn = update.nameEn();
        country.nameId = update.nameId();
        country.officialName = update.officialName();
        country.sovereign = update.sovereign();
        country.diplomaticRelations = update.diplomaticRelations();
        country.blocs.clear();
        country.blocs.addAll(update.blocs());
        Country.flush();
        return view(country);
    }

    /** Accepts alpha-2 or alpha-3, in any case. */
    private static Country require(String code) {
        String canonical = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        Country country = canonical.length() == 3
                ? Country.<Country>find("alpha3", canonical).firstResult()
                : canonical.length() == 2 ? Country.findById(canonical) : null;
        if (country == null) {
            throw ProblemException.notFound("country-not-found", code);
        }
        return country;
    }

    static CountryView view(Country c) {
        return new CountryView(c.code, c.alpha3, c.numericCode, c.nameEn, c.nameId, c.officialName, c.sovereign,
                c.diplomaticRelations, List.copyOf(c.blocs), c.version);
    }
}
