package id.jembatan.directory.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** Batched inserts of regions with their searchable names and codes; executed on close. */
final class Regions implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement region;
    private final PreparedStatement name;
    private final PreparedStatement code;

    Regions(Connection connection) throws SQLException {
        this.connection = connection;
        region = connection.prepareStatement("""
                insert into region (id, country_code, parent_id, level, kind, kind_en, name, local_name, alt_names)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        name = connection.prepareStatement("insert into region_name (region_id, name) values (?, ?)");
        code = connection.prepareStatement("""
                insert into region_code (scheme, code, region_id, source) values (?, ?, ?, ?)""");
    }

    void region(UUID id, String country, UUID parent, int level, String kind, String kindEn, String latinName,
                String localName, String... altNames) throws SQLException {
        Set<String> alternatives = new LinkedHashSet<>();
        for (String alt : altNames) {
            if (alt != null && !alt.isBlank() && !alt.equals(latinName) && !alt.equals(localName)) {
                alternatives.add(alt);
            }
        }
        region.setObject(1, id);
        region.setString(2, country);
        region.setObject(3, parent);
        region.setInt(4, level);
        region.setString(5, kind);
        region.setString(6, kindEn);
        region.setString(7, latinName);
        region.setString(8, localName);
        region.setArray(9, connection.createArrayOf("text", alternatives.toArray()));
        region.addBatch();
        Set<String> names = new LinkedHashSet<>();
        names.add(latinName);
        if (localName != null) {
            names.add(localName);
        }
        names.addAll(alternatives);
        for (String n : names) {
            name.setObject(1, id);
            name.setString(2, n);
            name.addBatch();
        }
    }

    void code(UUID regionId, String scheme, String value, String source) throws SQLException {
        code.setString(1, scheme);
        code.setString(2, value);
        code.setObject(3, regionId);
        code.setString(4, source);
        code.addBatch();
    }

    @Override
    public void close() throws SQLException {
        try {
            region.executeBatch();
            name.executeBatch();
            code.executeBatch();
        } finally {
            region.close();
            name.close();
            code.close();
        }
    }
}
