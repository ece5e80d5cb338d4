package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.account.AccountRepository;
import be.cpas.pst.persistence.planfile.PlanImporter;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A wrong measured value is put right by the person who measured it (or the DG): corrected with a reason, or
 * withdrawn after a page that says what will happen; the history keeps the old value, the new one and the reason.
 * Someone else's value offers nothing to an agent.
 */
class IndicatorCorrectionBrowserTest extends BrowserTestSupport {

    @Autowired
    PlanImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    private long planId;
    private long actionId;
    private long mine;
    private long theirs;
    private String agent;

    /** A plan of its own whose action is followed by an agent of its own, with two values: the agent's and another's. */
    @BeforeEach
    void plan() {
        agent = "mesure-" + System.nanoTime();
        Account account = accounts.save(new Account(agent, "Agent qui mesure", passwordEncoder.encode("demo"),
                EnumSet.of(Role.AGENT)));
        planId = importer.importPlan("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "PST des mesures", "debut": 2025, "fin": 2030, "statut": "adopte"},
                 "vocabulaires": {"etats": [{"libelle": "En cours", "categorie": "en-cours"}],
                                  "personnes": [{"nom": "Agent qui mesure"}]},
                 "objectifs": [{"code": "1", "intitule": "OS", "objectifsOperationnels": [
                   {"code": "1.1", "intitule": "OO", "actions": [
                     {"code": "1.1.1", "intitule": "Permanences sociales", "etat": "En cours",
                      "responsable": "Agent qui mesure",
                      "indicateurs": [{"nom": "Permanences tenues", "unite": "permanences", "sens": "hausse",
                                       "cible": {"valeur": 40, "date": "2030-12-31"}}]}]}]}]}
                """.getBytes(StandardCharsets.UTF_8)).planId();
        actionId = jdbc.sql("select id from plan_node where plan_id = ? and code = '1.1.1'").param(planId)
                .query(Long.class).single();
        jdbc.sql("update person set account_id = ? where plan_id = ?").param(account.getId()).param(planId).update();
        long indicator = jdbc.sql("select id from indicator where node_id = ?").param(actionId).query(Long.class)
                .single();
        theirs = value(indicator, "2026-06-30", "9", "Autre personne", null);
        mine = value(indicator, "2026-09-30", "4", "Agent qui mesure", account.getId());
    }

    private long value(long indicator, String on, String value, String author, Long account) {
        return jdbc.sql("""
                insert into indicator_value (indicator_id, measured_on, measured_value, author, author_account_id,
                    recorded_at) values (?, cast(? as date), ?, ?, ?, now()) returning id""")
                .params(indicator, on, new BigDecimal(value), author, account).query(Long.class).single();
    }

    private String stored(long valueId) {
        return jdbc.sql("select measured_on || ' ' || measured_value from indicator_value where id = ?")
                .param(valueId).query(String.class).optional().orElse("retirée");
    }

    @Test
    void theAgentCorrectsHisOwnValueWithAReasonAndTheHistoryKeepsIt() {
        signInAs(agent);
        visit("/plans/" + planId + "/elements/" + actionId);
        assertThat(page.locator("#indicateurs tbody tr")).hasCount(2);
        assertThat(page.locator("#indicateurs a:has-text('Corriger')")).hasCount(1);
        page.locator("#indicateurs a:has-text('Corriger')").click();

        assertThat(page.locator("h1")).hasText("Corriger une valeur de « Permanences tenues »");
        assertAccessible();
        page.getByLabel("Valeur (en permanences)").fill("14");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la correction")).click();
        assertThat(page.locator("#reason-erreur")).containsText("Dites pourquoi");
        org.assertj.core.api.Assertions.assertThat(stored(mine)).as("nothing saved").isEqualTo("2026-09-30 4.00");

        page.locator("#reason").fill("Le chiffre du trimestre, pas celui du mois");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la correction")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("La valeur a été corrigée");
        org.assertj.core.api.Assertions.assertThat(stored(mine)).isEqualTo("2026-09-30 14.00");
        assertThat(page.locator("section:has(h2:has-text('Historique des modifications'))"))
                .containsText("Le chiffre du trimestre, pas celui du mois");
        screenshot("indicator-value-corrected");

        // the other person's value: nothing to correct for this agent, and its page is refused
        visit("/plans/" + planId + "/elements/" + actionId + "/indicateurs/"
                + jdbc.sql("select indicator_id from indicator_value where id = ?").param(theirs).query(Long.class)
                        .single() + "/valeurs/" + theirs, 403);
        assertThat(page.locator("h1")).containsText("Accès refusé");
    }

    @Test
    void theDgWithdrawsAValueAfterAPageThatSaysWhatHappens() {
        signInAs("dg");
        visit("/plans/" + planId + "/elements/" + actionId);
        assertThat(page.locator("#indicateurs a:has-text('Corriger')")).hasCount(2);
        page.locator("#indicateurs tr:has-text('30/06/2026') a").click();
        assertThat(page.locator("#titre-retirer")).hasText("Retirer cette valeur");
        assertThat(page.locator(".card--danger")).containsText("disparaît des graphiques");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retirer définitivement cette valeur"))
                .click();
        assertThat(page.locator("#withdraw-reason-erreur")).containsText("Dites pourquoi");
        org.assertj.core.api.Assertions.assertThat(stored(theirs)).isEqualTo("2026-06-30 9.00");

        page.locator("#withdraw-reason").fill("Compté deux fois");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retirer définitivement cette valeur"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("La valeur a été retirée");
        org.assertj.core.api.Assertions.assertThat(stored(theirs)).isEqualTo("retirée");
        assertThat(page.locator("#indicateurs tbody tr")).hasCount(1);
        assertAccessible();
    }
}
