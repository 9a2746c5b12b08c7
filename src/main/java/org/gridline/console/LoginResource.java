package org.gridline.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.auth.AuthConfig;
import org.gridline.auth.Credentials;
import org.gridline.auth.StaffService;
import org.gridline.platform.error.DomainException;
import org.gridline.platform.error.RetryLaterException;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Signing in and out of the console with the staff logins of the API (bcrypt, the same login throttle): the session
 * is a cookie holding the token the API would issue (see {@link SessionCookies}, {@link SessionCookieMechanism}).
 */
@Path("/console")
@Tag(name = "Console pages")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {
    static final String HOME = "/console/reports";

    private final StaffService staff;
    private final SessionCookies cookies;
    private final ConsoleUser user;
    private final long lifespanSeconds;

    public LoginResource(StaffService staff, SessionCookies cookies, ConsoleUser user, AuthConfig auth) {
        this.staff = staff;
        this.cookies = cookies;
        this.user = user;
        this.lifespanSeconds = auth.tokenLifespan().toSeconds();
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance login(String csrf, String username, String error);

        static native TemplateInstance logout();
    }

    @GET
    @Operation(summary = "Console: its start page (the queue)")
    public Response start() {
        return Pages.seeOther(HOME);
    }

    @GET
    @Path("login")
    @Operation(summary = "Console: the login form")
    public Response form() {
        if (user.isSignedIn()) {
            return Pages.seeOther(HOME);
        }
        return loginPage(200, "", null);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: sign in with a staff login (form: username, password, csrf)")
    public Uni<Response> login(@RestForm String username, @RestForm String password, @RestForm String csrf,
                               @RestCookie(SessionCookies.LOGIN) String expected,
                               @Context HttpServerRequest request) {
        String name = username == null ? "" : username.strip();
        if (!Csrf.matches(expected, csrf)) {
            return Uni.createFrom().item(loginPage(403, name, Pages.reason("csrf", null)));
        }
        if (name.isEmpty() || password == null || password.isEmpty() || name.length() > 64 || password.length() > 200) {
            return Uni.createFrom().item(loginPage(400, name, Pages.reason("missing-credentials", null)));
        }
        return staff.login(new Credentials(name, password), client(request))
                .map(token -> Pages.seeOther(HOME, cookies.session(token.accessToken(), token.expiresIn()),
                        cookies.loginEnded()))
                .onFailure(DomainException.class).recoverWithItem(e -> refused(name, (DomainException) e));
    }

    @GET
    @Path("logout")
    @Operation(summary = "Console: the sign-out button")
    public Response logoutPage() {
        return Pages.ok(Templates.logout());
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: sign out (ends the session cookie)")
    public Response logout(@RestForm String csrf) {
        try {
            user.requireCsrf(csrf);
        } catch (DomainException refused) {
            return Pages.refused(refused);
        }
        return Pages.seeOther(ConsoleGuard.LOGIN, cookies.sessionEnded());
    }

    private Response refused(String username, DomainException e) {
        Response page = loginPage(e.status(), username, Pages.reason(e.code(), e.getMessage()));
        if (e instanceof RetryLaterException wait) {
            return Response.fromResponse(page).header("Retry-After", wait.retryAfterSeconds()).build();
        }
        return page;
    }

    /** The form with a fresh CSRF value, also set as the login cookie (double submit). */
    private Response loginPage(int status, String username, String error) {
        String nonce = Csrf.fresh();
        return Response.fromResponse(Pages.page(status, Templates.login(nonce, username, error)))
                .header(HttpHeaders.SET_COOKIE, cookies.login(nonce, lifespanSeconds)).build();
    }

    private static String client(HttpServerRequest request) {
        var address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
