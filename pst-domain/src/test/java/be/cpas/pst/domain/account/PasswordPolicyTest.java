package be.cpas.pst.domain.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.pst.domain.shared.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The passwords an attacker tries first are refused; long phrases of a person's own are accepted. */
class PasswordPolicyTest {

    private static final String ORGANISATION = "CPAS de La Bruyère";

    @ParameterizedTest
    @ValueSource(strings = {"Motdepasse2025", "Password2025!", "Azerty123456", "123123123123", "abcabcabcabc",
            "qwertyuiop12", "Cpas2025Cpas", "Bienvenue2027", "AZERTYUIOP!!", "999888777666", "Admin-2026-01"})
    void commonPatternsAreRefused(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check("agent", password, ORGANISATION))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LaBruyere2025", "labruyère-2026!"})
    void theOrganisationsNameIsRefused(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check("agent", password, ORGANISATION))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("password.containsOrganisation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"le chat dort sur le radiateur", "une phrase de passe", "un long mot de passe",
            "Tr0mpette-du-jeudi", "7 vaches mangent 3 pommes"})
    void phrasesOfOnesOwnAreAccepted(String password) {
        assertThatCode(() -> PasswordPolicy.check("agent", password, ORGANISATION)).doesNotThrowAnyException();
    }
}
