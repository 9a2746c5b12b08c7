package org.gridline.wechat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * No DTD is ever processed: XXE, billion laughs and external DTDs are refused with {@code xml-dtd}, and nothing is
 * read.
 */
class XmlSafetyTest {
    private static final String TAIL = "<xml><ToUserName>gh_1</ToUserName><FromUserName>o1</FromUserName><CreateTime>1<"
            + "/CreateTime>"
            + "<MsgType>text</MsgType><Content>&xxe;</Content><MsgId>1</MsgId></xml>";
    private final MessageCodec codec = new MessageCodec();

    @ParameterizedTest
    @ValueSource(strings = {
            "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + TAIL,
            "<!DOCTYPE xml [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><xml/>",
            "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                    + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                    + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                    + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                    + "<!ENTITY xxe \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">]>" + TAIL,
            "<!DOCTYPE xml><xml/>"})
    void doctypeIsRefused(String body) {
        MalformedMessage e = assertThrows(MalformedMessage.class, () ->
                codec.parse(body.getBytes(StandardCharsets.UTF_8)));
        assertEquals("xml-dtd", e.code());
        assertFalse(e.getMessage().contains("root:"), "no file content leaks into the message");
    }

    @Test
    void localFileIsNotIncluded(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String body = "<!DOCTYPE xml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>" + TAIL;
        MalformedMessage e = assertThrows(MalformedMessage.class, () ->
                codec.parse(body.getBytes(StandardCharsets.UTF_8)));
        assertEquals("xml-dtd", e.code());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE xml SYSTEM \"http://127.0.0.1:%d/x.dtd\"><xml/>",
            "<!DOCTYPE xml [<!ENTITY xxe SYSTEM \"http://127.0.0.1:%d/x\">]>" + "<xml>&xxe;</xml>",
            "<!DOCTYPE xml [<!ENTITY %% p SYSTEM \"http://127.0.0.1:%d/p\"> %%p;]><xml/>"})
    void externalResourcesAreNeverFetched(String template) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String body = template.formatted(server.getLocalPort());
            MalformedMessage e = assertThrows(MalformedMessage.class, () ->
                    codec.parse(body.getBytes(StandardCharsets.UTF_8)));
            assertEquals("xml-dtd", e.code());
            assertThrows(SocketTimeoutException.class, server::accept, "the parser connected to the DTD server");
        }
    }
}
