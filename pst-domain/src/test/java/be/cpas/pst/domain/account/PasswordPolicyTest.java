package be.cpas.pst.domain.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.pst.domain.shared.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The passwords an attacker tries first are refused, as the estimator measures them; long phrases of a person's own
 * are accepted.
 */
class PasswordPolicyTest {

    private static final String ORGANISATION = "CPAS de La Bruyère";

    @ParameterizedTest
    @ValueSource(strings = {"Motdepasse2025", "Password2025!", "Azerty123456", "123123123123", "abcabcabcabc",
            "qwertyuiop12", "Cpas2025Cpas", "Bienvenue2027", "AZERTYUIOP!!", "999888777666", "Admin-2026-01",
            "Soleil-Soleil-1", "Septembre2026!", "01/02/1985-Liege", "Charleroi12345"})
    void commonPatternsAreRefused(String password) {
        assertRefused("agent", null, password, "password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LaBruyere2025", "labruyère-2026!"})
    void theOrganisationsNameIsRefused(String password) {
        assertRefused("agent", null, password, "password.containsOrganisation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"le chat dort sur le radiateur", "une phrase de passe", "un long mot de passe",
            "Tr0mpette-du-jeudi", "7 vaches mangent 3 pommes"})
    void phrasesOfOnesOwnAreAccepted(String password) {
        assertThatCode(() -> PasswordPolicy.check("agent", password, ORGANISATION)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dupont-Marie-1974", "marie.dupont.2026", "Dupont-et-ses-chats"})
    void thePersonsOwnNameIsRefused(String password) {
        assertRefused("mdupont", "Marie Dupont", password, "password.containsName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent-agent-2026", "Mon-identifiant-AGENT"})
    void theUsernameIsRefused(String password) {
        assertRefused("agent", null, password, "password.containsUsername");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "court", "onze-signes"})
    void aShortPasswordIsRefused(String password) {
        assertRefused("agent", null, password, "password.tooShort");
    }

    private static void assertRefused(String username, String personName, String password, String messageKey) {
        assertThatThrownBy(() -> PasswordPolicy.check(username, personName, password, ORGANISATION))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo(messageKey);
    }
}
