package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The plan page narrowed by a search and by filters that stay in the address. */
class PlanFilterBrowserTest extends BrowserTestSupport {

    private static final String DEMO_PLAN = "(select id from plan where title = 'Programme Stratégique Transversal 2025-2030')";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSearchAndTheLateFilterNarrowTheTreeAndStayInTheAddress() {
        long planId = jdbc.sql("select " + DEMO_PLAN).query(Long.class).single();
        String title = jdbc.sql("select title from plan_node where plan_id = " + DEMO_PLAN
                + " and kind = 'ACTION' order by id limit 1").query(String.class).single();
        String word = java.util.Arrays.stream(title.split("[\\s,’'()]+")).filter(w -> w.length() >= 8).findFirst()
                .orElseThrow();
        long titlesWithWord = jdbc.sql("select count(*) from plan_node where plan_id = " + DEMO_PLAN
                + " and kind = 'ACTION' and (lower(title) like lower(?) or lower(coalesce(description, '')) like lower(?))")
                .param("%" + word + "%").param("%" + word + "%").query(Long.class).single();
        signInAs("agent");
        visit("/plans/" + planId);
        int allActions = page.locator(".tree__node--action").count();

        // typed without its accents and in capitals, the word is still found
        String typed = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(java.util.Locale.ROOT);
        page.getByLabel("Rechercher dans les intitulés et descriptions").fill(typed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
        assertThat(page).hasURL(Pattern.compile(".*[?&]q=.*"));
        assertThat(page.locator(".tree__node--action").filter(new Locator.FilterOptions().setHasText(title)))
                .hasCount(1);
        org.assertj.core.api.Assertions.assertThat(page.locator(".tree__node--action").count())
                .isGreaterThanOrEqualTo((int) titlesWithWord).isLessThan(allActions);
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Éléments correspondants");
        assertAccessible();

        page.navigate("/plans/" + planId + "?retard=true");
        Locator shown = page.locator(".tree__node--action");
        org.assertj.core.api.Assertions.assertThat(shown.count()).isPositive().isLessThan(allActions);
        org.assertj.core.api.Assertions.assertThat(shown.locator(".badge--late").count()).isEqualTo(shown.count());
        assertThat(page.getByLabel("En retard", new Page.GetByLabelOptions().setExact(true))).isChecked();
        assertAccessible();
    }
}
