package org.gridline.simulator;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform API as gridline's delivery sees it, served by gridline itself when no app secret is configured:
 * {@code stable_token}, {@code message/custom/send} and {@code message/subscribe/send}, with the platform's request
 * and error formats ({@code errcode}/{@code errmsg}, 40001 for a stale token).
 */
@Tag(name = "Simulated platform calls")
@Path("/simulator/cgi-bin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SimulatedPlatformApi {
    private final SimulatedPlatform platform;
    public SimulatedPlatformApi(SimulatedPlatform platform) {
        this.platform = platform;
    }

    @POST
    @Path("/stable_token")
    @Operation(summary = "Simulator: access token (normal mode)")
    public JsonObject stableToken(JsonObject request) {
        platform.requireActive();
        if (!"client_credential".equals(request.getString("grant_type"))) {
            return error(40002, "invalid grant_type");
        }
        return new JsonObject().put("access_token", platform.token()).put("expires_in", 7200);
    }

    @POST
    @Path("/message/custom/send")
    @Operation(summary = "Simulator: customer-service message")
    public Uni<JsonObject> customSend(@QueryParam("access_token") String token, JsonObject message) {
        return accept(token, message, "custom");
    }

    @POST
    @Path("/message/subscribe/send")
    @Operation(summary = "Simulator: subscribe message")
    public Uni<JsonObject> subscribeSend(@QueryParam("access_token") String token, JsonObject message) {
        if (message != null && message.getString("template_id") == null) {
            return Uni.createFrom().item(error(40037, "invalid template_id"));
        }
        return accept(token, message, "subscribe");
    }

    private Uni<JsonObject> accept(String token, JsonObject message, String kind) {
        platform.requireActive();
        if (!platform.validToken(token)) {
            return Uni.createFrom().item(error(40001, "invalid credential, access_token is invalid or not latest"));
        }
        if (message == null || message.getString("touser") == null || message.getString("touser").isBlank()) {
            return Uni.createFrom().item(error(40003, "invalid openid"));
        }
        int fault = platform.roll();
        if (fault != 0) {
            return Uni.createFrom().item(error(fault, "simulated failure"));
        }
        return platform.deliver(message.getString("touser"), kind, message).replaceWith(error(0, "ok"));
    }

    private static JsonObject error(int errcode, String errmsg) {
        return new JsonObject().put("errcode", errcode).put("errmsg", errmsg);
    }
}
