package org.jinguo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.files.Upload;
import org.junit.jupiter.api.Test;

/** One session's waiting uploads are capped in all, across its pages; saving or leaving gives the room back. */
class UploadBufferTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    @Test
    void aSessionsWaitingFilesAreCappedAndLeavingAPageFreesItsShare() {
        AtomicLong session = new AtomicLong(UploadBuffer.SESSION_LIMIT - 10);
        UploadBuffer page = new UploadBuffer();
        page.accept("a.png", PNG.length, new ByteArrayInputStream(PNG), session);
        assertEquals(UploadBuffer.SESSION_LIMIT - 2, session.get());
        BusinessRuleException full = assertThrows(BusinessRuleException.class,
                () -> page.accept("b.png", PNG.length, new ByteArrayInputStream(PNG), session));
        assertEquals("file.sessionFull", full.messageKey());
        page.clear();
        assertEquals(UploadBuffer.SESSION_LIMIT - 10, session.get());
        assertEquals(0, page.uploads().size());
    }

    @Test
    void atMostFiveFilesPerRecord() {
        AtomicLong session = new AtomicLong();
        UploadBuffer page = new UploadBuffer();
        for (int i = 0; i < Upload.MAX_FILES; i++) {
            page.accept(i + ".png", PNG.length, new ByteArrayInputStream(PNG), session);
        }
        assertEquals("file.tooMany", assertThrows(BusinessRuleException.class,
                () -> page.accept("6.png", PNG.length, new ByteArrayInputStream(PNG), session)).messageKey());
        page.remove(0);
        assertEquals(Upload.MAX_FILES - 1, page.uploads().size());
        assertEquals((Upload.MAX_FILES - 1) * PNG.length, session.get());
        page.clear();
    }
}
