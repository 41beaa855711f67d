package org.jinguo.volunteer.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jinguo.platform.config.Settings;
import org.jinguo.platform.security.AddressThrottle;
import org.jinguo.platform.web.UiActions;
import org.jinguo.volunteer.service.JoinForm;
import org.jinguo.volunteer.service.PublicSignUpService;
import org.jinguo.volunteer.service.PublicSignUpService.CommunityOption;

/**
 * The public sign-up page (志愿者报名): anyone may apply; her community's staff review the application. Request
 * scoped on a stateless page: nobody's visit keeps memory on the server; what she typed comes back with the page.
 */
@Named
@RequestScoped
public class JoinBean {

    @Inject
    PublicSignUpService signUp;

    @Inject
    AddressThrottle throttle;

    @Inject
    Settings settings;

    private final JoinForm form = new JoinForm();
    private List<CommunityOption> communities;
    private boolean done;

    @PostConstruct
    void init() {
        communities = signUp.communities();
    }

    public void apply() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (!throttle.countAndCheck(AddressThrottle.Kind.PUBLIC_FORM, request.getRemoteAddr(), settings.publicFormsPerAddress())) {
            UiActions.refuseWith(429, "throttled.publicForm");
            form.setPassword(null);
            return;
        }
        UiActions.attempt("joinForm", () -> {
            signUp.apply(form);
            done = true;
        });
        form.setPassword(null);
    }

    public JoinForm getForm() {
        return form;
    }

    public List<CommunityOption> getCommunities() {
        return communities;
    }

    public boolean isDone() {
        return done;
    }
}
