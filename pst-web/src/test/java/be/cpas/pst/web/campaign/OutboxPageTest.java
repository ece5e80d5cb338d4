package be.cpas.pst.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * In demonstration no mail server is configured: the demo campaign's invitations are kept in the outbox, one per
 * person asked, never sent, and the administrator reads them there; nobody else does.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class OutboxPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCampaignsInvitationsAreKeptInTheOutboxForTheAdministratorToRead() throws Exception {
        long demoCampaign = jdbc.sql("select min(id) from update_campaign").query(Long.class).single();
        var invitations = jdbc.sql("""
                        select id, state, recipient, subject from mail_message
                        where campaign_id = ? and reason = 'CAMPAIGN_INVITATION' order by id""")
                .param(demoCampaign).query().listOfRows();
        assertThat(invitations).isNotEmpty();
        assertThat(invitations).allSatisfy(row -> assertThat(row.get("state")).isEqualTo("KEPT"));
        assertThat(invitations.stream().map(row -> row.get("recipient")).distinct().count())
                .isEqualTo(invitations.size());

        String page = read("/admin/courriels", "admin");
        assertThat(page).contains("Boîte d’envoi", "Gardé (démonstration)", "Campagne : invitation",
                (String) invitations.get(0).get("subject"));
        String message = read("/admin/courriels/" + invitations.get(0).get("id"), "admin");
        assertThat(message).contains("Bonjour", "#mise-a-jour", "/mes-actions");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/admin/courriels").with(user(users.loadUserByUsername("dg"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private String read(String path, String username) throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get(path).with(user(users.loadUserByUsername(username))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
