package org.gridline.grid;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's role in one grid; the phone is personal data (masked outside the grid's staff). */
@Entity
@Table(name = "grid_member")
public class GridMember extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "grid_code")
    public String gridCode;
    public String openid;
    public String name;
    public String phone;
    @Enumerated(EnumType.STRING)
    public MemberRole role;

    @Override
    public String toString() {
        return "GridMember[" + gridCode + ", " + org.gridline.platform.text.Masking.openid(openid) + ", " + role + "]";
    }
}
