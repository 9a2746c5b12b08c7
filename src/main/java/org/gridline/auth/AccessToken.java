package org.gridline.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer of {@code POST /api/auth/token}: a bearer token and its lifetime in seconds. */
public record AccessToken(@JsonProperty("access_token") String accessToken,
                          @JsonProperty("expires_in") long expiresIn,
                          @JsonProperty("token_type") String tokenType) {
    public AccessToken(String accessToken, long expiresIn) {
        this(accessToken, expiresIn, "Bearer");
    }
}
