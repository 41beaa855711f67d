package org.jinguo.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sends a PDF as the response of a (non-ajax) button, under a file name in the user's language. */
public final class PdfDownloads {

    private PdfDownloads() {
    }

    public static void send(String fileName, byte[] pdf) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        SecurityHeadersFilter.apply((HttpServletResponse) external.getResponse(), true);
        external.setResponseContentType("application/pdf");
        external.setResponseContentLength(pdf.length);
        String encoded = URLEncoder.encode(fileName + ".pdf", StandardCharsets.UTF_8).replace("+", "%20");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"certificate.pdf\"; filename*=UTF-8''" + encoded);
        external.getResponseOutputStream().write(pdf);
        context.responseComplete();
    }
}
