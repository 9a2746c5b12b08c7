package org.gridline.wechat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON body with Jackson's streaming parser into a {@link BodyNode} tree. Numbers and strings both become text
 * (the platform sends {@code CreateTime} either way); nulls are absent. Depth and element count are bounded here,
 * string and number length by Jackson's {@link StreamReadConstraints}.
 */
final class JsonBodyReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(BodyNode.MAX_DEPTH * 2)
                    .maxStringLength(BodyNode.MAX_TEXT)
                    .maxNumberLength(64)
                    .build())
            .build();

    private int count;

    static BodyNode read(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedMessage(RejectReason.MALFORMED_JSON, "The body is not a JSON object");
            }
            BodyNode root = new BodyNode("json", null, new JsonBodyReader().object(parser, 1));
            if (parser.nextToken() != null) {
                throw new MalformedMessage(RejectReason.MALFORMED_JSON, "The body has content after the object");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new MalformedMessage(RejectReason.TOO_LONG, "A JSON value exceeds the size limits");
        } catch (IOException e) {
            throw new MalformedMessage(RejectReason.MALFORMED_JSON, "The body is not well-formed JSON");
        }
    }

    private List<BodyNode> object(JsonParser parser, int depth) throws IOException {
        List<BodyNode> children = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            value(name, parser, depth + 1, children);
        }
        return List.copyOf(children);
    }

    private void value(String name, JsonParser parser, int depth, List<BodyNode> out) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        BodyNode.checkDepth(depth);
        BodyNode.checkCount(++count);
        if (token == JsonToken.START_OBJECT) {
            out.add(new BodyNode(name, null, object(parser, depth)));
        } else if (token == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                value(name, parser, depth + 1, out);
            }
        } else {
            out.add(BodyNode.scalar(name, parser.getText()));
        }
    }
}
