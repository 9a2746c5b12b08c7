package org.gridline.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/staff}: a LEADER needs the code of their grid, an ADMIN has none. */
public record NewStaff(
        @NotBlank @Pattern(regexp = "[a-z0-9_.-]{3,64}", message = "3 to 64 of a-z, 0-9, _ . -") String username,
        @NotNull @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password,
        @NotNull Role role,
        @Size(max = 32) String gridCode) {
    @Override
    public String toString() {
        return "NewStaff[username=" + username + ", role=" + role + ", gridCode=" + gridCode + "]";
    }
}
