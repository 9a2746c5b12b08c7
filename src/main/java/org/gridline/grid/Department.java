package org.gridline.grid;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 部门: executes orders (城管, 住建, 公安 …); its contacts are openids (a JSON array). */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    @Column(name = "contact_openids")
    @JdbcTypeCode(SqlTypes.JSON)
    public String contactOpenids;
}
