package id.jembatan.directory.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An administrative unit at any level: a province, a regency or city, a Chinese prefecture-level city. */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "country_code")
    public String countryCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Region parent;

    public int level;

    /** The kind as named locally: Provinsi, Kabupaten, Kota, Sheng, Shi, Prefecture. */
    public String kind;

    @Column(name = "kind_en")
    public String kindEn;

    /** Latin or English name. */
    public String name;

    /** Official name in the local script, e.g. 杭州市. */
    @Column(name = "local_name")
    public String localName;

    @Column(name = "alt_names", columnDefinition = "text[]")
    public String[] altNames = new String[0];

    @Enumerated(EnumType.STRING)
    public RegionStatus status = RegionStatus.ACTIVE;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaced_by_id")
    public Region replacedBy;

    @Column(name = "retired_on")
    public LocalDate retiredOn;

    @Column(name = "retirement_note")
    public String retirementNote;

    @Column(name = "head_title")
    public String headTitle;

    @Column(name = "head_name")
    public String headName;

    @Column(name = "head_term_start")
    public LocalDate headTermStart;

    @Column(name = "head_term_end")
    public LocalDate headTermEnd;

    @ElementCollection
    @CollectionTable(name = "region_code", joinColumns = @JoinColumn(name = "region_id"))
    @BatchSize(size = 100)
    public List<RegionCode> codes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "region_figure", joinColumns = @JoinColumn(name = "region_id"))
    @BatchSize(size = 100)
    public List<RegionFigure> figures = new ArrayList<>();

    /** Every name the region is searchable by; kept in step with the name fields by {@link #rename}. */
    @ElementCollection
    @CollectionTable(name = "region_name", joinColumns = @JoinColumn(name = "region_id"))
    @Column(name = "name")
    @BatchSize(size = 100)
    public Set<String> searchNames = new LinkedHashSet<>();

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    public void rename(String name, String localName, List<String> altNames) {
        this.name = name;
        this.localName = localName;
        this.altNames = altNames == null ? new String[0] : altNames.toArray(String[]::new);
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        if (localName != null && !localName.isBlank()) {
            names.add(localName);
        }
        if (altNames != null) {
            altNames.stream().filter(n -> n != null && !n.isBlank()).forEach(names::add);
        }
        searchNames.retainAll(names);
        searchNames.addAll(names);
    }

    public Optional<RegionCode> code(CodeScheme scheme) {
        return codes.stream().filter(c -> c.scheme == scheme).findFirst();
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}
