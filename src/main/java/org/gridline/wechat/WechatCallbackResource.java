package org.gridline.wechat;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one callback URL of the platform. GET verifies the URL; POST verifies, decodes and stores a push, and answers
 * {@code success} only once the message is durably in the inbox. Processing happens after the answer. A reused
 * (timestamp, nonce) with another message is refused as {@code replayed} (see {@code InboxNonces} for how a platform
 * retry is told apart from a replay).
 */
@Tag(name = "Webhooks")
@Path("/wechat/callback")
public class WechatCallbackResource {
    private final CallbackVerifier verifier;
    private final PushStore inbox;
    private final WebhookMetrics metrics;

    public WechatCallbackResource(CallbackVerifier verifier, PushStore inbox, WebhookMetrics metrics) {
        this.verifier = verifier;
        this.inbox = inbox;
        this.metrics = metrics;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "URL verification by the platform")
    public String verify(@QueryParam("signature") String signature, @QueryParam("timestamp") String timestamp,
                         @QueryParam("nonce") String nonce, @QueryParam("echostr") String echostr) {
        return metrics.rejectionsCounted(() -> verifier.verifyUrl(signature, timestamp, nonce, echostr));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Message push from the platform")
    public Uni<String> push(@QueryParam("signature") String signature, @QueryParam("timestamp") String timestamp,
                            @QueryParam("nonce") String nonce, @QueryParam("encrypt_type") String encryptType,
                            @QueryParam("msg_signature") String msgSignature, @QueryParam("openid") String openid,
                            byte[] body) {
        CallbackRequest request = new CallbackRequest(signature, timestamp, nonce, encryptType, msgSignature, openid,
                body);
        VerifiedPush push = metrics.rejectionsCounted(() -> verifier.verify(request));
        return inbox.store(push.message(), push.nonce())
                .onFailure(ReplayedPush.class)
                .transform(e -> metrics.refused(new CallbackRejected(RejectReason.REPLAYED,
                        "The timestamp and nonce were already used by another message")))
                .invoke(() -> metrics.accepted(push.message()))
                .replaceWith("success");
    }
}
