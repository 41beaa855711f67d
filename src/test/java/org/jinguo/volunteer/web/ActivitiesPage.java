package org.jinguo.volunteer.web;

import org.jinguo.testsupport.Browser;

/** The activity list (volunteer/activities.xhtml) and its new-activity dialog. */
public final class ActivitiesPage {

    private final Browser browser;

    private ActivitiesPage(Browser browser) {
        this.browser = browser;
    }

    public static ActivitiesPage open(Browser browser) {
        browser.open("/volunteer/activities.xhtml");
        return new ActivitiesPage(browser);
    }

    /** Plans an activity for the whole of {@code day} (yyyy-MM-dd) under a bridge (a ServiceLine) and creates it. */
    public ActivityPage create(String title, String line, String place, String day) {
        browser.click("#activitiesForm\\:newActivity");
        browser.type("#activityForm\\:title", title);
        browser.choose("activityForm:line", line);
        browser.type("#activityForm\\:place", place);
        browser.setValue("#activityForm\\:heldOn_input", day);
        browser.setValue("#activityForm\\:startsAt_input", "00:00");
        browser.setValue("#activityForm\\:endsAt_input", "23:59");
        browser.click("#activityForm\\:create");
        return ActivityPage.shown(browser);
    }
}
