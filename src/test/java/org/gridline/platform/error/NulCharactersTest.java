package org.gridline.platform.error;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.gridline.testing.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * U+0000 in any input of any endpoint is a 400 {@code nul-character}, never a 500 (issue 13, item 9). The endpoints are
 * found by scanning every JAX-RS resource class of the application, so a new endpoint is covered without listing it:
 * each path parameter, each query parameter, and each text field of a JSON body gets a NUL in turn.
 */
@QuarkusTest
class NulCharactersTest {
    private static final String NUL_JSON = "\"a\\u0000b\"";

    @Test
    void theAnonymousLoginRefusesNul() {
        given().contentType(ContentType.JSON).body("{\"username\":" + NUL_JSON + ",\"password\":\"whatever-password\"}")
                .post("/api/auth/token")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("code", is("nul-character"));
        given().contentType(ContentType.JSON).body("{\"username\":\"admin\",\"password\":" + NUL_JSON + "}")
                .post("/api/auth/token")
                .then().statusCode(400).body("code", is("nul-character"));
    }

    @Test
    void theScanFindsTheApi() {
        List<Arguments> inputs = inputs().toList();
        assertTrue(inputs.size() >= 40, "inputs found: " + inputs.size());
        assertTrue(inputs.stream().anyMatch(a -> a.get()[0].toString().contains("AuthResource.token body.username")));
    }

    static Stream<Arguments> inputs() {
        return resources().flatMap(NulCharactersTest::endpoints);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void nulIsRefusedWith400(String name, String method, String url, String body) {
        var request = Staff.asAdmin().urlEncodingEnabled(false);
        if (body != null) {
            request.body(body);
        }
        request.request(method, url).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("code", is("nul-character"));
    }

    private static Stream<Arguments> endpoints(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        List<Arguments> cases = new ArrayList<>();
        for (Method m : resource.getDeclaredMethods()) {
            String verb = httpMethod(m);
            if (verb == null) {
                continue;
            }
            Path sub = m.getAnnotation(Path.class);
            String template = join(base, sub == null ? "" : sub.value());
            String name = resource.getSimpleName() + "." + m.getName();
            String plain = template.replaceAll("\\{[^}]+}", "1");
            for (Parameter p : m.getParameters()) {
                if (p.isAnnotationPresent(PathParam.class)) {
                    String param = p.getAnnotation(PathParam.class).value();
                    String url = template.replaceAll("\\{" + param + "(:[^}]*)?}", "a%00b")
                            .replaceAll("\\{[^}]+}", "1");
                    cases.add(Arguments.of(name + " path." + param, verb, url, null));
                } else if (p.isAnnotationPresent(QueryParam.class)) {
                    String param = p.getAnnotation(QueryParam.class).value();
                    cases.add(Arguments.of(name + " query." + param, verb, plain + "?" + param + "=a%00b", null));
                } else if (isBody(p)) {
                    textFields(p).forEach((field, json) -> cases.add(Arguments.of(name + " body." + field, verb, plain,
                            "{\"" + field + "\":" + json + "}")));
                }
            }
        }
        return cases.stream();
    }

    /** The text fields of a JSON body type, each with a NUL-holding JSON value: a text, or a list of one text. */
    private static Map<String, String> textFields(Parameter body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.getType().isRecord()) {
            for (RecordComponent c : body.getType().getRecordComponents()) {
                if (c.getType() == String.class) {
                    fields.put(c.getName(), NUL_JSON);
                } else if (List.class.isAssignableFrom(c.getType()) && c.getGenericType() instanceof ParameterizedType t
                        && t.getActualTypeArguments()[0] == String.class) {
                    fields.put(c.getName(), "[" + NUL_JSON + "]");
                }
            }
        }
        return fields;
    }

    private static boolean isBody(Parameter p) {
        return Arrays.stream(p.getAnnotations()).map(Annotation::annotationType)
                .noneMatch(t -> t.getPackageName().startsWith("jakarta.ws.rs") || t.getPackageName()
                        .startsWith("org.jboss.resteasy")) && p.getType() != byte[].class;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Every class of the application with a class-level {@code @Path}. */
    private static Stream<Class<?>> resources() {
        try {
            var root = Paths.get(Problem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<java.nio.file.Path> files = Files.walk(root)) {
                return files.map(f -> root.relativize(f).toString())
                        .filter(f -> f.endsWith(".class") && !f.contains("$"))
                        .map(f -> f.substring(0, f.length() - 6).replace('/', '.'))
                        .<Class<?>>map(NulCharactersTest::load)
                        .filter(c -> c.isAnnotationPresent(Path.class))
                        .sorted(java.util.Comparator.comparing(Class::getName))
                        .toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, NulCharactersTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
