package org.gridline.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;

/**
 * The body and the answer of {@code POST /api/staff/{username}/password}: asked with a password, that one is set; asked
 * without, one is generated and answered this once (only its hash is kept).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PasswordReset(String username, @Size(max = 200) String password) {
    @Override
    public String toString() {
        return "PasswordReset[username=" + username + "]";
    }
}
