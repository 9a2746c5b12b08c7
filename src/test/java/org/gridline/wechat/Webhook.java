package org.gridline.wechat;

import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.util.Optional;

import static io.restassured.RestAssured.given;

/** Test fixture: posts pushes to the real callback, signed as the platform signs them with the test credentials. */
public final class Webhook {
    private Webhook() {
    }

    public static PushSigner signer() {
        var config = ConfigProvider.getConfig();
        return new PushSigner(config.getValue("gridline.wechat.token", String.class),
                Optional.of(config.getValue("gridline.wechat.encoding-aes-key", String.class)),
                config.getValue("gridline.wechat.app-id", String.class));
    }

    public static ValidatableResponse push(SecurityMode mode, String body) {
        return post(signer().sign(mode, body, Clock.systemUTC()));
    }

    public static ValidatableResponse post(CallbackRequest request) {
        var spec = given().contentType(request.body().length > 0 && request.body()[0] == '{'
                ? "application/json" : "text/xml").body(request.body());
        param(spec, "signature", request.signature());
        param(spec, "timestamp", request.timestamp());
        param(spec, "nonce", request.nonce());
        param(spec, "encrypt_type", request.encryptType());
        param(spec, "msg_signature", request.msgSignature());
        param(spec, "openid", request.openid());
        return spec.post("/wechat/callback").then();
    }

    private static void param(io.restassured.specification.RequestSpecification spec, String name, String value) {
        if (value != null) {
            spec.queryParam(name, value);
        }
    }
}
