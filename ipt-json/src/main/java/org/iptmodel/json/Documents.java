package org.iptmodel.json;

import java.util.List;
import org.iptmodel.core.Course;
import org.iptmodel.core.Protocol;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.Ranking;
import org.iptmodel.core.report.AdherenceReport;
import org.iptmodel.core.report.OutcomeReport;

/**
 * The document types of the format.
 *
 * <p>To add one: define its {@link ObjectFormat} (in {@link ModelFormats} or a class of its own),
 * add a constant here and to {@link #ALL}, add an accessor to {@link IptJson}, ship its schema
 * {@code schema/<name>-v1.schema.json}, and add golden files and a generator to the tests.
 * {@link IptJsonModule} registers every document of {@link #ALL}; every document type is read
 * and written.
 */
final class Documents {
    static final Document<Course> COURSE = new Document<>("iptmodel/course", Course.class, ModelFormats.COURSE,
            "schema/course-v1.schema.json");
    static final Document<Protocol> PROTOCOL = new Document<>("iptmodel/protocol", Protocol.class,
            ModelFormats.PROTOCOL, "schema/protocol-v1.schema.json");
    static final Document<Ranking> RANKING = new Document<>("iptmodel/ranking", Ranking.class,
            RankingFormats.RANKING, "schema/ranking-v1.schema.json");
    static final Document<Schedule> SCHEDULE = new Document<>("iptmodel/schedule", Schedule.class,
            ScheduleFormats.SCHEDULE, "schema/schedule-v1.schema.json");
    static final Document<AdherenceReport> ADHERENCE = new Document<>("iptmodel/adherence", AdherenceReport.class,
            ReportFormats.ADHERENCE, "schema/adherence-v1.schema.json");
    static final Document<OutcomeReport> OUTCOMES = new Document<>("iptmodel/outcomes", OutcomeReport.class,
            ReportFormats.OUTCOMES, "schema/outcomes-v1.schema.json");

    static final List<Document<?>> ALL = List.of(COURSE, PROTOCOL, RANKING, SCHEDULE, ADHERENCE, OUTCOMES);

    private Documents() {
    }
}
