package be.cpas.pst.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Pages link their style sheet and script under addresses that carry a hash of their content, and those are cached
 * for a year: a page load does not fetch them again, and a new version is a new address.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class StaticFilesCachingTest {

    private static final Pattern STYLE = Pattern.compile("href=\"(/assets/css/app-[0-9a-f]{32}\\.css)\"");
    private static final Pattern SCRIPT = Pattern.compile("src=\"(/webjars/htmx\\.org/[^\"]*htmx\\.min-[0-9a-f]{32}\\.js)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void styleSheetAndScriptAreServedUnderVersionedAddressesCachedForAYear() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get("/login")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        for (Pattern asset : new Pattern[] {STYLE, SCRIPT}) {
            Matcher link = asset.matcher(page);
            assertThat(link.find()).as("a versioned address matching " + asset + " in\n" + page).isTrue();
            MockHttpServletResponse served = mvc.perform(MockMvcRequestBuilders.get(link.group(1))).andReturn()
                    .getResponse();
            assertThat(served.getStatus()).as(link.group(1)).isEqualTo(200);
            assertThat(served.getHeader("Cache-Control")).as(link.group(1)).contains("max-age=31536000")
                    .doesNotContain("no-store");
        }
    }
}
