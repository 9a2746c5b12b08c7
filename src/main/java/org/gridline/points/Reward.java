package org.gridline.points;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** An item of the catalogue (积分商城): units on the shelf, reserved by pending redemptions, and handed out. */
@Entity
@Table(name = "reward")
public class Reward extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public long price;
    public int stock;
    public int reserved;
    public int issued;
    @Column(name = "per_user_limit")
    public int perUserLimit;
    @Column(name = "valid_until")
    public OffsetDateTime validUntil;
    /** The grid station where it is picked up; null: any. */
    @Column(name = "grid_code")
    public String gridCode;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    /** The key of the demo reward (config/demo/rewards.yaml) this was made from; null for real ones. */
    @Column(name = "demo_key")
    public String demoKey;
}
