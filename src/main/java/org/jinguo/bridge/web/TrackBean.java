package org.jinguo.bridge.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.jinguo.bridge.service.PublicNeedService;
import org.jinguo.bridge.service.PublicNeedService.Tracked;
import org.jinguo.platform.config.Settings;
import org.jinguo.platform.security.AddressThrottle;
import org.jinguo.platform.web.UiActions;

/**
 * The public page where a resident follows her order and rates it (查询与评价), with its number and the phone she
 * gave. Lookups count against the address's share of public forms, so numbers cannot be guessed in bulk.
 */
@Named
@RequestScoped
public class TrackBean {

    @Inject
    PublicNeedService needs;
    @Inject
    AddressThrottle throttle;
    @Inject
    Settings settings;

    private String orderNo;
    private String phone;
    private Tracked order;
    private boolean searched;
    private int stars;
    private String comment;

    public void find() {
        if (!allowed()) {
            return;
        }
        look();
    }

    public void rate() {
        if (!allowed()) {
            return;
        }
        Boolean done = UiActions.attempt("trackForm", () -> {
            needs.rate(orderNo, phone, stars, comment);
            UiActions.info("track.rated");
            return Boolean.TRUE;
        });
        if (done != null) {
            comment = null;
        }
        look();
    }

    private void look() {
        searched = true;
        boolean plausible = orderNo != null && phone != null && orderNo.length() <= 20 && phone.length() <= 20;
        order = plausible ? needs.track(orderNo, phone).orElse(null) : null;
    }

    private boolean allowed() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (!throttle.countAndCheck(AddressThrottle.Kind.PUBLIC_FORM, request.getRemoteAddr(), settings.publicFormsPerAddress())) {
            UiActions.refuseWith(429, "throttled.publicForm");
            return false;
        }
        return true;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public void setOrderNo(String orderNo) {
        this.orderNo = orderNo;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Tracked getOrder() {
        return order;
    }

    /** Whether the order found waits for her rating. */
    public boolean isRateable() {
        return order != null && order.rateable();
    }

    public boolean isSearched() {
        return searched;
    }

    public int getStars() {
        return stars;
    }

    public void setStars(int stars) {
        this.stars = stars;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
