package org.jinguo.platform.web;

import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * QR codes as SVG images in a {@code data:} URI, drawn here from the QR encoder's modules: no image request
 * back to the server, and nothing the Content-Security-Policy ({@code img-src 'self' data:}) would block.
 */
public final class QrCodes {

    /** The quiet zone around the code, in modules, as the standard asks. */
    static final int BORDER = 4;

    private QrCodes() {
    }

    /** The SVG drawing of {@code text} (medium error correction), black modules on white. */
    public static String svg(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * BORDER;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }

    /** {@link #svg} as a {@code data:image/svg+xml;base64,…} URI for an {@code img} element. */
    public static String dataUri(String text) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
    }
}
