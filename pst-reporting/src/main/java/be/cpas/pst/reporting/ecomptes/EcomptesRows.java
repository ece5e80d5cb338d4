package be.cpas.pst.reporting.ecomptes;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the eComptes export needs beyond the dashboard's rows: texts, dates and partners of every element. */
@Repository
public class EcomptesRows {

    private final JdbcClient jdbc;

    public EcomptesRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An element's description (sanitised HTML), planned dates, state's reason and partners' names. */
    public record Texts(long id, String description, LocalDate start, LocalDate end, String stateReason,
            List<String> partners) {
    }

    public Map<Long, Texts> texts(long planId) {
        Map<Long, Texts> texts = new HashMap<>();
        jdbc.sql("""
                select n.id, n.description, n.planned_start, n.planned_end, n.state_reason,
                       array(select p.name from node_partner np join partner p on p.id = np.partner_id
                             where np.node_id = n.id order by p.position, p.id) as partners
                from plan_node n where n.plan_id = :plan""")
                .param("plan", planId)
                .query((rs, row) -> new Texts(rs.getLong("id"), rs.getString("description"),
                        rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_end", LocalDate.class),
                        rs.getString("state_reason"), strings(rs.getArray("partners"))))
                .list().forEach(t -> texts.put(t.id(), t));
        return texts;
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> result = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            result.add(value.toString());
        }
        return result;
    }
}
