package org.gridline.wechat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A body read but not yet interpreted: the top-level scalar fields in order, and the nested structures ("groups",
 * e.g. {@code SubscribeMsgPopupEvent} with its {@code List} items) as lists of flat maps. A top-level field sent twice
 * is refused, so that two parts of the system can never read two different values from one push.
 */
public record BodyFields(BodyFormat format, Map<String, String> fields, Map<String, List<Map<String, String>>> groups,
                         String raw) {

    static BodyFields of(BodyFormat format, BodyNode root, String raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
        for (BodyNode node : root.children()) {
            if (!node.isScalar()) {
                groups.computeIfAbsent(node.name(), k -> new ArrayList<>()).addAll(items(node));
            } else if (node.text() != null && fields.putIfAbsent(node.name(), node.text()) != null) {
                throw new MalformedMessage(RejectReason.DUPLICATE_FIELD, node.name(), "Field " + node.name()
                        + " is sent twice");
            }
        }
        groups.replaceAll((name, items) -> List.copyOf(items));
        return new BodyFields(format, Collections.unmodifiableMap(fields), Collections.unmodifiableMap(groups), raw);
    }

    /** A structure of scalars is one item; otherwise each child structure is an item (repeated {@code <List>}). */
    private static List<Map<String, String>> items(BodyNode group) {
        if (group.children().stream().allMatch(BodyNode::isScalar)) {
            return List.of(scalars(group));
        }
        return group.children().stream().filter(child -> !child.isScalar()).map(BodyFields::scalars).toList();
    }

    private static Map<String, String> scalars(BodyNode node) {
        Map<String, String> item = new LinkedHashMap<>();
        node.children().stream().filter(c -> c.isScalar() && c.text() != null)
                .forEach(c -> item.putIfAbsent(c.name(), c.text()));
        return Collections.unmodifiableMap(item);
    }

    /** The value as sent, or null. */
    public String get(String name) {
        return fields.get(name);
    }

    /** The safe-mode envelope: {@code ToUserName} and {@code Encrypt}, trimmed, null when absent or blank. */
    public SafeEnvelope envelope() {
        return new SafeEnvelope(trimmed("ToUserName"), trimmed("Encrypt"));
    }

    private String trimmed(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
