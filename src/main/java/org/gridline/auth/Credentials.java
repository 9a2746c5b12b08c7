package org.gridline.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/auth/token}. */
public record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
    @Override
    public String toString() {
        return "Credentials[username=" + username + "]";
    }
}
