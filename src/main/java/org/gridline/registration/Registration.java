package org.gridline.registration;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An arriving person's registration (报备); name and phone are personal data. */
@Entity
@Table(name = "registration")
public class Registration extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String openid;
    public String name;
    public String phone;
    public String origin;
    @Column(name = "arrival_date")
    public LocalDate arrivalDate;
    public String address;
    @Column(name = "grid_code")
    public String gridCode;
    @Column(name = "high_risk")
    public boolean highRisk;
    @Column(name = "registered_on")
    public LocalDate registeredOn;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
