package org.gridline.grid;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 街道: contains communities; the escalation level above the grid leader. */
@Entity
@Table(name = "street")
public class Street extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
}
