package io.crossflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongPasswordOfUnrelatedWordsIsGood() {
        assertThat(PasswordPolicy.problem("copper-meadow-88-quiet", "li.wei", "li.wei@hd.cn"))
                .isEmpty();
    }

    @Test
    void shortAndEmptyPasswordsAreRefusedCountingCharactersNotBytes() {
        assertThat(PasswordPolicy.problem("short", "li.wei", null)).contains("Use at least 12 characters.");
        assertThat(PasswordPolicy.problem("", "li.wei", null)).contains("This field is required.");
        assertThat(PasswordPolicy.problem("铜草地安静的河流十一个字", "li.wei", null))
                .as("12 Chinese characters are 12 characters")
                .isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(201), "li.wei", null)).contains("Use at most 200 characters.");
    }

    @Test
    void thePasswordNeverContainsTheUserNameOrAddressWhateverTheCase() {
        assertThat(PasswordPolicy.problem("My-Li.Wei-password", "li.wei", null))
                .contains("The password must not contain the username or e-mail address.");
        assertThat(PasswordPolicy.problem("x-LI.WEI@HD.CN-2026", "someone", "li.wei@hd.cn"))
                .contains("The password must not contain the username or e-mail address.");
    }
}
