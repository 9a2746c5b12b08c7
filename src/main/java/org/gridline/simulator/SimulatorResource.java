package org.gridline.simulator;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.gridline.platform.OwnServer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gridline.platform.error.DomainException;
import org.gridline.wechat.CallbackRequest;
import org.gridline.wechat.PushSigner;
import org.gridline.wechat.WechatConfig;
import org.gridline.wechat.WechatCredentials;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The simulator page: chat as any openid. Each action is turned into the push the platform would send, signed (and
 * in safe mode encrypted) with gridline's own credentials and posted to the real {@code /wechat/callback}; each pane
 * polls what the simulated platform "delivered" to its user. Exists only without an app secret.
 */
@Tag(name = "Simulator chats")
@Path("/simulator")
public class SimulatorResource {
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
    @Operation(summary = "Simulator: the chat page")
    public TemplateInstance page() {
        platform.requireActive();
        return Templates.page(wechat.securityMode().name().toLowerCase());
    }

    /** Result of a simulated push: what the callback answered. */
    public record PushResult(int status, String answer) {
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
        return web.post(OwnServer.port(), "localhost", uri).putHeader("Content-Type", "text/xml")
                .sendBuffer(Buffer.buffer(r.body()))
                .map(response -> new PushResult(response.statusCode(), response.bodyAsString()));
    }

    @GET
    @Path("/api/messages")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Simulator: what the platform delivered to a user after a sequence number")
    public List<SimulatedPlatform.Delivered> messages(@QueryParam("openid") String openid, @QueryParam("after") long after) {
        platform.requireActive();
        if (openid == null || openid.isBlank()) {
            throw DomainException.badRequest("missing-openid", "Which user? Give openid");
        }
        return platform.received(openid, after);
    }

    /** Share of calls to fail and the errcode to fail them with. */
    public record FaultRequest(int errcode, @DecimalMin("0") @DecimalMax("1") double share) {
    }

    @POST
    @Path("/api/faults")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Simulator: fail a share of platform calls with an errcode")
    public SimulatedPlatform.Fault faults(@Valid FaultRequest request) {
        platform.requireActive();
        platform.fault(new SimulatedPlatform.Fault(request.errcode(), request.share()));
        return platform.fault();
    }



    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
