package org.jinguo.platform.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.function.Supplier;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.errors.JinguoException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.omnifaces.util.Faces;

/**
 * Runs a page action and turns a refusal into messages in the user's language: next to the field it
 * concerns when the service names one, else at the top of the form. The form keeps what she typed.
 */
public final class UiActions {

    private UiActions() {
    }

    /**
     * Runs {@code action}; returns its outcome, or {@code null} (stay on the page) after a refusal.
     *
     * @param formId the id of the form whose fields carry the ids the services name (e.g. "name")
     */
    public static <T> T attempt(String formId, Supplier<T> action) {
        try {
            return action.get();
        } catch (JinguoException e) {
            show(formId, e);
        } catch (EJBException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConstraintViolationException violations) {
                for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                    error(null, violation.getMessage());
                }
            } else if (cause instanceof JinguoException refusal) {
                show(formId, refusal);
            } else if (optimisticLock(e)) {
                // two people acted on the same record at the same moment (e.g. both approved one entry)
                show(formId, new ConcurrentChangeException());
            } else {
                throw e;
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    private static boolean optimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t.getClass().getSimpleName().equals("OptimisticLockException")) { // EclipseLink's own
                return true;
            }
        }
        return false;
    }

    public static void attempt(String formId, Runnable action) {
        attempt(formId, () -> {
            action.run();
            return null;
        });
    }

    /**
     * Runs a view action's loading: an id that is not a number, unknown or outside the user's scope
     * answers the 404 page, a record she may not open the 403 page.
     */
    public static void load(Runnable loading) throws IOException {
        try {
            loading.run();
        } catch (NumberFormatException | RecordNotFoundException e) {
            Faces.responseSendError(404, "");
        } catch (AccessDeniedException e) {
            Faces.responseSendError(403, "");
        }
    }

    /**
     * Refuses the whole request with an HTTP status (e.g. 429 for too many attempts) and a message on the page in
     * the user's language: the page is shown again with what she typed.
     */
    public static void refuseWith(int status, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().setResponseStatus(status);
        error(null, Texts.get(key, arguments));
        context.validationFailed();
    }

    /** An action on "the chosen row" sent with no row chosen (only a hand-made request can): a message, nothing done. */
    /**
     * The id typed in the address ({@code ?unit=12}), or {@code absent}'s when there is none (a side-menu link
     * opens the user's own unit). Anything else than a number throws NumberFormatException: {@link #load} answers 404.
     */
    public static long idOr(String typed, java.util.function.LongSupplier absent) {
        return typed == null || typed.isBlank() ? absent.getAsLong() : Long.parseLong(typed.trim());
    }

    public static void nothingChosen() {
        error(null, Texts.get("action.nothingChosen"));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void show(String formId, JinguoException e) {
        String text = Texts.get(e.messageKey(), e.arguments());
        error(clientId(formId, e.field()), text);
    }

    public static void info(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(key, arguments), null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void error(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static String clientId(String formId, String field) {
        if (field == null || formId == null) {
            return null;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent component = context.getViewRoot().findComponent(":" + formId + ":" + field);
        return component == null ? null : component.getClientId(context);
    }
}
