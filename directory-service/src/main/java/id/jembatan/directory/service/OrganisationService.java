package id.jembatan.directory.service;

import id.jembatan.directory.api.OrganisationInput;
import id.jembatan.directory.api.OrganisationView;
import id.jembatan.directory.domain.Country;
import id.jembatan.directory.domain.Organisation;
import id.jembatan.directory.domain.OrganisationKind;
import id.jembatan.directory.domain.Sector;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.web.PageRequest;
import id.jembatan.platform.web.PageResponse;
import id.jembatan.platform.web.Preconditions;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class OrganisationService {

    public record Filter(String text, String country, OrganisationKind kind, Sector sector) {
    }

    @Transactional
    public PageResponse<OrganisationView> search(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("from Organisation o where 1 = 1");
        Parameters parameters = new Parameters();
        if (filter.text() != null) {
            where.append(" and (lower(o.name) like :q or o.key like :q)");
            parameters.and("q", "%" + filter.text().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.country() != null) {
            where.append(" and o.countryCode = :country");
            parameters.and("country", filter.country().toUpperCase(Locale.ROOT));
        }
        if (filter.kind() != null) {
            where.append(" and o.kind = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.sector() != null) {
            where.append(" and array_position(o.sectors, :sector) is not null");
            parameters.and("sector", filter.sector().name());
        }
        PanacheQuery<Organisation> query = Organisation.find(where + " order by o.name", parameters);
        List<OrganisationView> items = query.page(Page.of(page.page(), page.size())).list().stream()
                .map(OrganisationService::view).toList();
        return PageResponse.of(items, page, query.count());
    }

    @Transactional
    public OrganisationView get(String idOrKey) {
        return view(require(idOrKey));
    }

    @Transactional
    public OrganisationView create(OrganisationInput input) {
        if (Organisation.count("key", input.key()) > 0) {
            throw new ProblemException(409, "organisation-key-taken", input.key());
        }
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        apply(organisation, input);
        organisation.persistAndFlush();
        return view(organisation);
    }

    @Transactional
    public OrganisationView update(String idOrKey, String ifMatch, OrganisationInput input) {
        Organisation organisation = require(idOrKey);
        Preconditions.requireMatch(ifMatch, organisation.version);
        Organisation holder = Organisation.find("key", input.key()).firstResult();
        if (holder != null && !holder.id.equals(organisation.id)) {
            throw new ProblemException(409, "organisation-key-taken", input.key());
        }
        apply(organisation, input);
        Organisation.flush();
        return view(organisation);
    }

    private static void apply(Organisation organisation, OrganisationInput input) {
        if (Country.findById(input.country()) == null) {
            throw ProblemException.invalid("country", "{country.unknown}", input.country());
        }
        Organisation parent = null;
        if (input.parentId() != null) {
            parent = Organisation.findById(input.parentId());
            if (parent == null || parent.id.equals(organisation.id)) {
                throw ProblemException.invalid("parentId", "{organisation.parent-invalid}", input.parentId().toString());
            }
        }
        organisation.key = input.key();
        organisation.name = input.name();
        organisation.kind = input.kind();
        organisation.countryCode = input.country();
        organisation.sectors = input.sectors() == null ? new String[0]
                : input.sectors().stream().map(Sector::name).sorted().toArray(String[]::new);
        organisation.stateControlled = input.stateControlled();
        organisation.parent = parent;
        organisation.website = input.website();
        organisation.note = input.note();
    }

    /** Organisations are addressed by id or by their readable key ({@code alibaba}). */
    private static Organisation require(String idOrKey) {
        Organisation organisation = null;
        try {
            organisation = Organisation.findById(UUID.fromString(idOrKey));
        } catch (IllegalArgumentException notAnId) {
            organisation = Organisation.find("key", idOrKey.toLowerCase(Locale.ROOT)).firstResult();
        }
        if (organisation == null) {
            throw ProblemException.notFound("organisation-not-found", idOrKey);
        }
        return organisation;
    }

    static OrganisationView view(Organisation o) {
        OrganisationView.OrganisationRef parent = o.parent == null ? null
                : new OrganisationView.OrganisationRef(o.parent.id, o.parent.key, o.parent.name);
        return new OrganisationView(o.id, o.key, o.name, o.kind, o.countryCode,
                Arrays.stream(o.sectors).map(Sector::valueOf).toList(), o.stateControlled, parent, o.website, o.note,
                o.version);
    }
}
