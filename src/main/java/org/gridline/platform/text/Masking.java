package org.gridline.platform.text;

import java.util.regex.Pattern;

/**
 * Masks personal data before it reaches a log line, an admin list or a message to someone else: enough stays visible
 * for a worker to recognise a resident ("138****5678", "张**"), not enough to identify one. Every method is null-safe
 * and returns {@code null} for {@code null}.
 */
public final class Masking {
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-"
            + "z])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])((?:\\+|00)?86[ -]?)?(1[3-9]\\d)([ -]?)\\d{4}([ -]?)(\\d{4})(?![0-9])");

    private Masking() {
    }

    /** 13812345678 → 138****5678; under 8 characters all but the last 2 are masked; 2 or fewer are masked whole. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        int n = phone.length();
        if (n >= 8) {
            return phone.substring(0, 3) + "*".repeat(n - 7) + phone.substring(n - 4);
        }
        return n <= 2 ? "*".repeat(n) : "*".repeat(n - 2) + phone.substring(n - 2);
    }

    /** 张三丰 → 张**; a one-character name is masked whole. */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        int count = name.codePointCount(0, name.length());
        if (count <= 1) {
            return "*".repeat(count);
        }
        int firstEnd = name.offsetByCodePoints(0, 1);
        return name.substring(0, firstEnd) + "*".repeat(count - 1);
    }

    /** The first 4 characters and an ellipsis: enough to tell openids apart in a log. */
    public static String openid(String openid) {
        if (openid == null) {
            return null;
        }
        return openid.length() <= 4 ? "…" : openid.substring(0, 4) + "…";
    }

    /** Masks mobile numbers (138****5678) and 18-digit ID numbers (440703********123X) anywhere in a text. */
    public static String freeText(String text) {
        if (text == null) {
            return null;
        }
        String withoutIds = ID_NUMBER.matcher(text).replaceAll("$1********$2");
        return MOBILE.matcher(withoutIds).replaceAll("$1$2$3****$4$5");
    }
}
