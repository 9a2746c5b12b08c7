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
    /** The street's duty contacts (街道值班): they hear of reports and orders escalated above the grid. */
    @jakarta.persistence.Column(name = "duty_openids")
    public String[] dutyOpenids = new String[0];
}
