package id.jembatan.directory.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A company, state-owned enterprise, university, agency or chamber that can take part in an agreement. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    public UUID id;

    /** A stable, readable handle such as {@code alibaba}. */
    public String key;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;

    @Column(name = "country_code")
    public String countryCode;

    @Column(columnDefinition = "text[]")
    public String[] sectors = new String[0];

    /** Ownership or control by a foreign state is a screening factor in assessment. */
    @Column(name = "state_controlled")
    public boolean stateControlled;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Organisation parent;

    public String website;

    public String note;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}
