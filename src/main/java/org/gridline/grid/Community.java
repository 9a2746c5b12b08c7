package org.gridline.grid;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 社区: contains grids. */
@Entity
@Table(name = "community")
public class Community extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    @Column(name = "street_code")
    public String streetCode;
}
