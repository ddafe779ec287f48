package io.crossflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final CommonPasswords COMMON = CommonPasswords.load();
    private final PasswordPolicy policy = new PasswordPolicy(12, COMMON);

    @Test
    void aLongPasswordOfUnrelatedWordsIsGood() {
        assertThat(policy.problem("copper-meadow-88-quiet", "li.wei", "li.wei@hd.cn"))
                .isEmpty();
    }

    @Test
    void shortAndEmptyPasswordsAreRefusedCountingCharactersNotBytes() {
        assertThat(policy.problem("short", "li.wei", null)).contains("Use at least 12 characters.");
        assertThat(policy.problem("", "li.wei", null)).contains("This field is required.");
        assertThat(policy.problem("铜草地安静的河流十一个字", "li.wei", null))
                .as("12 Chinese characters are 12 characters")
                .isEmpty();
        assertThat(policy.problem("x".repeat(201), "li.wei", null)).contains("Use at most 200 characters.");
    }

    @Test
    void thePasswordNeverContainsTheUserNameOrAddressWhateverTheCase() {
        assertThat(policy.problem("My-Li.Wei-password", "li.wei", null))
                .contains("The password must not contain the username or e-mail address.");
        assertThat(policy.problem("x-LI.WEI@HD.CN-2026", "someone", "li.wei@hd.cn"))
                .contains("The password must not contain the username or e-mail address.");
    }

    @Test
    void theTenThousandMostCommonPasswordsAreRefusedWhateverTheCase() {
        assertThat(COMMON.size()).isEqualTo(10_000);
        // long enough for the length rule, yet among the most common ones
        assertThat(policy.problem("qwerty123456", "li.wei", null)).contains(PasswordPolicy.COMMON);
        assertThat(policy.problem("1qaz2wsx3edc", "li.wei", null)).contains(PasswordPolicy.COMMON);
        assertThat(policy.problem("LeaveMeAlone", "li.wei", null)).contains(PasswordPolicy.COMMON);
        assertThat(policy.problem("leavemealone-harbour", "li.wei", null))
                .as("only the whole password counts")
                .isEmpty();
    }

    @Test
    void theMinimumLengthIsConfigurableAndCommonPasswordsStayRefusedBelowTwelve() {
        PasswordPolicy eight = new PasswordPolicy(8, COMMON);
        assertThat(eight.problem("short", "li.wei", null)).contains("Use at least 8 characters.");
        assertThat(eight.problem("kettle-9", "li.wei", null)).isEmpty();
        assertThat(eight.problem("password", "li.wei", null)).contains(PasswordPolicy.COMMON);
        assertThat(eight.problem("iloveyou", "li.wei", null)).contains(PasswordPolicy.COMMON);
        assertThat(eight.problem("PASSWORD1", "li.wei", null)).contains(PasswordPolicy.COMMON);
        assertThat(new PasswordPolicy(16, COMMON).problem("copper-meadow-88", "li.wei", null))
                .isEmpty();
        assertThat(new PasswordPolicy(16, COMMON).problem("copper-meadow-8", "li.wei", null))
                .contains("Use at least 16 characters.");
        assertThatThrownBy(() -> new PasswordPolicy(0, COMMON)).isInstanceOf(IllegalArgumentException.class);
    }
}
