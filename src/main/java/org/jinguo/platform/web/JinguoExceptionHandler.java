package org.jinguo.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * OmniFaces' full-ajax exception handler (an ajax request's failure shows the error page too), with the failure
 * given a reference and logged once by {@link RequestErrors} instead of OmniFaces' own stack trace at SEVERE.
 */
public class JinguoExceptionHandler extends FullAjaxExceptionHandler {

    public JinguoExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
        if (!ErrorFilter.hasOwnPage(exception)) { // a refusal (403, 404, an expired page) is no failure
            RequestErrors.record((HttpServletRequest) context.getExternalContext().getRequest(), exception);
        }
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new JinguoExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
