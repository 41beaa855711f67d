package org.jinguo.bridge.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.jinguo.bridge.service.PublicNeedService;
import org.jinguo.bridge.service.PublicNeedService.MenuChoice;
import org.jinguo.bridge.service.SelfServiceForm;
import org.jinguo.platform.config.Settings;
import org.jinguo.platform.security.AddressThrottle;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.service.PublicSignUpService;
import org.jinguo.volunteer.service.PublicSignUpService.CommunityOption;

/**
 * The public page where a resident raises a need herself (我要求助): no account; her community's federation takes
 * it on. Floods are refused: so many submissions per network address, and per phone, in an hour. Request scoped on a
 * stateless page, like the volunteer sign-up.
 */
@Named
@RequestScoped
public class HelpBean {

    /** Needs one phone may raise in an hour. */
    static final int PER_PHONE = 5;

    @Inject
    PublicNeedService needs;
    @Inject
    PublicSignUpService places;
    @Inject
    AddressThrottle throttle;
    @Inject
    Settings settings;
    @Inject
    BridgeChoices choices;

    private final SelfServiceForm form = new SelfServiceForm();
    private List<CommunityOption> communities;
    private List<SelectItem> menu;
    private String orderNo;

    @PostConstruct
    void init() {
        communities = places.communities();
        boolean english = choices.isEnglish();
        List<MenuChoice> items = needs.menu();
        menu = new ArrayList<>();
        for (ServiceLine line : ServiceLine.values()) {
            List<SelectItem> ofLine = new ArrayList<>(items.stream().filter(i -> i.line() == line)
                    .map(i -> new SelectItem(String.valueOf(i.id()), i.name(english))).toList());
            ofLine.add(new SelectItem("OTHER_" + line, Texts.get("help.other")));
            SelectItemGroup group = new SelectItemGroup(Texts.get("serviceLine." + line));
            group.setSelectItems(ofLine.toArray(SelectItem[]::new));
            menu.add(group);
        }
    }

    public void submit() {
        if (refusedAsFlood(throttle, settings, form.getPhone())) {
            return;
        }
        orderNo = UiActions.attempt("helpForm", () -> needs.submit(form));
    }

    /**
     * Counts a public form's submission against its address's share and its phone's, and refuses it (HTTP 429 and a
     * message on the page) when either is spent: the help page's and the course page's flood guard.
     */
    static boolean refusedAsFlood(AddressThrottle throttle, Settings settings, String givenPhone) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String phone = givenPhone == null ? "" : givenPhone.strip();
        if (!throttle.countAndCheck(AddressThrottle.Kind.PUBLIC_FORM, request.getRemoteAddr(), settings.publicFormsPerAddress())
                || !phone.isEmpty() && !throttle.countAndCheck(AddressThrottle.Kind.PUBLIC_FORM, "tel:" + phone, PER_PHONE)) {
            UiActions.refuseWith(429, "throttled.publicForm");
            return true;
        }
        return false;
    }

    public SelfServiceForm getForm() {
        return form;
    }

    public List<CommunityOption> getCommunities() {
        return communities;
    }

    public List<SelectItem> getMenu() {
        return menu;
    }

    public String getOrderNo() {
        return orderNo;
    }
}
