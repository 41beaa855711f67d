package org.jinguo.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource({
            "mei, Ab1!, password.tooShort",
            "mei, abcdefgh, password.tooSimple",
            "mei, abcdefg1, password.tooSimple",
            "mei, ABCDEFG1, password.tooSimple",
            "mei, abcdEFGH, password.tooSimple",
            "guanyinqiao, Guanyinqiao1!, password.containsUsername",
            "guanyinqiao, xxGUANYINQIAO9x, password.containsUsername",
            "mei, Abcd1234, password.common",
            "mei, Password1, password.common",
            "mei, P@ssw0rd, password.common",
            "mei, 1qaz2WSX, password.common",
            "mei, Jinguo@2026, password.containsProductName",
            "mei, 巾帼Abc12345, password.containsProductName"
    })
    void refuses(String user, String password, String expectedKey) {
        assertEquals(Optional.of(expectedKey), PasswordPolicy.violation(user, password));
    }

    @ParameterizedTest
    @CsvSource({"mei, Abcdefg1!", "mei, abcdefg1!", "mei, 江北Abc12345", "mei, ABCD-1234"})
    void accepts(String user, String password) {
        assertTrue(PasswordPolicy.violation(user, password).isEmpty(), password);
    }

    @ParameterizedTest
    @CsvSource({"aaaa, 1", "aA, 2", "aA1, 3", "aA1!, 4", "汉字1, 2"})
    void countsCharacterClasses(String password, int expected) {
        assertEquals(expected, PasswordPolicy.classes(password));
    }
}
