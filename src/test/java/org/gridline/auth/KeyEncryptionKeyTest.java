package org.gridline.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class KeyEncryptionKeyTest {
    @TempDir
    Path dir;

    @Test
    void theFileIsGeneratedOnceWithMode600AndGivesTheSameKeyAgain() throws Exception {
        Path file = dir.resolve("data/token-key-encryption.key");
        KeyEncryptionKey first = KeyEncryptionKey.from(Optional.empty(), file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        KeyEncryptionKey again = KeyEncryptionKey.from(Optional.empty(), file);
        assertEquals(first.id(), again.id());
        String sealed = first.seal("access-token", "secret pem");
        assertEquals("secret pem", again.open("access-token", first.id(), sealed));
        assertFalse(sealed.contains("secret"));
    }

    @Test
    void theEnvironmentWinsOverTheFile() {
        String configured = KeyEncryptionKey.generate();
        KeyEncryptionKey fromEnv = KeyEncryptionKey.from(Optional.of(configured), dir.resolve("unused"));
        assertFalse(Files.exists(dir.resolve("unused")));
        assertEquals(fromEnv.id(), KeyEncryptionKey.from(Optional.of(" " + configured + "\n"), dir.resolve("x")).id());
    }

    @Test
    void aFileReadableByOthersIsRefused() throws Exception {
        Path file = dir.resolve("open.key");
        Files.writeString(file, KeyEncryptionKey.generate());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                KeyEncryptionKey.from(Optional.empty(), file));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void anotherKeyAnotherNameOrATamperedTextIsRefusedWithTheKeyIds() {
        KeyEncryptionKey key = KeyEncryptionKey.from(Optional.of(KeyEncryptionKey.generate()), dir.resolve("k"));
        KeyEncryptionKey other = KeyEncryptionKey.from(Optional.of(KeyEncryptionKey.generate()), dir.resolve("k"));
        String sealed = key.seal("access-token", "pem");
        IllegalStateException wrongKey = assertThrows(IllegalStateException.class,
                () -> other.open("access-token", key.id(), sealed));
        assertTrue(wrongKey.getMessage().contains(key.id()) && wrongKey.getMessage().contains(other.id()));
        assertThrows(IllegalStateException.class, () -> key.open("other-name", key.id(), sealed));
        byte[] bytes = java.util.Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        String tampered = java.util.Base64.getEncoder().encodeToString(bytes);
        assertThrows(IllegalStateException.class, () -> key.open("access-token", key.id(), tampered));
        assertThrows(IllegalArgumentException.class,
                () -> KeyEncryptionKey.from(Optional.of("c2hvcnQ="), dir.resolve("k")), "not 32 bytes");
    }
}
