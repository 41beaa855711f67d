package org.jinguo.platform.files;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jinguo.platform.errors.BusinessRuleException;

/**
 * A file a user has uploaded and that passed the checks: at most {@link #MAX_BYTES}, not empty, one of the
 * document and picture types the federation uses (PDF, JPEG, PNG, Word, Excel) by its extension <em>and</em>
 * by its first bytes, so a renamed program is refused. The type it is stored and sent with is ours, not
 * the browser's.
 */
public record Upload(String fileName, String contentType, byte[] content) implements Serializable {

    /** 10 MB, what the container accepts too (web.xml's multipart-config). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** At most this many files per record at once. */
    public static final int MAX_FILES = 5;

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private record Kind(String contentType, byte[] magic) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", PDF),
            "png", new Kind("image/png", PNG),
            "jpg", new Kind("image/jpeg", JPEG),
            "jpeg", new Kind("image/jpeg", JPEG),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "doc", new Kind("application/msword", OLE),
            "xls", new Kind("application/vnd.ms-excel", OLE));

    public Upload {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(content);
    }

    /** Checks an uploaded file; refuses it (field "files") with a message naming it and why. */
    public static Upload checked(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new BusinessRuleException("file.name", "files", name);
        }
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("file.empty", "files", name);
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException("file.tooLarge", "files", name, MAX_BYTES / (1024 * 1024));
        }
        int dot = name.lastIndexOf('.');
        Kind kind = dot < 0 ? null : KINDS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null || !startsWith(content, kind.magic()) || (kind.magic() == PDF && !pdf(content))) {
            throw new BusinessRuleException("file.type", "files", name);
        }
        return new Upload(name, kind.contentType(), content);
    }

    private static final Pattern PDF_HEADER = Pattern.compile("%PDF-[12]\\.[0-9]");
    private static final Pattern MARKUP = Pattern.compile("<\\s*(html|script|body|!doctype|svg|iframe|object|embed)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A PDF as PDF writers make it: a version after {@code %PDF-}, {@code %%EOF} at its end, and no web page inside
     * (a file of HTML behind {@code %PDF} would otherwise pass for one).
     */
    private static boolean pdf(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        String tail = new String(content, Math.max(0, content.length - 2048), Math.min(content.length, 2048),
                StandardCharsets.ISO_8859_1);
        return PDF_HEADER.matcher(head).lookingAt() && tail.contains("%%EOF") && !MARKUP.matcher(head).find()
                && !MARKUP.matcher(tail).find();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** What a list of files not yet saved shows. */
    public FileRow row(int index) {
        return new FileRow(index, fileName, content.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Upload upload && upload.fileName.equals(fileName)
                && java.util.Arrays.equals(upload.content, content);
    }

    @Override
    public int hashCode() {
        return fileName.hashCode() * 31 + java.util.Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return fileName + " (" + content.length + " bytes)";
    }
}
