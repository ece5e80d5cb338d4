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
        List<String> tooWide = new ArrayList<>();
        for (String path : List.of("/mes-actions", "/plans/" + planId, fiche, fiche + "/modifier",
                fiche + "/structure", fiche + "/budget", fiche + "/indicateurs", "/plans/" + planId + "/vocabulaires",
                "/plans/" + planId + "/contexte", "/plans/" + planId + "/tableau-de-bord",
                "/plans/" + planId + "/tableau-de-bord/liste/all")) {
            visit(path);
            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
            if (Boolean.TRUE.equals(overflow)) {
                tooWide.add(path + " (" + page.evaluate("document.documentElement.scrollWidth") + " px)");
            }
        }
        org.assertj.core.api.Assertions.assertThat(tooWide).as("pages wider than a 375 px screen").isEmpty();
    }
}
