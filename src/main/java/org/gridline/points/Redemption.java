package org.gridline.points;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A redemption order (兑换): its id is the ledger's order id; the pickup code is kept only as a hash. */
@Entity
@Table(name = "redemption")
public class Redemption extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "reward_id")
    public Long rewardId;
    public String openid;
    public int quantity;
    public long points;
    @Column(name = "code_hash")
    public String codeHash;
    @Enumerated(EnumType.STRING)
    public RedemptionStatus status;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "settled_at")
    public OffsetDateTime settledAt;
    @Column(name = "settled_by")
    public String settledBy;
}
