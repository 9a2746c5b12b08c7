package org.gridline.testing;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.net.URI;

/**
 * Requests to the management interface of the {@code @QuarkusTest} server (health, metrics, OpenAPI), which listens on
 * its own random port: {@code Management.given().get("/q/metrics")}.
 */
public final class Management {
    private Management() {
    }

    public static RequestSpecification given() {
        URI uri = URI.create(TestHTTPResourceManager.getManagementUri());
        return RestAssured.given().baseUri(uri.getScheme() + "://" + uri.getHost()).port(uri.getPort());
    }
}
