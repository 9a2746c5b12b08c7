package org.gridline.auth;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.Signature;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

class KeyPemTest {

    @Test
    void aPairSurvivesTheRoundTripThroughPem() throws Exception {
        KeyPair pair = KeyPem.generate();
        String privatePem = KeyPem.privatePem(pair.getPrivate());
        String publicPem = KeyPem.publicPem(pair.getPublic());
        assertTrue(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"));

        KeyPair read = KeyPem.pair(privatePem, publicPem);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(read.getPrivate());
        signer.update("网格".getBytes(UTF_8));
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(pair.getPublic());
        verifier.update("网格".getBytes(UTF_8));
        assertTrue(verifier.verify(signature));
    }

    @Test
    void garbageIsRefusedWithoutEchoingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeyPem.pair("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", "nope"));
        assertFalse(e.getMessage().contains("AAAA"));
    }
}
