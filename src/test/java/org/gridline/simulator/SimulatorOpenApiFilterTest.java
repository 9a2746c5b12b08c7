package org.gridline.simulator;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** With an app secret the OpenAPI document keeps no simulator path, and no tag only the simulator used. */
class SimulatorOpenApiFilterTest {

    @Test
    void simulatorPathsAndTheirOwnTagsAreTakenOut() {
        OpenAPI doc = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                        .addPathItem("/api/reports", get("Reports"))
                        .addPathItem("/simulator", get("Simulator Resource"))
                        .addPathItem("/simulator/api/push", post("Simulator Resource"))
                        .addPathItem("/simulator/cgi-bin/stable_token", post("Simulated Platform Api", "Shared"))
                        .addPathItem("/simulatorish", get("Shared")))
                .tags(List.of(OASFactory.createTag().name("Reports"), OASFactory.createTag().name("Simulator Resource"),
                        OASFactory.createTag().name("Simulated Platform Api"), OASFactory.createTag().name("Shared")));

        SimulatorOpenApiFilter.withoutSimulator(doc);

        assertEquals(Set.of("/api/reports", "/simulatorish"), new TreeSet<>(doc.getPaths().getPathItems().keySet()));
        assertEquals(List.of("Reports", "Shared"), doc.getTags().stream().map(t -> t.getName()).toList());
    }

    private static PathItem get(String... tags) {
        return OASFactory.createPathItem().GET(OASFactory.createOperation().tags(List.of(tags)));
    }

    private static PathItem post(String... tags) {
        return OASFactory.createPathItem().POST(OASFactory.createOperation().tags(List.of(tags)));
    }
}
