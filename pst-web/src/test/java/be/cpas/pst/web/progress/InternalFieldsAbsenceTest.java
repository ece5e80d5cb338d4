package be.cpas.pst.web.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.cpas.pst.domain.progress.WorkFollowUp;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What a council member may not see is not in what the pages are given: a marker planted in every internal field of
 * an action (its internal note, a budget line's internal comment, a monthly comment of the journal) appears on none
 * of the pages and exports a conseiller can open, and the fiche's record built for a conseiller does not hold it;
 * the staff still read it.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class InternalFieldsAbsenceTest {

    private static final String NOTE = "MARQUEUR-NOTE-INTERNE";
    private static final String BUDGET_COMMENT = "MARQUEUR-COMMENTAIRE-BUDGET";
    private static final String JOURNAL_COMMENT = "MARQUEUR-COMMENTAIRE-SUIVI";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private long planId;
    private long actionId;

    @BeforeEach
    void plantMarkers() {
        planId = jdbc.sql("select min(id) from plan where status = 'ADOPTED'").query(Long.class).single();
        // an action with a recorded history (another test may leave an action inserted by SQL, without any)
        actionId = jdbc.sql("""
                select max(n.id) from plan_node n where n.plan_id = ? and n.kind = 'ACTION'
                and exists (select 1 from audit_event a where a.node_id = n.id)""").param(planId)
                .query(Long.class).single();
        jdbc.sql("update plan_node set internal_note = ? where id = ?").param(NOTE).param(actionId).update();
        jdbc.sql("insert into budget_line (node_id, position, amount_min, comment) values (?, 97, 1200, ?)")
                .param(actionId).param(BUDGET_COMMENT).update();
        jdbc.sql("""
                insert into progress_entry (node_id, recorded_on, recorded_at, author, progress_percent, comment)
                values (?, current_date, now(), 'Agent du test', 10, ?)""").param(actionId).param(JOURNAL_COMMENT)
                .update();
    }

    @Test
    void noPageOrExportACouncilMemberOpensHoldsAnInternalField() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/", "/plans", "/plans/" + planId,
                "/plans/" + planId + "/elements/" + actionId, "/mes-actions", "/tableau-de-bord",
                "/plans/" + planId + "/tableau-de-bord", "/plans/" + planId + "/tableau-de-bord/indicateurs",
                "/plans/" + planId + "/tableau-de-bord/indicateurs.csv"));
        for (String key : List.of("all", "late", "stale", "dueSoon", "stopped")) {
            paths.add("/plans/" + planId + "/tableau-de-bord/liste/" + key);
            paths.add("/plans/" + planId + "/tableau-de-bord/liste/" + key + ".csv");
        }
        jdbc.sql("select id from plan_node where plan_id = ? and kind <> 'ACTION'").param(planId).query(Long.class)
                .list().forEach(id -> paths.add("/plans/" + planId + "/elements/" + id));
        int read = 0;
        for (String path : paths) {
            MockHttpServletResponse response = get(path, "conseiller");
            if (response.getStatus() == 302) {
                response = get(response.getRedirectedUrl(), "conseiller");
            }
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(path)
                    .doesNotContain(NOTE, BUDGET_COMMENT, JOURNAL_COMMENT);
            read++;
        }
        String workbook = cells(get("/plans/" + planId + "/tableau-de-bord/liste/all.xlsx", "conseiller"));
        assertThat(workbook).contains("Action").doesNotContain(NOTE, BUDGET_COMMENT, JOURNAL_COMMENT);
        assertThat(read).isGreaterThan(15);
    }

    @Test
    void theFicheBuiltForACouncilMemberDoesNotHoldTheInternalFields() throws Exception {
        WorkFollowUp.Fiche fiche = fiche("conseiller");

        assertThat(fiche.element().internalNote()).isNull();
        assertThat(fiche.element().budgetLines()).isNotEmpty().allMatch(line -> line.comment() == null);
        assertThat(fiche.journal()).isNotEmpty().allMatch(entry -> entry.comment() == null);
        assertThat(fiche.history()).isEmpty();
        assertThat(fiche.may().editFiche()).isFalse();
    }

    @Test
    void theStaffStillReadTheInternalFields() throws Exception {
        WorkFollowUp.Fiche fiche = fiche("dg");

        assertThat(fiche.element().internalNote()).isEqualTo(NOTE);
        assertThat(fiche.element().budgetLines()).anyMatch(line -> BUDGET_COMMENT.equals(line.comment()));
        assertThat(fiche.journal()).anyMatch(entry -> JOURNAL_COMMENT.equals(entry.comment()));
        assertThat(fiche.history()).as("the latest changes; the audit page has them all").isNotEmpty()
                .hasSizeLessThanOrEqualTo(10);
        assertThat(get("/plans/" + planId + "/elements/" + actionId, "agent").getContentAsString(
                StandardCharsets.UTF_8)).contains(NOTE, BUDGET_COMMENT, JOURNAL_COMMENT);
    }

    private WorkFollowUp.Fiche fiche(String username) throws Exception {
        return (WorkFollowUp.Fiche) mvc.perform(MockMvcRequestBuilders.get("/plans/" + planId + "/elements/"
                + actionId).with(user(users.loadUserByUsername(username)))).andReturn().getModelAndView()
                .getModel().get("fiche");
    }

    private MockHttpServletResponse get(String path, String username) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(users.loadUserByUsername(username))))
                .andReturn().getResponse();
    }

    private static String cells(MockHttpServletResponse response) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell).append('\t');
                    }
                }
            }
        }
        return text.toString();
    }
}
