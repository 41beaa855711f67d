package org.jinguo.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Set;

/**
 * Marks the pages anyone may see (sign-in, sign-up, error pages) stateless as soon as their view exists, so that
 * nothing on the way to rendering them — PrimeFaces keeps the script nonce in the view map unless the view is
 * stateless — creates a session: a thousand anonymous requests used to keep a thousand sessions for half an
 * hour. Their template says {@code transient="true"} too, but that is applied only while the page is built,
 * after the nonce has been kept. Registered in faces-config.xml.
 */
public class StatelessPages implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final Set<String> PUBLIC = Set.of("/login.xhtml", "/join.xhtml", "/help.xhtml", "/track.xhtml", "/learn.xhtml",
            "/lawyer.xhtml");

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot view = event.getFacesContext().getViewRoot();
        if (view != null && (PUBLIC.contains(view.getViewId()) || view.getViewId().startsWith("/WEB-INF/errorpages/"))) {
            view.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view exists
    }
}
