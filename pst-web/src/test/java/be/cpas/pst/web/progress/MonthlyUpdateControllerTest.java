package be.cpas.pst.web.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.cpas.pst.domain.evaluation.Evaluations;
import be.cpas.pst.domain.organisation.CurrentOrganisation;
import be.cpas.pst.domain.progress.WorkFollowUp;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.web.support.Dates;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The monthly update's controller on its own (the service is a stand-in): what it binds, what it refuses before the
 * service is called, and how it answers a refusal or a simultaneous save.
 */
@WebMvcTest(WorkController.class)
@Import(Dates.class)
class MonthlyUpdateControllerTest {

    private static final String URL = "/plans/1/actions/7/progress";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkFollowUp followUp;
    @MockitoBean
    CurrentOrganisation organisation;
    @MockitoBean
    Evaluations evaluations;

    @BeforeEach
    void nothingToShow() {
        when(organisation.find()).thenReturn(Optional.empty());
        when(followUp.myActions()).thenReturn(List.of());
    }

    private MvcResult post(String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(URL).with(csrf()).with(user("agent").roles("AGENT"));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    /** The refusals the page shows next to each field of the refused card (field → French message). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(MvcResult result) {
        return (Map<String, String>) result.getModelAndView().getModel().get("progressErrors");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBelgianValueIsReadOnceAndHandedToTheService() throws Exception {
        MockHttpServletResponse response = post("version", "3", "percent", "40", "comment", "Réunion tenue",
                "indicatorValues[5]", "1.250", "indicatorValues[6]", "12,5", "indicatorValues[8]", "").getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/mes-actions#action-7");
        ArgumentCaptor<Map<Long, BigDecimal>> values = ArgumentCaptor.forClass(Map.class);
        verify(followUp).recordProgress(eq(1L), eq(7L), eq(3L), isNull(), eq(40), eq("Réunion tenue"),
                values.capture());
        assertThat(values.getValue()).containsOnlyKeys(5L, 6L);
        assertThat(values.getValue().get(5L)).isEqualByComparingTo("1250");
        assertThat(values.getValue().get(6L)).isEqualByComparingTo("12.5");
    }

    @Test
    void unreadableInputIsRefusedNextToItsFieldAndTheServiceIsNotCalled() throws Exception {
        MvcResult result = post("version", "3", "percent", "140", "comment", "a\u0000b",
                "indicatorValues[5]", "1e999999999");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(errors(result)).containsOnlyKeys("percent", "comment", "indicatorValues[5]");
        assertThat(errors(result).get("percent")).isEqualTo("L’avancement doit être compris entre 0 et 100 %.");
        assertThat(errors(result).get("comment")).startsWith("Ce texte contient un caractère invisible");
        assertThat(errors(result).get("indicatorValues[5]")).startsWith("Nombre illisible");
        verify(followUp, never()).recordProgress(anyLong(), anyLong(), anyLong(), any(), any(), any(), anyMap());
    }

    @Test
    void aSaveThatMeetsAnotherIsAConflictNotAnError() throws Exception {
        when(followUp.recordProgress(anyLong(), anyLong(), anyLong(), any(), any(), any(), anyMap()))
                .thenThrow(new ConcurrentModification("Node 7"))
                .thenThrow(new OptimisticLockingFailureException("at commit"));

        for (int attempt = 0; attempt < 2; attempt++) {
            MvcResult result = post("version", "3", "percent", "40");
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(errors(result).get("global"))
                    .startsWith("Cette action a été mise à jour par quelqu’un d’autre entre-temps");
        }
    }
}
