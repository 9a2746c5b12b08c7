package org.gridline.wechat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Pushes built by {@link PushSigner} come back out of {@link CallbackVerifier} unchanged, in every mode and format. */
class CallbackRoundTripTest {

    static Stream<Arguments> pushes() {
        Stream.Builder<Arguments> rows = Stream.builder();
        for (SecurityMode mode : SecurityMode.values()) {
            for (BodyFormat format : BodyFormat.values()) {
                for (String text : new String[]{"小区东门路灯坏了，请尽快修理", "🚒🔥 着火了！", "quote \" and <tag> & ]]>"}) {
                    rows.add(Arguments.of(mode, format, text));
                }
            }
        }
        return rows.build();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("pushes")
    void roundTrip(SecurityMode mode, BodyFormat format, String text) {
        PlatformPushes app = new PlatformPushes("tok" + TestKeys.randomAppId(), TestKeys.randomKey(),
                TestKeys.randomAppId(),
                Clock.fixed(PlatformPushes.NOW, ZoneOffset.UTC));
        String body = app.text(text).in(format);
        InboundMessage message = app.verifier(mode).decode(app.push(mode, body));
        assertEquals(body, message.rawBody());
        assertEquals(PlatformPushes.OPENID, message.fromUser());
        assertEquals(app.now(), message.createTime());
        assertEquals(text, message.content());
    }

    @ParameterizedTest(name = "{0} push into a {1} callback")
    @MethodSource("acceptedCombinations")
    void modesAcceptWhatTheyShould(SecurityMode pushed, SecurityMode configured) {
        PlatformPushes app = PlatformPushes.standard();
        String body = app.text("好").json();
        assertEquals("好", app.verifier(configured).decode(app.push(pushed, body)).content());
    }

    static Stream<Arguments> acceptedCombinations() {
        return Stream.of(
                Arguments.of(SecurityMode.PLAINTEXT, SecurityMode.PLAINTEXT),
                Arguments.of(SecurityMode.COMPATIBLE, SecurityMode.PLAINTEXT),
                Arguments.of(SecurityMode.SAFE, SecurityMode.PLAINTEXT),
                Arguments.of(SecurityMode.PLAINTEXT, SecurityMode.COMPATIBLE),
                Arguments.of(SecurityMode.COMPATIBLE, SecurityMode.COMPATIBLE),
                Arguments.of(SecurityMode.SAFE, SecurityMode.COMPATIBLE),
                Arguments.of(SecurityMode.COMPATIBLE, SecurityMode.SAFE),
                Arguments.of(SecurityMode.SAFE, SecurityMode.SAFE));
    }

    @Test
    void safePushCarriesOnlyTheEnvelope() {
        PlatformPushes app = PlatformPushes.standard();
        CallbackRequest request = app.push(SecurityMode.SAFE, app.text("秘密").xml());
        String outer = new String(request.body(), StandardCharsets.UTF_8);
        assertFalse(outer.contains("秘密") || outer.contains(PlatformPushes.OPENID), outer);
        assertEquals(PlatformPushes.GH_ID, new MessageCodec().readEnvelope(request.body()).toUser());
    }

    @Test
    void compatiblePushUsesTheDecryptedCopy() {
        PlatformPushes app = PlatformPushes.standard();
        CallbackRequest request = app.push(SecurityMode.COMPATIBLE, app.text("original").json());
        String forged = new String(request.body(), StandardCharsets.UTF_8).replace("original", "forged");
        assertEquals("original",
                app.verifier(SecurityMode.COMPATIBLE).decode(PlatformPushes.withBody(request, forged)).content());
    }
}
