package id.jembatan.agreements.service;

import id.jembatan.agreements.config.AgreementsConfig;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.domain.Procedure;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The deployment's procedure settings as the pure {@link Procedure} the rules work on; a wrong state name stops the start. */
public class Procedures {

    @Produces
    @Singleton
    Procedure procedure(AgreementsConfig config) {
        AgreementsConfig.ProcedureSettings settings = config.procedure();
        Map<AgreementState, Integer> deadlines = new EnumMap<>(AgreementState.class);
        settings.deadlineDays().forEach((state, days) -> {
            if (days <= 0) {
                throw new IllegalArgumentException("jembatan.agreements.procedure.deadline-days." + state + " must be positive");
            }
            deadlines.put(AgreementState.valueOf(state), days);
        });
        return new Procedure(settings.countriesWithoutDiplomaticRelations().stream()
                .map(c -> c.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toSet()),
                deadlines, settings.maximumValidityYears());
    }
}
