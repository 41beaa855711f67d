package org.jinguo.bridge.service;

import java.math.BigDecimal;
import java.util.Set;
import org.jinguo.bridge.model.JobSkill;
import org.jinguo.bridge.model.WorkHours;
import org.jinguo.platform.match.Scorecard;

/**
 * How well a job seeker and a position fit, out of 100, on the platform's one scorer; the same card ranks seekers for a
 * position and positions for a seeker, so staff on either side read the same reasons:
 * skills 45 (the share of the skills wanted that she has; all of it when none are asked), hours 20 (she can work the
 * position's hours), place 15 (she lives in the position's street or town; 5 elsewhere in the district), training 10
 * (she completed a course of the Bridge), pay 10 (the position pays what she hopes for, or either is not given).
 */
final class JobFit {

    static final String SKILLS = "job.fit.skills";
    static final String HOURS = "job.fit.hours";
    static final String PLACE = "job.fit.place";
    static final String TRAINING = "job.fit.training";
    static final String PAY = "job.fit.pay";

    /** The seeker's side. */
    record Her(Set<JobSkill> skills, Set<WorkHours> hours, String unitPath, BigDecimal wantedPay, boolean trained) {
    }

    /** The position's side; {@code streetPath} the path of its street or town, or null when not given. */
    record It(Set<JobSkill> skills, WorkHours hours, String streetPath, BigDecimal payTo) {
    }

    private JobFit() {
    }

    static Scorecard score(Her her, It it) {
        long had = it.skills().stream().filter(her.skills()::contains).count();
        double skills = it.skills().isEmpty() ? 1 : (double) had / it.skills().size();
        boolean near = it.streetPath() != null && her.unitPath() != null && her.unitPath().startsWith(it.streetPath());
        boolean pays = her.wantedPay() == null || it.payTo() == null || it.payTo().compareTo(her.wantedPay()) >= 0;
        return Scorecard.builder()
                .share(SKILLS, 45, skills)
                .when(HOURS, 20, her.hours().contains(it.hours()))
                .points(PLACE, 15, near ? 15 : 5)
                .when(TRAINING, 10, her.trained())
                .when(PAY, 10, pays)
                .build();
    }
}
