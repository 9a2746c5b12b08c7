package org.gridline.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Plain rules for the reporting form's text: a bare "我要报事" describes nothing; "2" or "环境卫生" picks a category. */
public final class ReportText {
    private static final Pattern REQUEST_WORDS = Pattern.compile(
            "我要|我想|想要|要|想|请问|帮我|报事|上报|投诉|反映|举报|报告|报修|一下|一个|个|问题|情况|事情|事|有|的|了|啊|呀");
    private static final Pattern NOT_HAN = Pattern.compile("[^\\p{IsHan}]");

    private ReportText() {
    }

    /** Whether the message only asks to report, without saying what is wrong ("我要报事", "上报一下"). */
    public static boolean isBareRequest(String text) {
        String rest = REQUEST_WORDS.matcher(NOT_HAN.matcher(text == null ? "" : text).replaceAll("")).replaceAll("");
        return rest.length() < 2;
    }

    /** The category picked from a numbered choice: its number ("2", "第2个") or its name ("市政设施"). */
    public static Optional<String> choice(String text, List<String> codes, List<String> names) {
        String said = text == null ? "" : text.strip();
        var digits = Pattern.compile("^第?(\\d{1,2})(个|项)?[。.!！]?$").matcher(said);
        if (digits.find()) {
            int index = Integer.parseInt(digits.group(1)) - 1;
            return index >= 0 && index < codes.size() ? Optional.of(codes.get(index)) : Optional.empty();
        }
        for (int i = 0; i < names.size(); i++) {
            if (said.contains(names.get(i))) {
                return Optional.of(codes.get(i));
            }
        }
        return Optional.empty();
    }
}
