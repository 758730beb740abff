package id.jembatan.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

/** Bulk inserts of organisations ({@code organisation}). */
@ApplicationScoped
public class OrganisationRepository {

    public record NewOrganisation(UUID id, String key, String name, String kind, String countryCode,
                                  List<String> sectors, boolean stateControlled, UUID parentId, String website,
                                  String note) {
    }

    @Inject
    EntityManager em;

    /** One JDBC batch in the current transaction, in the order given: a parent before its children. */
    public void insertAll(List<NewOrganisation> organisations) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into organisation (id, key, name, kind, country_code, sectors, state_controlled, parent_id,
                                              website, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (NewOrganisation o : organisations) {
                    insert.setObject(1, o.id());
                    insert.setString(2, o.key());
                    insert.setString(3, o.name());
                    insert.setString(4, o.kind());
                    insert.setString(5, o.countryCode());
                    insert.setArray(6, connection.createArrayOf("text", o.sectors().toArray()));
                    insert.setBoolean(7, o.stateControlled());
                    insert.setObject(8, o.parentId());
                    insert.setString(9, o.website());
                    insert.setString(10, o.note());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
