package id.jembatan.directory.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "bloc")
public class Bloc extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
}
