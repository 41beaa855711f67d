package org.jinguo.bridge.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.jinguo.bridge.model.LegalTopic;
import org.jinguo.bridge.service.LegalBookingForm;
import org.jinguo.bridge.service.PublicLegalService;
import org.jinguo.bridge.service.PublicLegalService.Booked;
import org.jinguo.bridge.service.PublicLegalService.FreeSlot;
import org.jinguo.platform.config.Settings;
import org.jinguo.platform.security.AddressThrottle;
import org.jinguo.platform.web.UiActions;
import org.jinguo.volunteer.service.PublicSignUpService;
import org.jinguo.volunteer.service.PublicSignUpService.CommunityOption;

/**
 * The public page where a woman books a legal consultation herself (预约法律咨询): a free slot of a coming session, her
 * name, phone and community, and the topic; no account. Floods are refused as on the help page.
 */
@Named
@RequestScoped
public class LawyerBookingBean {

    @Inject
    PublicLegalService legal;
    @Inject
    PublicSignUpService places;
    @Inject
    AddressThrottle throttle;
    @Inject
    Settings settings;

    private final LegalBookingForm form = new LegalBookingForm();
    private String choice;
    private List<FreeSlot> free;
    private List<CommunityOption> communities;
    private Booked booked;

    @PostConstruct
    void init() {
        free = legal.free();
        communities = places.communities();
    }

    public void book() {
        if (HelpBean.refusedAsFlood(throttle, settings, form.getPhone())) {
            return;
        }
        if (choice != null && choice.matches("\\d{1,18}:\\d{1,4}")) {
            form.setSessionId(Long.valueOf(choice.substring(0, choice.indexOf(':'))));
            form.setSlot(Integer.valueOf(choice.substring(choice.indexOf(':') + 1)));
        }
        booked = UiActions.attempt("lawyerForm", () -> legal.book(form));
    }

    public LegalTopic[] getTopics() {
        return LegalTopic.values();
    }

    public LegalBookingForm getForm() {
        return form;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public List<FreeSlot> getFree() {
        return free;
    }

    public List<CommunityOption> getCommunities() {
        return communities;
    }

    public Booked getBooked() {
        return booked;
    }
}
