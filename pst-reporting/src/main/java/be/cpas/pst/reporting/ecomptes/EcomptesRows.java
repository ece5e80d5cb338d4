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

    /**
     * An element's description (sanitised HTML), planned dates, state's reason, partners' names, and its responsable
     * when the plan holds the identity the accounting asks for ({@code null} otherwise).
     */
    public record Texts(long id, String description, LocalDate start, LocalDate end, String stateReason,
            List<String> partners, Responsable responsable) {
    }

    /** A person as the exchange format writes it; telephone and e-mail may be empty. */
    public record Responsable(String civility, String lastName, String firstName, String phone, String email) {
    }

    public Map<Long, Texts> texts(long planId) {
        Map<Long, Texts> texts = new HashMap<>();
        jdbc.sql("""
                select n.id, n.description, n.planned_start, n.planned_end, n.state_reason,
                       array(select p.name from node_partner np join partner p on p.id = np.partner_id
                             where np.node_id = n.id order by p.position, p.id) as partners,
                       r.civility, r.first_name, r.last_name, r.phone, a.email
                from plan_node n
                left join person r on r.id = n.responsable_id and r.civility is not null
                left join account a on a.id = r.account_id
                where n.plan_id = :plan""")
                .param("plan", planId)
                .query((rs, row) -> new Texts(rs.getLong("id"), rs.getString("description"),
                        rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_end", LocalDate.class),
                        rs.getString("state_reason"), strings(rs.getArray("partners")),
                        rs.getString("civility") == null ? null : new Responsable(rs.getString("civility"),
                                rs.getString("last_name"), rs.getString("first_name"), rs.getString("phone"),
                                rs.getString("email"))))
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
