package org.rogatory.execution;

import java.time.Year;
import java.util.List;
import java.util.Map;
import org.rogatory.execution.domain.Incident;
import org.rogatory.execution.domain.IncidentTallied;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The incidents of the executions of every request received in a year, without anything that
 * identifies a request ({@link IncidentTallied}): for oversight's figures, which never see a case.
 * A request is counted in its year of receipt, as casework's courses count it.
 */
@Component
public class IncidentTallies {

    private final JdbcClient jdbc;

    IncidentTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The incidents opened on the requests received (by their {@code receivedOn}) in the year. */
    public List<IncidentTallied> ofRequestsReceivedIn(Year year) {
        return jdbc.sql("""
                        select c.requesting_state, i.kind, i.ruled_at is not null as ruled
                        from execution_incidents i join cases c on c.id = i.case_id
                        where c.received_on >= :from and c.received_on < :until""")
                .params(Map.of("from", year.atDay(1), "until", year.plusYears(1).atDay(1)))
                .query((rs, row) -> new IncidentTallied(rs.getString("requesting_state"),
                        Incident.Kind.valueOf(rs.getString("kind")), rs.getBoolean("ruled")))
                .list();
    }
}
