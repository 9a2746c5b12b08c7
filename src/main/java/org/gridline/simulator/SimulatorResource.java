package org.gridline.simulator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridline.platform.OwnServer;
import org.gridline.platform.error.DomainException;
import org.gridline.wechat.CallbackRequest;
import org.gridline.wechat.PushSigner;
import org.gridline.wechat.WechatConfig;
import org.gridline.wechat.WechatCredentials;
import org.jboss.resteasy.reactive.ResponseHeader;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The simulator page: chat as any openid. Each action is turned into the push the platform would send, signed (and
 * in safe mode encrypted) with gridline's own credentials and posted to the real {@code /wechat/callback}; each pane
 * polls its user's chat (what it sent and what the simulated platform "delivered"). Exists only without an app secret.
 */
@Tag(name = "Simulator chats")
@Path("/simulator")
public class SimulatorResource {
    /** The page runs only its own script and style files (simulator/*), and talks only to this server. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final SimulatedPlatform platform;
    private final WechatConfig wechat;
    private final PushSigner signer;
    private final WebClient web;
    private final Clock clock;

    public SimulatorResource(SimulatedPlatform platform, WechatCredentials credentials, WechatConfig wechat,
                             Vertx vertx, Clock clock) {
        this.platform = platform;
        this.wechat = wechat;
        this.signer = new PushSigner(credentials.token(), Optional.of(credentials.encodingAesKey()), wechat.appId());
        this.web = WebClient.create(vertx);
        this.clock = clock;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String mode);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @ResponseHeader(name = "Content-Security-Policy", value = PAGE_POLICY)
    @Operation(summary = "Simulator: the chat page")
    public TemplateInstance page() {
        platform.requireActive();
        return Templates.page(wechat.securityMode().name().toLowerCase());
    }

    /** Result of a simulated push: what the callback answered, and the push's place in its user's chat. */
    public record PushResult(int status, String answer, long seq) {
    }

    @POST
    @Path("/api/push")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Simulator: send a message as a user (signed and posted to /wechat/callback)")
    public Uni<PushResult> push(@Valid SimulatedPush push) {
        platform.requireActive();
        String body = PushBodies.xml(push, "gh_gridline_simulator", clock.instant().getEpochSecond());
        CallbackRequest r = signer.sign(wechat.securityMode(), body, clock);
        String uri = "/wechat/callback?signature=" + r.signature() + "&timestamp=" + r.timestamp() + "&nonce="
                + enc(r.nonce()) + (r.encryptType() == null ? "" : "&encrypt_type=" + r.encryptType()
                + "&msg_signature=" + r.msgSignature()) + "&openid=" + enc(r.openid());
        return platform.sent(push).chain(seq -> web.post(OwnServer.port(), OwnServer.host(), uri)
                .putHeader("Content-Type", "text/xml").sendBuffer(Buffer.buffer(r.body()))
                .map(response -> new PushResult(response.statusCode(), response.bodyAsString(), seq)));
    }

    @GET
    @Path("/api/messages")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Simulator: a user's chat after a sequence number (kind user: sent from a pane; custom, "
            + "subscribe: delivered by the platform)")
    public Uni<List<SimulatorChat.Entry>> messages(@QueryParam("openid") String openid,
            @QueryParam("after") long after) {
        platform.requireActive();
        if (openid == null || openid.isBlank()) {
            throw DomainException.badRequest("missing-openid", "Which user? Give openid");
        }
        return platform.chat(openid, after);
    }

    /** The errcode platform calls fail with, and the percentage of calls (0–100) that fail: numbers, or as typed. */
    public record FaultRequest(String errcode, String percent) {
    }

    @GET
    @Path("/api/faults")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Simulator: the failures in force")
    public Fault fault() {
        platform.requireActive();
        return platform.fault();
    }

    @POST
    @Path("/api/faults")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Simulator: fail a percentage of platform calls (0–100) with an errcode")
    public Fault faults(FaultRequest request) {
        platform.requireActive();
        if (request == null) {
            throw DomainException.badRequest("missing-percent", "Give {\"errcode\": -1, \"percent\": 30}");
        }
        platform.fault(Fault.of(request.errcode(), request.percent()));
        return platform.fault();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
