package org.jinguo.volunteer.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.jinguo.platform.web.UiActions;
import org.jinguo.volunteer.service.PortalAccountService;
import org.jinguo.volunteer.service.PortalAccountService.GivenSignIn;
import org.jinguo.volunteer.service.PortalAccountService.PortalAccess;

/**
 * The volunteer page's card of her portal sign-in: open one for her, or give her a new password. The temporary
 * password is shown once, on this page only, for the staff member to pass on; it is kept nowhere.
 */
@Named
@ViewScoped
public class PortalAccountBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The flash attribute that carries a sign-in given with a new volunteer record to her page, shown there once. */
    static final String GIVEN = "portalSignInGiven";

    @Inject
    PortalAccountService accounts;

    private Long volunteerId;
    private PortalAccess access;
    private String username;
    private GivenSignIn given;

    /** Hands a sign-in just given (with her new record) over to the volunteer page the browser is sent to next. */
    static void handOver(GivenSignIn signIn) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(GIVEN, signIn);
    }

    @PostConstruct
    void init() {
        Object handed = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(GIVEN);
        if (handed instanceof GivenSignIn signIn) {
            given = signIn;
        }
    }

    /** The card for this volunteer; read once per view. */
    public PortalAccess access(long volunteerId) {
        if (access == null || this.volunteerId == null || this.volunteerId != volunteerId) {
            this.volunteerId = volunteerId;
            access = accounts.access(volunteerId);
        }
        return access;
    }

    public void open() {
        if (volunteerId == null) {
            UiActions.nothingChosen();
            return;
        }
        UiActions.attempt("accountForm", () -> {
            given = accounts.open(volunteerId, username);
            access = accounts.access(volunteerId);
            username = null;
        });
    }

    public void resetPassword() {
        if (volunteerId == null) {
            UiActions.nothingChosen();
            return;
        }
        UiActions.attempt("accountForm", () -> {
            given = accounts.resetPassword(volunteerId);
            access = accounts.access(volunteerId);
        });
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public GivenSignIn getGiven() {
        return given;
    }
}
