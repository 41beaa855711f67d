package org.jinguo.bridge.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.jinguo.bridge.service.JobService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.web.UiActions;

/**
 * What the position page and the seeker page both do with a referral: record the employer's answer, the placement
 * and the follow-up three months on; each page then reads itself again.
 */
public abstract class ReferralsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobService jobs;

    private String note;

    /** Reads the page's record again after a change. */
    protected abstract void reload();

    /** The id of the page's form, where refusals are shown. */
    protected abstract String formId();

    public void answer(long referralId, boolean yes) {
        UiActions.attempt(formId(), () -> {
            jobs.answer(referralId, yes, note);
            note = null;
            reload();
        });
    }

    public void place(long referralId) {
        UiActions.attempt(formId(), () -> {
            jobs.place(referralId, Beijing.today());
            UiActions.info("referral.placedDone");
            reload();
        });
    }

    public void followUp(long referralId, boolean stillEmployed) {
        UiActions.attempt(formId(), () -> {
            jobs.followUp(referralId, stillEmployed, note);
            note = null;
            reload();
        });
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
