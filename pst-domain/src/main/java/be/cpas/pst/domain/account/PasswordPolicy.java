package be.cpas.pst.domain.account;

import be.cpas.pst.domain.shared.RuleViolation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What makes an acceptable password: at least 12 characters, not a common one, not the username. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy, with the French message key of the first rule broken. */
    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolation("password.tooShort", "Password shorter than " + MIN_LENGTH, MIN_LENGTH);
        }
        String simplified = simplify(password);
        if (COMMON.contains(simplified) || simplified.chars().distinct().count() <= 2) {
            throw new RuleViolation("password.common", "Password too common");
        }
        if (username != null && simplified.contains(simplify(username))) {
            throw new RuleViolation("password.containsUsername", "Password contains the username");
        }
    }

    private static String simplify(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordPolicy::simplify).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
