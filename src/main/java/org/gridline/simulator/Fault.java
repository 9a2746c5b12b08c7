package org.gridline.simulator;

import org.gridline.platform.error.DomainException;

import java.math.BigDecimal;

/**
 * The simulated platform's injected failures: {@code percent} of message calls (0–100, as typed on the page: 30 means
 * 30 %) are answered with {@code errcode}. Zero percent is no failure at all.
 */
public record Fault(int errcode, double percent, String description) {
    /** What the platform answers when busy; the default errcode of a fault. */
    static final int BUSY = -1;
    static final Fault NONE = of(BUSY, 0.0);

    /**
     * The fault asked for, as typed: {@code percent} "30", "30%" or 30 (from 0 to 100), {@code errcode} an integer
     * (-1 when absent); or a 400 that says what is wrong with it. "NaN" and "Infinity" are refused by the range.
     */
    static Fault of(String errcode, String percent) {
        if (percent == null || percent.isBlank()) {
            throw DomainException.badRequest("missing-percent",
                    "Give percent: the share of platform calls to fail, from 0 to 100 (30 means 30%)");
        }
        double share = parsePercent(percent);
        int code = parseErrcode(errcode);
        if (code == 0 && share > 0) {
            throw DomainException.badRequest("invalid-errcode",
                    "errcode 0 means success; choose the errcode calls fail with, e.g. -1 (busy) or 45009 (quota)");
        }
        String description = share == 0 ? "No platform call fails"
                : number(share) + "% of platform calls fail with errcode " + code;
        return new Fault(code, share, description);
    }

    static Fault of(int errcode, double percent) {
        return of(Integer.toString(errcode), Double.toString(percent));
    }

    private static double parsePercent(String typed) {
        String text = typed.strip();
        text = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw DomainException.badRequest("invalid-percent",
                "percent is the share of platform calls to fail, from 0 to 100 (30 means 30%); got " + typed);
    }

    private static int parseErrcode(String typed) {
        if (typed == null || typed.isBlank()) {
            return BUSY;
        }
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException notAnInteger) {
            throw DomainException.badRequest("invalid-errcode",
                    "errcode is the platform's error number calls fail with, e.g. -1 (busy); got " + typed);
        }
    }

    /** Whether this call fails, given a uniform random number in [0, 1). */
    boolean fails(double random) {
        return random * 100 < percent;
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
