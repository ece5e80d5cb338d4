package be.cpas.pst.web.browser;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The working pages stay readable on a phone: nothing wider than the screen, and accessible. */
class PhoneBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDgsWorkingPagesFitAPhoneScreen() {
        long nodeId = jdbc.sql("""
                select min(n.id) from plan_node n join plan p on p.id = n.plan_id
                where n.kind = 'ACTION' and p.title = 'Programme Stratégique Transversal 2025-2030'""")
                .query(Long.class).single();
        long planId = jdbc.sql("select plan_id from plan_node where id = ?").param(nodeId).query(Long.class).single();
        page.setViewportSize(375, 740);
        signInAs("dg");
        String fiche = "/plans/" + planId + "/elements/" + nodeId;
        // the demo's evaluation presented to the council: its report holds the widest tables
        String evaluation = "/plans/" + planId + "/evaluations/" + jdbc.sql("""
                select min(id) from evaluation where plan_id = ? and status in ('PRESENTED', 'PUBLISHED')""")
                .param(planId).query(Long.class).single();
        List<String> tooWide = new ArrayList<>();
        for (String path : List.of("/mes-actions", "/plans/" + planId, fiche, fiche + "/modifier",
                fiche + "/structure", fiche + "/budget", fiche + "/indicateurs", "/plans/" + planId + "/vocabulaires",
                "/plans/" + planId + "/contexte", "/plans/" + planId + "/tableau-de-bord",
                "/plans/" + planId + "/tableau-de-bord/liste/all", "/plans/" + planId + "/evaluations",
                evaluation, evaluation + "/rapport", evaluation + "/elements/" + nodeId,
                "/plans/" + planId + "/suivi-financier/rapport")) {
            visit(path);
            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
            if (Boolean.TRUE.equals(overflow)) {
                tooWide.add(path + " (" + page.evaluate("document.documentElement.scrollWidth") + " px)");
            }
        }
        org.assertj.core.api.Assertions.assertThat(tooWide).as("pages wider than a 375 px screen").isEmpty();
    }

    @Test
    void theHeaderHoldsOnOneLineOnALaptopScreen() {
        // the DG has the longest menu and name; 1,280 px is the narrowest laptop screen of a CPAS office
        page.setViewportSize(1280, 800);
        signInAs("dg");
        visit("/mes-actions");
        com.microsoft.playwright.options.BoundingBox menu = page.locator(".main-nav").boundingBox();
        com.microsoft.playwright.options.BoundingBox person = page.locator(".user-menu").boundingBox();
        org.assertj.core.api.Assertions.assertThat(person.y).as("the signed-in person beside the menu, not below it")
                .isLessThan(menu.y + menu.height);
        org.assertj.core.api.Assertions.assertThat(page.locator(".site-header").boundingBox().height).isLessThan(80);
    }
}
