package org.gridline.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Plain rules for the reporting form's text: a bare "我要报事" describes nothing; "2" or "环境卫生" picks a category. */
public final class ReportText {
    private static final Pattern REQUEST_WORDS = Pattern.compile(
            "我要|我想|想要|要|想|请问|帮我|报事|上报|投诉|反映|举报|报告|报修|一下|一个|个|问题|情况|事情|事|有|的|了|啊|呀");
    private static final Pattern NOT_HAN = Pattern.compile("[^\\p{IsHan}]");
    /** Words that name or point to a place: roads, crossings, shops, public places, "旁边"/"对面". */
    private static final Pattern PLACE_WORDS = Pattern.compile("路|街|道|巷|弄|胡同|口|门|店|铺|超市|市场|商场|广场|公园|"
            + "学校|小学|中学|幼儿园|医院|诊所|银行|站|桥|村|楼|栋|幢|座|号|小区|花园|苑|大厦|中心|馆|厂|园|场|院|堂|所|"
            + "湖|河|江|山|旁|边|附近|对面|隔壁|里面|后面|前面|拐角|交叉");
    /** Answers that say the resident does not know, or that ask back. */
    private static final Pattern NOT_A_PLACE = Pattern.compile("知道|不清楚|说不上|不记得|忘了|不晓得|不确定|随便|"
            + "没有|哪里|哪儿|什么|怎么|为什么|吗|呢|电话|手机|号码");

    private ReportText() {
    }

    /** Whether the message only asks to report, without saying what is wrong ("我要报事", "上报一下"). */
    public static boolean isBareRequest(String text) {
        String rest = REQUEST_WORDS.matcher(NOT_HAN.matcher(text == null ? "" : text).replaceAll("")).replaceAll("");
        return rest.length() < 2;
    }

    /**
     * Whether an answer to "问题在哪里" names a place, even one no grid knows ("人民路和建设路交叉口", "美宜佳便利店门口"):
     * two to forty characters with a place word, and not "不知道" or a question.
     */
    public static boolean looksLikePlace(String text) {
        String said = text == null ? "" : text.strip();
        return said.length() >= 2 && said.length() <= 40 && PLACE_WORDS.matcher(said).find()
                && !NOT_A_PLACE.matcher(said).find();
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
