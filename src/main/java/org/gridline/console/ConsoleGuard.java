package org.gridline.console;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.net.URI;
import java.util.Optional;

/**
 * The console's front door: a request to a console page without a session goes to the login page (302; an htmx
 * request is told with {@code HX-Redirect}), and every console answer carries the console's Content-Security-Policy
 * (its own scripts and styles only, no inline script, forms to itself, never framed) and is not cached.
 */
class ConsoleGuard {
    /** Scripts, styles and images from this server only; forms post to it; nothing may frame a console page. */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String LOGIN = "/console/login";

    private final ConsoleUser user;

    ConsoleGuard(ConsoleUser user) {
        this.user = user;
    }

    @ServerRequestFilter
    public Optional<Response> signedIn(ContainerRequestContext request) {
        String path = path(request);
        if (!isConsole(path) || path.equals(LOGIN) || user.isSignedIn()) {
            return Optional.empty();
        }
        if ("true".equals(request.getHeaderString("HX-Request"))) {
            return Optional.of(Response.ok().header("HX-Redirect", LOGIN).build());
        }
        return Optional.of(Response.status(Response.Status.FOUND).location(URI.create(LOGIN)).build());
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (isConsole(path(request))) {
            response.getHeaders().putSingle("Content-Security-Policy", POLICY);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    private static String path(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.startsWith("/") ? path : "/" + path;
    }

    static boolean isConsole(String path) {
        return path.equals("/console") || path.startsWith("/console/");
    }
}
