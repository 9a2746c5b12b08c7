package org.gridline.simulator;

import org.gridline.testing.PackagedServer;
import org.gridline.testing.PushClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Who can reach the packaged server, started as the README says. Without an app secret (the simulator, which lets
 * anyone push as any user) only this machine: connections to a non-loopback address of this machine are refused on
 * both ports; {@code QUARKUS_HTTP_HOST=0.0.0.0} opens it, with a WARN that says what it exposes. With an app secret
 * the server listens on every interface as before and the simulator is absent from the OpenAPI document.
 */
class SimulatorExposureIT {
    @TempDir
    Path workDir;

    @Test
    void withoutAnAppSecretOnlyThisMachineCanReachIt() throws Exception {
        try (PackagedServer server = PackagedServer.start(workDir, Map.of())) {
            assertTrue(server.log().contains("reachable from this machine only"), server.log());
            assertFalse(server.log().contains("WARN  [org.gridline.simulator"), server.log());
            for (int port : new int[]{server.port(), server.managementPort()}) {
                assertEquals(List.of(InetAddress.getByName("127.0.0.1")), listeningOn(port), "port " + port);
                outsideAddress().ifPresent(outside -> assertFalse(connects(outside, port),
                        outside + ":" + port + " must refuse connections"));
            }
            assertEquals(200, server.get("/simulator").statusCode(), "this machine still reaches the simulator");
            assertTrue(server.managementGet("/q/openapi?format=json").body().contains("/simulator/api/push"));
            assertEquals(404, server.managementGet("/q/swagger-ui/").statusCode(), "Swagger UI is off by default");
            assertEquals(404, server.get("/q/health/ready").statusCode(), "health is not on the public port");
            assertEquals(404, server.get("/q/metrics").statusCode(), "metrics are not on the public port");
        }
    }

    @Test
    void anExplicitHostOpensItAndTheLogSaysWhatThatExposes() throws Exception {
        Map<String, String> env = Map.of("QUARKUS_HTTP_HOST", "0.0.0.0", "QUARKUS_SWAGGER_UI_ENABLED", "true");
        try (PackagedServer server = PackagedServer.start(workDir, env)) {
            String log = server.log();
            String warning = log.lines().filter(l -> l.contains("WARN") && l.contains("Simulator mode"))
                    .findFirst().orElseThrow(() -> new AssertionError("no WARN about the simulator:\n" + log));
            for (String exposed : List.of("/simulator/api/push", "/simulator/api/messages", "/simulator/api/faults",
                    "push messages as any user", "QUARKUS_HTTP_HOST=0.0.0.0")) {
                assertTrue(warning.contains(exposed), exposed + " in: " + warning);
            }
            for (int port : new int[]{server.port(), server.managementPort()}) {
                assertTrue(listeningOn(port).stream().anyMatch(InetAddress::isAnyLocalAddress), "port " + port);
                outsideAddress().ifPresent(outside -> assertTrue(connects(outside, port), outside + ":" + port));
            }
            assertEquals(200, server.managementGet("/q/swagger-ui/").statusCode(), "Swagger UI when enabled");
        }
    }

    @Test
    void withAnAppSecretItListensEverywhereAndTheSimulatorIsNotDocumented() throws Exception {
        try (PackagedServer server = PackagedServer.start(workDir, new HashMap<>(PushClient.serverEnv()))) {
            assertFalse(server.log().contains("Simulator mode"), server.log());
            assertTrue(listeningOn(server.port()).stream().anyMatch(InetAddress::isAnyLocalAddress));
            outsideAddress().ifPresent(outside -> assertTrue(connects(outside, server.port()), outside.toString()));
            assertEquals(404, server.get("/simulator").statusCode());
            String openApi = server.managementGet("/q/openapi?format=json").body();
            assertTrue(openApi.contains("/api/reports"), openApi);
            assertFalse(openApi.contains("/simulator"), openApi);
        }
    }

    /** A non-loopback IPv4 address of this machine, if it has one. */
    private static Optional<InetAddress> outsideAddress() throws IOException {
        return NetworkInterface.networkInterfaces().filter(ni -> {
                    try {
                        return ni.isUp() && !ni.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                }).flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** The local addresses listening on {@code port}, from the kernel's socket tables (what the server bound to). */
    private static List<InetAddress> listeningOn(int port) throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                if (f[3].equals("0A") && Integer.parseInt(local[1], 16) == port) {
                    addresses.add(kernelAddress(local[0]));
                }
            }
        }
        return addresses;
    }

    /** /proc/net/tcp{,6} write an address as 32-bit words in little-endian order. */
    private static InetAddress kernelAddress(String hex) throws IOException {
        byte[] raw = HexFormat.of().parseHex(hex);
        byte[] address = new byte[raw.length];
        for (int word = 0; word < raw.length; word += 4) {
            for (int i = 0; i < 4; i++) {
                address[word + i] = raw[word + 3 - i];
            }
        }
        return InetAddress.getByAddress(address);
    }
}
