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

/**
 * What makes an acceptable password: at least 12 characters; not a common one, nor a common word, keyboard row or
 * alphabet run with digits or signs around it ("Motdepasse2025", "Azerty123456", "qwertyuiop12"); not a short unit
 * repeated ("123123123123", "Cpas2025Cpas"); not the username, nor the name of the organisation.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Words that make a password guessable once digits and signs are taken away. */
    private static final Set<String> COMMON_WORDS = Set.of("motdepasse", "monmotdepasse", "password", "passw", "azerty",
            "qwerty", "cpas", "admin", "administrateur", "administrator", "bienvenue", "welcome", "bonjour", "soleil",
            "secret", "changezmoi", "changeme", "letmein", "iloveyou", "jetaime", "demo", "test", "belgique",
            "wallonie", "commune", "utilisateur", "user");
    /** Rows of the Belgian and English keyboards, and the alphabet. */
    private static final java.util.List<String> RUNS = java.util.List.of("azertyuiop", "qsdfghjklm", "wxcvbn",
            "qwertyuiop", "asdfghjkl", "zxcvbnm", "abcdefghijklmnopqrstuvwxyz");

    /** Refuses a password that breaks the policy, with the French message key of the first rule broken. */
    public static void check(String username, String password) {
        check(username, password, null);
    }

    /**
     * Refuses a password that breaks the policy, with the French message key of the first rule broken.
     *
     * @param organisation the organisation's name, which a password may not contain ({@code null}: unknown)
     */
    public static void check(String username, String password, String organisation) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolation("password.tooShort", "Password shorter than " + MIN_LENGTH, MIN_LENGTH);
        }
        String simplified = simplify(password);
        if (COMMON.contains(simplified) || simplified.chars().distinct().count() <= 2 || repeated(simplified)
                || guessableLetters(letters(password))) {
            throw new RuleViolation("password.common", "Password too common");
        }
        if (username != null && simplified.contains(simplify(username))) {
            throw new RuleViolation("password.containsUsername", "Password contains the username");
        }
        String name = organisation == null ? "" : letters(organisation).replaceFirst("^cpas(de|du|des|d)?", "");
        if (name.length() >= 4 && letters(password).contains(name)) {
            throw new RuleViolation("password.containsOrganisation", "Password contains the organisation's name");
        }
    }

    /** A unit of at most four characters repeated: "123123123123", "abcabcabcabc". */
    private static boolean repeated(String text) {
        for (int unit = 1; unit <= 4; unit++) {
            if (text.length() % unit == 0 && text.substring(0, unit).repeat(text.length() / unit).equals(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The letters of a password, once digits and signs are taken away, are a common word (or one repeated: "cpascpas"),
     * or a run of a keyboard row or the alphabet: the digits and signs around them add little.
     */
    private static boolean guessableLetters(String letters) {
        if (letters.isEmpty()) {
            return true;
        }
        String unit = letters;
        for (int length = 1; length <= letters.length() / 2; length++) {
            if (letters.length() % length == 0
                    && letters.substring(0, length).repeat(letters.length() / length).equals(letters)) {
                unit = letters.substring(0, length);
                break;
            }
        }
        if (COMMON_WORDS.contains(unit)) {
            return true;
        }
        String candidate = unit;
        return unit.length() >= 3 && RUNS.stream().anyMatch(run -> run.contains(candidate));
    }

    /** The letters of a text, lower case, without accents. */
    private static String letters(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
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
