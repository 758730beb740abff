package id.jembatan.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.List;

/** Bulk inserts of countries ({@code country}) and blocs with their members ({@code bloc}, {@code country_bloc}). */
@ApplicationScoped
public class CountryRepository {

    public record NewCountry(String code, String alpha3, String numericCode, String nameEn, String nameId,
                             String officialName, boolean sovereign, boolean diplomaticRelations) {
    }

    /** A bloc and the codes of its member countries. */
    public record NewBloc(String code, String name, List<String> members) {
    }

    @Inject
    EntityManager em;

    /** One JDBC batch in the current transaction. */
    public void insertCountries(List<NewCountry> countries) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into country (code, alpha3, numeric_code, name_en, name_id, official_name, sovereign,
                                         diplomatic_relations) values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (NewCountry c : countries) {
                    insert.setString(1, c.code());
                    insert.setString(2, c.alpha3());
                    insert.setString(3, c.numericCode());
                    insert.setString(4, c.nameEn());
                    insert.setString(5, c.nameId());
                    insert.setString(6, c.officialName());
                    insert.setBoolean(7, c.sovereign());
                    insert.setBoolean(8, c.diplomaticRelations());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Blocs and their memberships, as JDBC batches in the current transaction; the member countries must exist. */
    public void insertBlocs(List<NewBloc> blocs) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement bloc = connection.prepareStatement("insert into bloc (code, name) values (?, ?)");
                 PreparedStatement member = connection.prepareStatement(
                         "insert into country_bloc (country_code, bloc_code) values (?, ?)")) {
                for (NewBloc b : blocs) {
                    bloc.setString(1, b.code());
                    bloc.setString(2, b.name());
                    bloc.addBatch();
                    for (String country : b.members()) {
                        member.setString(1, country);
                        member.setString(2, b.code());
                        member.addBatch();
                    }
                }
                bloc.executeBatch();
                member.executeBatch();
            }
        });
    }
}
