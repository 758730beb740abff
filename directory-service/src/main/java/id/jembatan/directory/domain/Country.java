package id.jembatan.directory.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "country")
public class Country extends PanacheEntityBase {

    /** ISO 3166-1 alpha-2. */
    @Id
    public String code;

    public String alpha3;

    @Column(name = "numeric_code")
    public String numericCode;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_id")
    public String nameId;

    @Column(name = "official_name")
    public String officialName;

    public boolean sovereign;

    @Column(name = "diplomatic_relations")
    public boolean diplomaticRelations;

    @ElementCollection
    @CollectionTable(name = "country_bloc", joinColumns = @JoinColumn(name = "country_code"))
    @Column(name = "bloc_code")
    public Set<String> blocs = new TreeSet<>();

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}
