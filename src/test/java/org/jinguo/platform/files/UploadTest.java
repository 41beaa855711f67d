package org.jinguo.platform.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jinguo.platform.errors.BusinessRuleException;
import org.junit.jupiter.api.Test;

class UploadTest {

    private static final byte[] PDF = "%PDF-1.7 ...\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0};

    /** Waiting uploads live in temporary files, not in the session's memory, and go when discarded. */
    @Test
    void uploadsWaitInTheFolderTheServersShareOrElseInTheTemporaryOne() {
        assertEquals(Path.of("/srv/jinguo/uploads"), Upload.waitingFolder(" /srv/jinguo/uploads "));
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"), "jinguo-uploads");
        assertEquals(temporary, Upload.waitingFolder(null));
        assertEquals(temporary, Upload.waitingFolder(" "));
    }

    @Test
    void anUploadWaitsOnDiskUntilItIsDiscarded() throws Exception {
        long before = waiting();
        Upload upload = Upload.checked("报告.pdf", PDF);
        Path file = Path.of(upload.storedAt());
        assertTrue(Files.exists(file) && file.startsWith(Upload.WAITING), file.toString());
        assertEquals(PDF.length, upload.size());
        assertArrayEquals(PDF, upload.content());
        upload.discard();
        assertFalse(Files.exists(file));
        assertThrows(BusinessRuleException.class, () -> Upload.checked("坏.pdf", EXE));
        assertEquals(before, waiting(), "a refused file leaves nothing behind");
    }

    private static long waiting() throws Exception {
        Files.createDirectories(Upload.WAITING);
        try (var files = Files.list(Upload.WAITING)) {
            return files.count();
        }
    }

    @Test
    void aDocumentOfAKnownKindIsTakenUnderItsOwnNameAndOurType() {
        Upload upload = Upload.checked("C:\\Users\\王\\考察记录.PDF", PDF);
        assertEquals("考察记录.PDF", upload.fileName());
        assertEquals("application/pdf", upload.contentType());
        assertEquals("image/png", Upload.checked("现场照片.png", PNG).contentType());
    }

    @Test
    void aRenamedProgramAnUnknownKindAnEmptyAndATooLargeFileAreRefusedWithTheirReason() {
        assertEquals("file.type", refused("报告.pdf", EXE));
        assertEquals("file.type", refused("setup.exe", EXE));
        assertEquals("file.type", refused("照片.png", PDF));
        assertEquals("file.type", refused("无扩展名", PDF));
        assertEquals("file.type", refused("伪装.pdf", "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII)), "a web page behind %PDF");
        assertEquals("file.type", refused("截断.pdf", "%PDF-1.4\n1 0 obj".getBytes(StandardCharsets.US_ASCII)), "no end");
        assertEquals("file.type", refused("无版本.pdf", "%PDF\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("file.empty", refused("空.pdf", new byte[0]));
        byte[] big = new byte[(int) Upload.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertEquals("file.tooLarge", refused("大.pdf", big));
        assertEquals("file.name", refused("", PDF));
    }

    @Test
    void sizesReadTheWayPeopleReadThem() {
        assertEquals("1 KB", new FileRow(1, "a", 10).sizeText());
        assertEquals("850 KB", new FileRow(1, "a", 850 * 1024).sizeText());
        assertEquals("2.5 MB", new FileRow(1, "a", 5 * 512 * 1024).sizeText());
    }

    private static String refused(String name, byte[] content) {
        BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> Upload.checked(name, content));
        assertEquals("files", e.field());
        return e.messageKey();
    }
}
