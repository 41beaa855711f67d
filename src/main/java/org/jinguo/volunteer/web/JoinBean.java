package org.jinguo.volunteer.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jinguo.platform.web.UiActions;
import org.jinguo.volunteer.service.JoinForm;
import org.jinguo.volunteer.service.PublicSignUpService;
import org.jinguo.volunteer.service.PublicSignUpService.CommunityOption;

/** The public sign-up page (志愿者报名): anyone may apply; her community's staff review the application. */
@Named
@ViewScoped
public class JoinBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicSignUpService signUp;

    private final JoinForm form = new JoinForm();
    private List<CommunityOption> communities;
    private boolean done;

    @PostConstruct
    void init() {
        communities = signUp.communities();
    }

    public void apply() {
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
