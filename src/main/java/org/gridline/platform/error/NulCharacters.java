package org.gridline.platform.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The NUL character (U+0000) is refused at the door, for the whole HTTP API at once: no PostgreSQL text can hold it,
 * so it could only ever fail deep inside as a 500. Two places see every input: the URL (path and query, where it comes
 * percent-encoded as {@code %00}) before any resource is chosen, and every JSON string (values and keys) as Jackson
 * reads a body. Both answer 400 {@code nul-character}. The webhook's own decoder refuses it in push bodies.
 */
@Singleton
public class NulCharacters implements ObjectMapperCustomizer {
    static final String CODE = "nul-character";
    static final String MESSAGE = "The request holds the NUL character (U+0000), which no text may contain";

    /** Path and query: refused before routing, so before authentication and parameter conversion. */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseInUrl(HttpServerRequest request) {
        String uri = request.uri();
        return uri != null && uri.toLowerCase(Locale.ROOT).contains("%00")
                ? Optional.of(ProblemMapper.answer(new Problem(400, CODE, MESSAGE))) : Optional.empty();
    }

    /** JSON bodies: every string value and object key. */
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("nul-characters")
                .addDeserializer(String.class, new Strings())
                .addKeyDeserializer(String.class, new Keys()));
    }

    static String checked(JsonParser parser, String text) throws JsonMappingException {
        if (text != null && text.indexOf('\u0000') >= 0) {
            throw new Refused(parser);
        }
        return text;
    }

    /** A JSON body held U+0000; {@link ProblemMapper} answers it with {@code nul-character}. */
    public static final class Refused extends JsonMappingException {
        Refused(JsonParser parser) {
            super(parser, MESSAGE);
        }
    }

    private static final class Strings extends StdScalarDeserializer<String> {
        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(parser, StringDeserializer.instance.deserialize(parser, context));
        }
    }

    private static final class Keys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(context.getParser(), key);
        }
    }
}
