package org.gridline.wechat;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads an XML body with StAX into a {@link BodyNode} tree. A DOCTYPE is refused as soon as it is seen
 * ({@code xml-dtd}):
 * DTD support, external entities and the resolver are all off, so nothing is fetched and no entity is expanded.
 * Uses the JDK's own parser (not whichever StAX provider happens to be on the classpath) so these settings are known to
 * hold.
 */
final class XmlBodyReader {
    private final Deque<Open> stack = new ArrayDeque<>();
    private BodyNode root;
    private int count;

    private record Open(String name, StringBuilder text, List<BodyNode> children) {
    }

    static BodyNode read(String xml) {
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(new StringReader(xml));
            try {
                return new XmlBodyReader().readAll(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new MalformedMessage(RejectReason.MALFORMED_XML, "The body is not well-formed XML");
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("External resources are refused");
        });
        return factory;
    }

    private BodyNode readAll(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE,
                        XMLStreamConstants.ENTITY_DECLARATION ->
                        throw new MalformedMessage(RejectReason.XML_DTD, "DTDs and entity references are refused");
                case XMLStreamConstants.START_ELEMENT -> open(reader.getLocalName());
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> close();
                default -> { }
            }
        }
        if (root == null) {
            throw new MalformedMessage(RejectReason.MALFORMED_XML, "The body has no root element");
        }
        return root;
    }

    private void open(String name) {
        BodyNode.checkDepth(stack.size() + 1);
        BodyNode.checkCount(++count);
        stack.push(new Open(name, new StringBuilder(), new ArrayList<>()));
    }

    private void text(String text) {
        Open current = stack.peek();
        if (current != null) {
            if (current.text().length() + text.length() > BodyNode.MAX_TEXT) {
                throw new MalformedMessage(RejectReason.TOO_LONG, current.name(), "A value is longer than "
                        + BodyNode.MAX_TEXT);
            }
            current.text().append(text);
        }
    }

    private void close() {
        Open done = stack.pop();
        BodyNode node = done.children().isEmpty()
                ? BodyNode.scalar(done.name(), done.text().toString())
                : new BodyNode(done.name(), null, List.copyOf(done.children()));
        if (stack.isEmpty()) {
            root = node;
        } else {
            stack.peek().children().add(node);
        }
    }
}
