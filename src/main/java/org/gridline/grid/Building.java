package org.gridline.grid;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 楼栋, named estate + number + 栋 in one spelling (幸福小区3栋), with other names of its estate and its dwellings. */
@Entity
@Table(name = "building")
public class Building extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "grid_code")
    public String gridCode;
    public String name;
    public String estate;
    public String[] aliases;
    public Integer units;
    public String[] dwellings;
}
