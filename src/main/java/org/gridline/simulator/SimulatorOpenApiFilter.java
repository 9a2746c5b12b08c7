package org.gridline.simulator;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.gridline.wechat.WechatConfig;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document is built with every endpoint; at start, when an app secret is configured (so the simulator's endpoints
 * answer 404), the {@code /simulator} paths and the tags only they used are taken out of it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SimulatorOpenApiFilter implements OASFilter {
    static final String PREFIX = "/simulator";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        WechatConfig wechat = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(WechatConfig.class);
        if (wechat.appSecret().isPresent()) {
            withoutSimulator(openAPI);
        }
    }

    static void withoutSimulator(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> removedTags = new HashSet<>();
        Set<String> keptTags = new HashSet<>();
        for (Map.Entry<String, PathItem> path : Map.copyOf(openAPI.getPaths().getPathItems()).entrySet()) {
            boolean simulator = path.getKey().equals(PREFIX) || path.getKey().startsWith(PREFIX + "/");
            path.getValue().getOperations().values().forEach(op -> (simulator ? removedTags : keptTags)
                    .addAll(op.getTags() == null ? List.of() : op.getTags()));
            if (simulator) {
                openAPI.getPaths().removePathItem(path.getKey());
            }
        }
        removedTags.removeAll(keptTags);
        if (openAPI.getTags() != null) {
            openAPI.getTags().stream().filter(t -> removedTags.contains(t.getName())).toList()
                    .forEach(openAPI::removeTag);
        }
    }
}
