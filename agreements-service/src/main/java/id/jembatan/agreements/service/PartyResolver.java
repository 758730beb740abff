package id.jembatan.agreements.service;

import id.jembatan.agreements.api.AgreementInput;
import id.jembatan.agreements.client.DirectoryGateway;
import id.jembatan.agreements.client.directory.model.Country;
import id.jembatan.agreements.client.directory.model.Organisation;
import id.jembatan.agreements.client.directory.model.Region;
import id.jembatan.agreements.client.directory.model.RegionCode;
import id.jembatan.agreements.client.directory.model.RegionStatus;
import id.jembatan.agreements.domain.Form;
import id.jembatan.agreements.domain.Participant;
import id.jembatan.platform.problem.Problem;
import id.jembatan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Validates an agreement's parties against directory-service before anything is written, so an outage there
 * means a clean 503 with nothing stored.
 */
@ApplicationScoped
public class PartyResolver {

    private static final Logger LOG = Logger.getLogger(PartyResolver.class);
    static final String RETRY_AFTER_SECONDS = "10";

    @Inject
    DirectoryGateway directory;

    /** The parties as the directory describes them now. */
    public record Parties(UUID regionId, String regionCode, String regionName, String provinceCode,
                          UUID foreignRegionId, String foreignRegionCode, Integer foreignRegionLevel, UUID foreignOrganisationId,
                          String foreignOrganisationKey, String foreignPartyName, String partnerCountry,
                          List<String> partnerBlocs, List<Participant> participants) {
    }

    public Parties resolve(AgreementInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Region region = call(() -> directory.region("KEMENDAGRI", input.indonesianRegionCode())).orElse(null);
        if (region == null || !"ID".equals(region.getCountry()) || region.getStatus() == RegionStatus.RETIRED) {
            errors.add(new Problem.FieldError("indonesianRegionCode", "{party.indonesian-region}", input.indonesianRegionCode()));
        }
        UUID foreignRegionId = null;
        String foreignRegionCode = null;
        Integer foreignRegionLevel = null;
        UUID foreignOrganisationId = null;
        String foreignOrganisationKey = null;
        String foreignName = null;
        String country = null;
        if (input.form() == Form.KSDPL) {
            if (input.foreignRegion() == null || input.foreignOrganisation() != null) {
                errors.add(new Problem.FieldError("foreignRegion", "{party.ksdpl}", null));
            } else {
                Region foreign = call(() -> directory.region(input.foreignRegion().scheme().name(), input.foreignRegion().code())).orElse(null);
                if (foreign == null || "ID".equals(foreign.getCountry())) {
                    errors.add(new Problem.FieldError("foreignRegion", "{party.foreign-region}", input.foreignRegion().code()));
                } else {
                    foreignRegionId = foreign.getId();
                    foreignRegionCode = input.foreignRegion().scheme() + ":" + input.foreignRegion().code().trim().toUpperCase();
                    foreignRegionLevel = foreign.getLevel();
                    foreignName = foreign.getName();
                    country = foreign.getCountry();
                }
            }
        } else if (input.form() == Form.KSDLL) {
            if (input.foreignOrganisation() == null || input.foreignRegion() != null) {
                errors.add(new Problem.FieldError("foreignOrganisation", "{party.ksdll}", null));
            } else {
                Organisation foreign = call(() -> directory.organisation(input.foreignOrganisation())).orElse(null);
                if (foreign == null || "ID".equals(foreign.getCountry())) {
                    errors.add(new Problem.FieldError("foreignOrganisation", "{party.foreign-organisation}", input.foreignOrganisation()));
                } else {
                    foreignOrganisationId = foreign.getId();
                    foreignOrganisationKey = foreign.getKey();
                    foreignName = foreign.getName();
                    country = foreign.getCountry();
                }
            }
        }
        List<Participant> participants = participants(input, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String partner = country;
        Country partnerCountry = call(() -> directory.country(partner)).orElseThrow(() -> unavailable(null));
        return new Parties(region.getId(), input.indonesianRegionCode(), region.getName(), provinceCode(region),
                foreignRegionId, foreignRegionCode, foreignRegionLevel, foreignOrganisationId, foreignOrganisationKey, foreignName, country,
                partnerCountry.getBlocs() == null ? List.of() : partnerCountry.getBlocs(), participants);
    }

    private List<Participant> participants(AgreementInput input, List<Problem.FieldError> errors) {
        List<Participant> participants = new ArrayList<>();
        if (input.participants() == null) {
            return participants;
        }
        for (int i = 0; i < input.participants().size(); i++) {
            AgreementInput.ParticipantInput p = input.participants().get(i);
            Optional<Organisation> organisation = call(() -> directory.organisation(p.organisation()));
            if (organisation.isEmpty()) {
                errors.add(new Problem.FieldError("participants[" + i + "].organisation", "{party.organisation}", p.organisation()));
                continue;
            }
            Organisation o = organisation.get();
            participants.add(new Participant(o.getId(), o.getKey(), o.getName(), o.getCountry(),
                    Boolean.TRUE.equals(o.getStateControlled()),
                    o.getSectors() == null ? List.of() : o.getSectors().stream().map(Enum::name).toList(), p.role(), p.note()));
        }
        return participants;
    }

    /** A regency or city belongs to its province; a province is its own. */
    private static String provinceCode(Region region) {
        if (region.getLevel() != null && region.getLevel() > 1 && region.getParent() != null && region.getParent().getCodes() != null) {
            for (RegionCode code : region.getParent().getCodes()) {
                if (code.getScheme() != null && "KEMENDAGRI".equals(code.getScheme().name())) {
                    return code.getCode();
                }
            }
        }
        return region.getCodes().stream().filter(c -> c.getScheme() != null && "KEMENDAGRI".equals(c.getScheme().name()))
                .map(RegionCode::getCode).findFirst().orElse("");
    }

    private static <T> T call(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    static ProblemException unavailable(RuntimeException cause) {
        if (cause != null) {
            LOG.warnf("directory-service unavailable: %s", cause.toString());
        }
        return new ProblemException(503, "unavailable", "directory-service").header("Retry-After", RETRY_AFTER_SECONDS);
    }
}
