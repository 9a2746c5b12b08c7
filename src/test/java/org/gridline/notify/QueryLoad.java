package org.gridline.notify;

import org.gridline.testing.PackagedServer;
import org.gridline.testing.PlatformStub;
import org.gridline.testing.PushClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Test load for the fault ITs: users push numbered queries ({@code 查询 0001}, {@code 查询 0002}, … each user's own)
 * through the signed webhook; every acknowledged query must be answered exactly once ("没有找到您上报或关注的 0001"),
 * in the user's order. Counts what the webhook answered and what the platform stub received.
 */
final class QueryLoad {
    private static final Pattern ANSWER = Pattern.compile("没有找到您上报或关注的 (\\d{4})");

    private final PushClient pushes = new PushClient();
    private final String prefix;
    private final int users;
    private final AtomicLong msgIds;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger unreachable = new AtomicInteger();
    private final AtomicInteger[] next;

    QueryLoad(String prefix, int users, long firstMsgId) {
        this.prefix = prefix;
        this.users = users;
        this.msgIds = new AtomicLong(firstMsgId);
        this.next = new AtomicInteger[users];
        for (int u = 0; u < users; u++) {
            next[u] = new AtomicInteger();
        }
    }

    /** Pushes the next query of user {@code u}; a user's queries are pushed one after the other by one thread. */
    void push(PackagedServer server, int u) {
        int n = next[u].incrementAndGet();
        String key = prefix + u + "#" + String.format("%04d", n);
        try {
            var answer = pushes.text(server, prefix + u, "查询 " + String.format("%04d", n), msgIds.incrementAndGet());
            statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            if (answer.statusCode() == 200 && "success".equals(answer.body())) {
                acknowledged.add(key);
            }
        } catch (Exception refused) {
            unreachable.incrementAndGet(); // not listening (stopped): the platform would retry
        }
    }

    /** Threads that each own some users and push their queries in turn until {@code running} says stop. */
    List<Thread> start(PackagedServer[] server, int threads, long pauseMillis,
            java.util.function.BooleanSupplier running) {
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread thread = new Thread(() -> {
                while (running.getAsBoolean()) {
                    for (int u = first; u < users && running.getAsBoolean(); u += threads) {
                        push(server[0], u);
                    }
                    sleep(pauseMillis);
                }
            }, "query-load-" + t);
            thread.start();
            started.add(thread);
        }
        return started;
    }

    /** One query from a user of its own, answered: the server is past its slow first seconds. */
    void warmUp(PackagedServer server, PlatformStub stub) throws Exception {
        String user = prefix + "warm";
        long deadline = System.currentTimeMillis() + 90_000;
        pushes.text(server, user, "查询 0001", msgIds.incrementAndGet());
        while (stub.receivedBy(user).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    /** Outbox rows not yet finished, for a failure's message. */
    static String unfinished(PackagedServer server) throws Exception {
        StringBuilder out = new StringBuilder();
        try (var c = server.database(); var rs = c.createStatement().executeQuery("SELECT id, openid, kind, status,"
                + " attempts, next_attempt_at, last_error FROM outbox_message WHERE status IN ('PENDING', 'SENDING')"
                + " ORDER BY id LIMIT 10")) {
            while (rs.next()) {
                out.append(String.format("%n  %d %s %s %s attempts %d due %s: %s", rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7)));
            }
        }
        return out.length() == 0 ? "none" : out.toString();
    }

    int acknowledged() {
        return acknowledged.size();
    }

    int status(int code) {
        AtomicInteger n = statuses.get(code);
        return n == null ? 0 : n.get();
    }

    int unreachable() {
        return unreachable.get();
    }

    Map<Integer, AtomicInteger> statuses() {
        return statuses;
    }

    /** How often the stub received each answered query, by "user#number". */
    Map<String, Long> answers(PlatformStub stub) {
        return stub.received().stream().filter(r -> r.touser() != null && r.touser().startsWith(prefix))
                .filter(r -> !r.touser().equals(prefix + "warm")).flatMap(r -> {
                    var text = r.body().getJsonObject("text");
                    Matcher m = ANSWER.matcher(text == null ? "" : text.getString("content", ""));
                    return m.find() ? java.util.stream.Stream.of(r.touser() + "#" + m.group(1))
                            : java.util.stream.Stream.empty();
                })
                .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
    }

    /** Acknowledged queries that were answered at least once. */
    long answered(PlatformStub stub) {
        Map<String, Long> got = answers(stub);
        return acknowledged.stream().filter(got::containsKey).count();
    }

    long answeredTwice(PlatformStub stub) {
        return answers(stub).values().stream().filter(n -> n > 1).count();
    }

    /** Users whose answers arrived out of the order of their queries. */
    long outOfOrder(PlatformStub stub) {
        Map<String, List<Integer>> perUser = new java.util.HashMap<>();
        for (var r : stub.received()) {
            if (r.touser() == null || !r.touser().startsWith(prefix) || r.body().getJsonObject("text") == null) {
                continue;
            }
            Matcher m = ANSWER.matcher(r.body().getJsonObject("text").getString("content", ""));
            if (m.find()) {
                perUser.computeIfAbsent(r.touser(), k -> new ArrayList<>()).add(Integer.parseInt(m.group(1)));
            }
        }
        return perUser.values().stream().filter(list -> {
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i) < list.get(i - 1)) {
                    return true;
                }
            }
            return false;
        }).count();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
