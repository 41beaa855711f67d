package org.jinguo.bridge.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.jinguo.bridge.model.JobSkill;
import org.jinguo.bridge.model.SeekerStatus;
import org.jinguo.bridge.model.WorkHours;

/** The choices of the job platform's forms and filters: skills, hours, a seeker's status. */
@Named
@ApplicationScoped
public class JobChoices {

    public JobSkill[] getSkills() {
        return JobSkill.values();
    }

    public WorkHours[] getHours() {
        return WorkHours.values();
    }

    public SeekerStatus[] getStatuses() {
        return SeekerStatus.values();
    }
}
