package org.gridline.bench;

import io.vertx.core.json.JsonObject;
import org.gridline.testing.PackagedServer;
import org.gridline.testing.PlatformStub;

import java.util.HashMap;
import java.util.Map;

/**
 * The reports a round's residents filed (from the server's database) and when the platform stub first received the
 * notice of each addressed to its assignee: a subscribe message whose number field is the report's number, or the
 * customer-service text that mentions it.
 */
final class Notices {
    private record Filed(int resident, String assignee) {
    }

    private final PackagedServer server;
    private final PlatformStub platform;
    private final String prefix;
    private final Map<String, Filed> filed = new HashMap<>();
    private final Map<String, Long> arrived = new HashMap<>();

    Notices(PackagedServer server, PlatformStub platform, String prefix) {
        this.server = server;
        this.platform = platform;
        this.prefix = prefix;
    }

    /** Reads the filed reports and the stub's messages again; answers how many notices have arrived. */
    int refresh() {
        try (var c = server.database(); var rs = c.createStatement().executeQuery(
                "SELECT number, reporter, assignee FROM report WHERE reporter LIKE '" + prefix + "%'")) {
            while (rs.next()) {
                filed.put(rs.getString(1), new Filed(Integer.parseInt(rs.getString(2).substring(prefix.length())),
                        rs.getString(3)));
            }
        } catch (Exception e) {
            throw new IllegalStateException("reading the filed reports failed", e);
        }
        for (PlatformStub.Received r : platform.received()) {
            String number = number(r.body());
            Filed f = number == null ? null : filed.get(number);
            if (f != null && java.util.Objects.equals(r.touser(), f.assignee())) {
                arrived.merge(number, r.atNanos(), Math::min);
            }
        }
        return arrived.size();
    }

    int filed() {
        return filed.size();
    }

    /** Each arrived notice's time since its resident's "确认" was acknowledged. */
    LatencyRecorder latencies(long[] ackedNanos) {
        LatencyRecorder recorder = new LatencyRecorder();
        arrived.forEach((number, at) -> recorder.record((at - ackedNanos[filed.get(number).resident()]) / 1000));
        return recorder;
    }

    private String number(JsonObject body) {
        JsonObject field = body == null || body.getJsonObject("data") == null ? null
                : body.getJsonObject("data").getJsonObject("character_string1");
        if (field != null) {
            return field.getString("value");
        }
        String text = WorkOrderLoad.text(body);
        int at = text.indexOf("新工单 R");
        return at < 0 ? null : text.substring(at + 4, at + 18);
    }
}
