package org.gridline.report;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Who follows (关注) a report besides its reporter: their openids, the earliest first. */
@ApplicationScoped
public class Followers {

    @WithSession
    public Uni<List<String>> of(String number) {
        return ReportFollower.<ReportFollower>list("reportId = (select r.id from Report r where r.number = ?1) "
                + "order by createdAt, openid", number).map(list -> list.stream().map(f -> f.openid).toList());
    }
}
