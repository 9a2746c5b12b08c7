package org.gridline.simulator;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.gridline.platform.OwnServer;
import org.gridline.wechat.WechatCredentials;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Says at start who can reach the simulator: this machine only (the default), or the network (a WARN). */
@ApplicationScoped
class SimulatorExposure {

    void atStart(@Observes StartupEvent event, WechatCredentials credentials) {
        if (!credentials.simulated()) {
            return;
        }
        String host = ConfigProvider.getConfig().getOptionalValue(SimulatorHostConfigSource.HTTP_HOST, String.class)
                .orElse("0.0.0.0");
        if (loopbackOnly(host)) {
            Log.infof("Simulator mode (no app secret): listening on %s:%d, reachable from this machine only;"
                    + " QUARKUS_HTTP_HOST=0.0.0.0 opens it to the network", host, OwnServer.port());
        } else {
            Log.warnf("Simulator mode (no app secret) and QUARKUS_HTTP_HOST=%s: anyone who can reach port %d can push"
                    + " messages as any user (/simulator/api/push), read every user's messages with their phones,"
                    + " check-in and pickup codes (/simulator/api/messages) and make every delivery fail"
                    + " (/simulator/api/faults). Leave QUARKUS_HTTP_HOST unset to listen on 127.0.0.1 only, or set"
                    + " GRIDLINE_WECHAT_APP_SECRET to serve a real platform account", host, OwnServer.port());
        }
    }

    /** True when {@code host} is a loopback address (or a name of one), so only this machine can connect. */
    static boolean loopbackOnly(String host) {
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
