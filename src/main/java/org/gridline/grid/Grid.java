package org.gridline.grid;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 网格: its outline is a JSON array of [lng, lat] pairs, a closed ring already validated by {@link Polygon}. */
@Entity
@Table(name = "grid")
public class Grid extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    @Column(name = "community_code")
    public String communityCode;
    @JdbcTypeCode(SqlTypes.JSON)
    public String boundary;
}
