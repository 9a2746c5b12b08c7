package org.gridline.platform.text;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Qute templates of plain rule classes (the work-order {@code Lifecycle}, {@code Supplement}, {@code PlaceText}):
 * their table tests run them without Quarkus, where no {@code @CheckedTemplate} is at hand. Their templates live with
 * all the others, under {@code templates/<Owner>/<name>.txt} with parameter declarations (so the build checks their
 * expressions like any other); the owner renders each by name, and its table test reads every one. The text comes out
 * stripped, as the chat's replies do.
 */
public final class PlainTemplates {
    private static final Engine ENGINE = Engine.builder().addDefaults().build();

    private final String folder;
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    private PlainTemplates(String folder) {
        this.folder = folder;
    }

    /** The templates under {@code templates/<owner's simple name>/}. */
    public static PlainTemplates of(Class<?> owner) {
        return new PlainTemplates("templates/" + owner.getSimpleName() + "/");
    }

    /** Renders {@code <name>.txt} with the given parameters: name, value, name, value … */
    public String render(String name, Object... parameters) {
        TemplateInstance instance = parsed.computeIfAbsent(name, this::parse).instance();
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            instance.data((String) parameters[i], parameters[i + 1]);
        }
        return instance.render().strip();
    }

    private Template parse(String name) {
        String path = folder + name + ".txt";
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : PlainTemplates.class.getClassLoader())
                .getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no template " + path);
            }
            return ENGINE.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
