package org.gridline.points;

import org.gridline.platform.error.DomainException;

import java.util.Objects;

/** An account named by its type and owner; created on first use. */
public record AccountRef(AccountType type, String owner) {
    /** Owner of the accounts that exist once. */
    public static final String SYSTEM = "-";

    public AccountRef {
        Objects.requireNonNull(type, "type");
        if (owner == null || owner.isBlank() || owner.length() > 128) {
            throw DomainException.badRequest("invalid-account",
                    "An account owner (openid or grid code) is 1 to 128 characters");
        }
    }

    public static AccountRef volunteer(String openid) {
        return new AccountRef(AccountType.VOLUNTEER, openid);
    }

    public static AccountRef held(String openid) {
        return new AccountRef(AccountType.HELD, openid);
    }

    public static AccountRef issuance(String gridCode) {
        return new AccountRef(AccountType.ISSUANCE, gridCode);
    }

    public static AccountRef redemption() {
        return new AccountRef(AccountType.REDEMPTION, SYSTEM);
    }

    public static AccountRef adjustment() {
        return new AccountRef(AccountType.ADJUSTMENT, SYSTEM);
    }
}
