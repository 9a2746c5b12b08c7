package org.gridline.auth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class PasswordPolicyTest {

    @ParameterizedTest(name = "[{1}] for {0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "zhang.wei | short-one         | at least 12",
            "zhang.wei | aaaaaaaaaaaa      | too few different",
            "zhang.wei | abababababababab  | too few different",
            "zhang.wei | abc123abc123      | repetition",
            "zhang.wei | 1234567890123     | repetition",
            "zhang.wei | abcdefghijklm     | repetition",
            "zhang.wei | qwertyuiop12      | most common",
            "zhang.wei | QWERTYUIOP!!      | most common",
            "zhang.wei | !QAZWSXEDCRFV$   | repetition",
            "zhang.wei | 87654321zyxwv     | repetition",
            "zhang.wei | asdfghjkl;'1      | most common",
            "zhang.wei | Password2026!     | most common",
            "zhang.wei | P@ssw0rd12345     | most common",
            "zhang.wei | admin@123456      | most common",
            "zhang.wei | woaini1314520     | most common",
            "zhang.wei | 1qaz2wsx3edc      | most common",
            "zhang.wei | Zhang.Wei-2026!   | username",
            "zhang.wei | 我的密码我的密码我的密码我的密码我的密码我的密码我的密码我的密码我的密码 | 72 bytes",
            "zhang.wei | xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | 72 bytes",
            "zhang.wei | correct-horse-battery | ",
            "zhang.wei | Xk9#mP2$vL7q      | ",
            "zhang.wei | my-dog-1234-eats  | ",
            "zhang.wei | 网格长说这个密码够长了吧| ",
            "leader-cs-01 | leader-password-for-tests | "})
    void refusesWeakPasswordsWithAReason(String username, String password, String reason) {
        Optional<String> refusal = PasswordPolicy.refusal(username, password);
        if (reason == null) {
            assertEquals(Optional.empty(), refusal);
        } else {
            assertTrue(refusal.isPresent(), password);
            assertTrue(refusal.get().contains(reason), refusal.get());
        }
    }

    @ParameterizedTest
    @CsvSource({"AAAAAAAAAAAAAAAAAAAAAAAA", "ABCDEFGHJKLMNPQR"})
    void generatedPasswordsAreNeverRefusedUnlessDegenerate(String degenerate) {
        assertTrue(PasswordPolicy.refusal("admin", degenerate).isPresent());
        for (int i = 0; i < 200; i++) {
            String generated = AdminBootstrap.generate();
            assertEquals(Optional.empty(), PasswordPolicy.refusal("admin", generated), generated);
        }
    }
}
