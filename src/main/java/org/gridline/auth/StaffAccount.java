package org.gridline.auth;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A staff login; only the bcrypt hash of its password is kept. */
@Entity
@Table(name = "staff_account")
public class StaffAccount extends PanacheEntityBase {
    @Id
    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    @Enumerated(EnumType.STRING)
    public Role role;
    @Column(name = "grid_code")
    public String gridCode;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    /** A disabled login cannot log in, and its tokens are refused. */
    public boolean disabled;
    /** Named in every token; disabling, enabling and each password change raise it, so earlier tokens stop working. */
    @Column(name = "token_version")
    public int tokenVersion;

    /** After a change that must revoke every token issued before it. */
    void revokeTokens() {
        tokenVersion++;
    }
}
