package org.jinguo.volunteer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.jinguo.platform.web.UiActions;
import org.jinguo.volunteer.service.VolunteerPortalService;
import org.jinguo.volunteer.service.VolunteerPortalService.ScanResult;

/**
 * The page the venue's QR code opens (扫码签到): she taps the button, and the first time checks her in, the second
 * checks her out and records her hours; the page says plainly which one happened. Opening the link alone changes
 * nothing: a link can be opened by a preview, a crawler or another site.
 */
@Named
@ViewScoped
public class CheckinBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VolunteerPortalService portal;

    private String token;
    private ScanResult result;

    public void scan() throws IOException {
        UiActions.load(() -> result = UiActions.attempt("checkinForm", () -> portal.scan(token == null ? "" : token)));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ScanResult getResult() {
        return result;
    }
}
