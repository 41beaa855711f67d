package org.jinguo.volunteer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import io.nayuki.qrcodegen.QrCode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.service.ActivityService.ActivityRow;
import org.junit.jupiter.api.Test;

class CheckinPosterTest {

    private static final String LINK = "https://jinguo.example.cn/jinguo/portal/checkin.xhtml?t=Zk3q9TxYw2";

    @Test
    void thePosterSaysWhatWhenAndWhereAndCarriesTheCheckinCode() throws Exception {
        ActivityRow activity = new ActivityRow(7, "观音桥社区敬老院探访", "观音桥街道妇联", null, ServiceLine.FAMILY_AID,
                "观音桥街道敬老院二楼", LocalDate.of(2026, 12, 12), LocalTime.of(9, 0), LocalTime.of(11, 30), 2, 10, 5, 0,
                false, null);
        byte[] pdf = CheckinPoster.pdf(activity, LINK);
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages(), "one page to print");
        byte[] content = reader.getPageContent(1);
        String text = CertificateTest.shownText(content).replaceAll("\\s", "");
        assertTrue(text.contains("观音桥社区敬老院探访"), text);
        assertTrue(text.contains("2026年12月12日09:00–11:30"), text);
        assertTrue(text.contains("地点：观音桥街道敬老院二楼"), text);
        assertTrue(text.contains("主办：观音桥街道妇联"), text);

        QrCode code = QrCode.encodeText(LINK, QrCode.Ecc.MEDIUM);
        int dark = 0;
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                dark += code.getModule(x, y) ? 1 : 0;
            }
        }
        PdfDictionary forms = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        int drawn = 0;
        for (PdfName name : forms.getKeys()) {
            drawn += squares(PdfReader.getStreamBytes((PRStream) forms.getAsStream(name)));
        }
        assertEquals(dark, drawn, "every dark module of the link's code is drawn");
    }

    /** The rectangles the page draws ({@code re} operators): the code's modules. */
    private static int squares(byte[] content) throws Exception {
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(content));
        ArrayList<PdfObject> operands = new ArrayList<>();
        int count = 0;
        while (!parser.parse(operands).isEmpty()) {
            if ("re".equals(operands.get(operands.size() - 1).toString())) {
                count++;
            }
        }
        return count;
    }
}
