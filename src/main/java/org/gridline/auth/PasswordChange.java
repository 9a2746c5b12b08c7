package org.gridline.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/auth/password}: the current password and the new one. */
public record PasswordChange(@NotBlank @Size(max = 200) String currentPassword,
                             @NotNull @Size(max = 200) String newPassword) {
    @Override
    public String toString() {
        return "PasswordChange[…]";
    }
}
