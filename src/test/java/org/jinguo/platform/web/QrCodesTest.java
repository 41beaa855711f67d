package org.jinguo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String LINK = "http://jinguo.example/portal/checkin.xhtml?t=0123456789abcdef0123456789abcdef";

    @Test
    void theImageDrawsEveryDarkModuleInsideAQuietZone() {
        String uri = QrCodes.dataUri(LINK);
        assertTrue(uri.startsWith("data:image/svg+xml;base64,"));
        String svg = new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
        QrCode qr = QrCode.encodeText(LINK, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QrCodes.BORDER;
        assertTrue(svg.contains("viewBox=\"0 0 " + size + " " + size + "\""), svg);
        int dark = 0;
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    dark++;
                    assertTrue(svg.contains("M" + (x + QrCodes.BORDER) + "," + (y + QrCodes.BORDER) + "h"), x + "," + y);
                }
            }
        }
        Matcher squares = Pattern.compile("M\\d+,\\d+h1v1h-1z").matcher(svg);
        int drawn = 0;
        while (squares.find()) {
            drawn++;
        }
        assertEquals(dark, drawn, "nothing but the dark modules");
    }

    @Test
    void anotherLinkIsAnotherImage() {
        assertEquals(QrCodes.dataUri(LINK), QrCodes.dataUri(LINK));
        assertNotEquals(QrCodes.dataUri(LINK), QrCodes.dataUri(LINK.replace("0123", "9876")));
    }
}
