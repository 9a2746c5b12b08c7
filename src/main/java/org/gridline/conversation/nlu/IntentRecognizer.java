package org.gridline.conversation.nlu;

import org.gridline.platform.text.TextNormalizer;
import org.gridline.report.CategoryStandard;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one chat message into an {@link Intent}. Rules run from the most specific (a worker's "办结 1234") to the most
 * general (a problem description); anything that describes no problem is never a REPORT, because a wrong report
 * costs a worker a trip while a missed one only costs the resident a menu.
 */
public final class IntentRecognizer {
    private static final Pattern ORIGIN = Pattern.compile("从\\p{IsHan}{2,12}?(回来|返回|返乡|过来|来的|来了|来到|来|到)");
    private static final List<String> REGISTRATION = List.of("报备", "返乡", "来人登记", "人员登记",
            "外来人口登记", "流动人口登记", "登记");
    private static final List<String> HELP = List.of("你好", "您好", "在吗", "在不在", "有人吗", "帮助",
            "菜单", "help", "怎么用", "功能", "hi", "hello", "嗨", "早上好", "下午好", "晚上好", "喂", "人工", "客服");

    private final CategoryClassifier classifier;
    private final EmergencyDetector emergencies;
    private final ReportSignals signals;
    private final CommandRules commands = new CommandRules();

    public IntentRecognizer(CategoryStandard standard) {
        this(new CategoryClassifier(standard), new EmergencyDetector(standard), standard);
    }

    public IntentRecognizer(CategoryClassifier classifier, EmergencyDetector emergencies, CategoryStandard standard) {
        this.classifier = classifier;
        this.emergencies = emergencies;
        this.signals = new ReportSignals(standard.problemWords());
    }

    public Recognition recognize(String message) {
        String text = TextNormalizer.normalize(message);
        String bare = Words.bare(text);
        if (bare.isEmpty()) {
            return Recognition.of(text.contains("?") ? Intent.HELP : Intent.UNKNOWN);
        }
        Classification classification = classifier.byPhrases(text);
        boolean emergency = emergencies.detect(text).isPresent();
        boolean problem = emergency || signals.looksLikeProblem(text, classification);
        return commands.worker(text)
                .or(() -> commands.volunteer(bare, problem))
                .or(() -> commands.control(bare))
                .or(() -> commands.myReports(text))
                .or(() -> registration(bare, problem))
                .or(() -> commands.rating(bare, problem))
                .or(() -> report(text, classification, emergency))
                .orElseGet(() -> Recognition.of(Words.anyIn(bare, HELP) ? Intent.HELP : Intent.UNKNOWN));
    }

    private static Optional<Recognition> registration(String bare, boolean problem) {
        boolean said = Words.anyIn(bare, REGISTRATION) || ORIGIN.matcher(bare).find();
        return said && !problem ? Optional.of(Recognition.of(Intent.REGISTRATION)) : Optional.empty();
    }

    private Optional<Recognition> report(String text, Classification classification, boolean emergency) {
        return signals.isReport(text, classification, emergency) ? Optional.of(Recognition.of(Intent.REPORT))
                : Optional.empty();
    }
}
