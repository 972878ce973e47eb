package org.iptmodel.json.cli;

import java.io.PrintStream;
import org.iptmodel.core.Course;
import org.iptmodel.core.TreatmentContract;
import org.iptmodel.core.plan.Schedule;
import org.iptmodel.core.ranking.RankingPolicy;
import org.iptmodel.json.IptJson;

/**
 * {@code demo}: the main job of the library on the bundled sample course.
 *
 * <ol>
 * <li>ranks the issues with the clinical default policy and chooses the focus;</li>
 * <li>plans the schedule the contract asks for and compares it with the sessions held;</li>
 * <li>reports the safety flags, the deviations from the protocol and the outcomes;</li>
 * <li>prints the course as JSON, text included: the sample is fictional.</li>
 * </ol>
 */
final class Demo {

    private Demo() {
    }

    static int run(Options options, PrintStream out) {
        options.noOperands();
        Course course = SampleCourse.course();
        out.println("iptmodel demo: a bundled, fictional course of " + course.protocol().id() + ", status "
                + course.status() + ", " + course.sessions().size() + " of " + course.contract().totalSessions()
                + " sessions held");
        out.println();
        out.println("== 1. Ranking the issues and choosing the focus");
        Rank.print(course, RankingPolicy.clinicalDefault(), out);
        out.println();
        out.println("== 2. The schedule the contract plans, compared with the sessions held");
        TreatmentContract contract = course.contract();
        Schedule schedule = Schedule.planner(course.protocol(), contract.start())
                .withSessionCount(contract.totalSessions())
                .withCadence(contract.cadence())
                .plan();
        ScheduleText.compared(schedule, schedule.compareWith(course), out);
        out.println();
        out.println("== 3. Safety, adherence and outcomes");
        Report.print(course, out);
        out.println();
        out.println("== 4. The course as JSON (fictional sample; real courses hold patient text)");
        out.print(IptJson.strict().withPrettyPrinting(true).course().write(course));
        return Main.OK;
    }
}
