package be.cpas.pst.domain.account;

import be.cpas.pst.domain.shared.RuleViolation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;

/**
 * What makes an acceptable password: at least {@value #MIN_LENGTH} characters; not guessable, as the nbvcxz estimator
 * measures it (at least {@value #MIN_ENTROPY} bits once dictionary words — English and common passwords, names, and
 * the French words and passwords of {@code security/} — keyboard rows, sequences, repetitions and dates are counted as
 * the few guesses they cost an attacker); not the username, the person's own name nor the organisation's.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Bits of entropy the estimator must find: "une phrase de passe" has 55, "Password2025!" 12. */
    static final double MIN_ENTROPY = 40;
    /** Words of names shorter than this are not looked for (an initial, "de", "du"). */
    private static final int MIN_NAME_WORD = 4;
    private static final Map<String, Integer> FRENCH = load("/security/french-words.txt",
            "/security/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy, with the French message key of the first rule broken. */
    public static void check(String username, String password) {
        check(username, null, password, null);
    }

    /**
     * Refuses a password that breaks the policy, with the French message key of the first rule broken.
     *
     * @param organisation the organisation's name, which a password may not contain ({@code null}: unknown)
     */
    public static void check(String username, String password, String organisation) {
        check(username, null, password, organisation);
    }

    /**
     * Refuses a password that breaks the policy, with the French message key of the first rule broken.
     *
     * @param personName   the account's display name, whose words a password may not contain ({@code null}: none)
     * @param organisation the organisation's name, which a password may not contain ({@code null}: unknown)
     */
    public static void check(String username, String personName, String password, String organisation) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolation("password.tooShort", "Password shorter than " + MIN_LENGTH, MIN_LENGTH);
        }
        String letters = letters(password);
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new RuleViolation("password.containsUsername", "Password contains the username");
        }
        String organisationName = organisationWords(organisation);
        if (organisationName.length() >= MIN_NAME_WORD && letters.contains(organisationName)) {
            throw new RuleViolation("password.containsOrganisation", "Password contains the organisation's name");
        }
        if (words(personName).anyMatch(letters::contains)) {
            throw new RuleViolation("password.containsName", "Password contains the person's name");
        }
        if (!estimator(username, personName, organisationName).estimate(password).isMinimumEntropyMet()) {
            throw new RuleViolation("password.common", "Password too easy to guess");
        }
    }

    /** The estimator with its own dictionaries, the French words, and this person's and organisation's names. */
    private static Nbvcxz estimator(String username, String personName, String organisationName) {
        Map<String, Integer> own = new HashMap<>();
        Stream.concat(Stream.concat(words(username), words(personName)), words(organisationName))
                .forEach(word -> own.putIfAbsent(word, own.size() + 1));
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(new Dictionary("french", FRENCH, false));
        if (!own.isEmpty()) {
            dictionaries.add(new Dictionary("own", own, false));
        }
        return new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).setMinimumEntropy(MIN_ENTROPY)
                .createConfiguration());
    }

    /** The organisation's name as one word, without "CPAS de": "CPAS de La Bruyère" gives "labruyere". */
    private static String organisationWords(String organisation) {
        return organisation == null ? "" : letters(organisation).replaceFirst("^cpas(de|du|des|d)?", "");
    }

    /** The words of a name long enough to matter, lower case, without accents. */
    private static Stream<String> words(String name) {
        if (name == null) {
            return Stream.empty();
        }
        return Stream.of(name.split("[^\\p{L}]+")).map(PasswordPolicy::letters)
                .filter(word -> word.length() >= MIN_NAME_WORD);
    }

    /** The letters of a text, lower case, without accents. */
    private static String letters(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
    }

    /** The words of the given lists, ranked in their order (the first is the most common). */
    private static Map<String, Integer> load(String... resources) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (String resource : resources) {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing");
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT).replaceAll("\\s+", ""))
                        .forEach(word -> ranks.putIfAbsent(word, ranks.size() + 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(ranks);
    }
}
