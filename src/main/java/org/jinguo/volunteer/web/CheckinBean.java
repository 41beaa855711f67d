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
 * The page the venue's QR code opens (扫码签到): the first scan checks her in, the second checks her out and
 * records her hours. Opening it is the scan, so the page says plainly which one happened.
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
