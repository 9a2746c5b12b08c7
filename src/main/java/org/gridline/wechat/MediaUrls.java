package org.gridline.wechat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which photo URLs ({@code PicUrl}) of a push may be kept and shown to staff: {@code https} or {@code http} from the
 * platform's media hosts (a listed host or one of its subdomains), on the default port, without user info. The host
 * list is what protects staff: the platform's own pushes carry {@code http://mmbiz.qpic.cn/…} PicUrls, so refusing
 * plain {@code http} would drop every real photo. In simulator mode any port and the simulator's own host (loopback)
 * are accepted too. Anything else ({@code javascript:},
 * {@code file:}, an IP literal such as a link-local address, another host) is refused. Plain and thread-safe.
 */
public final class MediaUrls {
    static final int MAX_LENGTH = 2048;
    /** The simulator's own host: it runs on this server, reached over loopback. */
    static final List<String> SIMULATOR_HOSTS = List.of("localhost", "127.0.0.1");

    private final List<String> hosts;
    private final boolean simulator;

    public MediaUrls(List<String> hosts, boolean simulator) {
        List<String> own = simulator ? SIMULATOR_HOSTS : List.of();
        this.hosts = java.util.stream.Stream.concat(hosts.stream(), own.stream())
                .map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        this.simulator = simulator;
    }

    /** Empty when the URL is acceptable, else a short reason (fit for a log line: it names no person). */
    public Optional<String> refusal(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            return Optional.of("empty-or-too-long");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.of("not-a-url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("scheme-not-allowed");
        }
        if (uri.getRawUserInfo() != null || uri.getHost() == null || !simulator && uri.getPort() != -1) {
            return Optional.of("authority-not-allowed");
        }
        return listed(uri.getHost().toLowerCase(Locale.ROOT)) ? Optional.empty() : Optional.of("host-not-allowed");
    }

    public boolean allowed(String url) {
        return refusal(url).isEmpty();
    }

    private boolean listed(String host) {
        return hosts.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
    }
}
