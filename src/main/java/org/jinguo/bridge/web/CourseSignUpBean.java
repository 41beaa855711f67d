package org.jinguo.bridge.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.jinguo.bridge.service.CourseSignUpForm;
import org.jinguo.bridge.service.PublicCourseService;
import org.jinguo.bridge.service.PublicCourseService.Enrolled;
import org.jinguo.bridge.service.PublicCourseService.OpenCourse;
import org.jinguo.platform.config.Settings;
import org.jinguo.platform.security.AddressThrottle;
import org.jinguo.platform.web.UiActions;
import org.jinguo.volunteer.service.PublicSignUpService;
import org.jinguo.volunteer.service.PublicSignUpService.CommunityOption;

/**
 * The public course page (我要报名): the open courses, and a woman enrolling herself with her name, phone and
 * community, no account. Floods are refused per address and per phone, as on the help page.
 */
@Named
@RequestScoped
public class CourseSignUpBean {

    @Inject
    PublicCourseService courses;
    @Inject
    PublicSignUpService places;
    @Inject
    AddressThrottle throttle;
    @Inject
    Settings settings;

    private final CourseSignUpForm form = new CourseSignUpForm();
    private List<OpenCourse> open;
    private List<CommunityOption> communities;
    private Enrolled enrolled;

    @PostConstruct
    void init() {
        open = courses.open();
        communities = places.communities();
    }

    public void enrol() {
        if (HelpBean.refusedAsFlood(throttle, settings, form.getPhone())) {
            return;
        }
        enrolled = UiActions.attempt("learnForm", () -> courses.enrol(form));
        if (enrolled != null) {
            open = courses.open();
        }
    }

    public CourseSignUpForm getForm() {
        return form;
    }

    public List<OpenCourse> getOpen() {
        return open;
    }

    public List<CommunityOption> getCommunities() {
        return communities;
    }

    public Enrolled getEnrolled() {
        return enrolled;
    }
}
