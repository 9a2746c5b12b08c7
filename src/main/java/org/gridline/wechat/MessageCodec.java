package org.gridline.wechat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads push bodies (XML or JSON, told apart by the first character) and writes the encrypted envelopes. Every
 * failure is a {@link MalformedMessage} with a short code, never a parser exception; see {@link XmlBodyReader} and
 * {@link JsonBodyReader} for the limits. Stateless and thread-safe.
 */
public final class MessageCodec {
    private static final JsonFactory JSON = new JsonFactory();

    /** Reads and interprets a body. */
    public InboundMessage parse(byte[] body) {
        return toMessage(readFields(body));
    }

    /** Interprets fields already read (e.g. the plain body of a push whose envelope was inspected first). */
    public InboundMessage toMessage(BodyFields fields) {
        return InboundMessageMapper.map(fields);
    }

    /** Reads a body into fields without interpreting it: strict UTF-8, format detection, limits. */
    public BodyFields readFields(byte[] body) {
        String text = StrictUtf8.decode(body);
        BodyFormat format = BodyFormat.detect(text);
        String content = BodyFormat.content(text);
        BodyNode root = format == BodyFormat.XML ? XmlBodyReader.read(content) : JsonBodyReader.read(content);
        return BodyFields.of(format, root, text);
    }

    /** Reads only the safe-mode envelope ({@code ToUserName}, {@code Encrypt}) of a body in either format. */
    public SafeEnvelope readEnvelope(byte[] body) {
        return readFields(body).envelope();
    }

    /** The encrypted passive reply: {@code Encrypt, MsgSignature, TimeStamp, Nonce}. */
    public String encodeReply(EncryptedReply reply, BodyFormat format) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Encrypt", reply.encrypt());
        fields.put("MsgSignature", reply.msgSignature());
        fields.put("TimeStamp", reply.timeStamp());
        fields.put("Nonce", reply.nonce());
        return encode(fields, format);
    }

    /** The outer body of a safe-mode push: {@code ToUserName, Encrypt}. */
    public String encodeEnvelope(SafeEnvelope envelope, BodyFormat format) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ToUserName", envelope.toUser());
        fields.put("Encrypt", envelope.encrypt());
        return encode(fields, format);
    }

    private static String encode(Map<String, String> fields, BodyFormat format) {
        return format == BodyFormat.XML ? xml(fields) : json(fields);
    }

    private static String xml(Map<String, String> fields) {
        StringBuilder xml = new StringBuilder("<xml>");
        fields.forEach((name, value) -> xml.append('<').append(name).append("><![CDATA[")
                .append(value.replace("]]>", "]]]]><![CDATA[>")).append("]]></").append(name).append('>'));
        return xml.append("</xml>").toString();
    }

    private static String json(Map<String, String> fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                json.writeStringField(field.getKey(), field.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
