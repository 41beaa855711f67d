package org.jinguo.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jinguo.platform.errors.BusinessRuleException;

/**
 * A file a user has uploaded and that passed the checks: at most {@link #MAX_BYTES}, not empty, one of the
 * document and picture types the federation uses (PDF, JPEG, PNG, Word, Excel) by its extension <em>and</em>
 * by its first bytes, so a renamed program is refused. The type it is stored and sent with is ours, not
 * the browser's. Until it is saved with its record it waits in a temporary file, not in memory: five 10 MB files
 * in each of a user's open pages would otherwise sit in her session. {@link #discard} removes the file.
 */
public record Upload(String fileName, String contentType, String storedAt, long size) implements Serializable {

    /** 10 MB, what the container accepts too (web.xml's multipart-config). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** At most this many files per record at once. */
    public static final int MAX_FILES = 5;

    /**
     * Where uploads wait: {@code jinguo.upload-dir} when set (a folder every server of a group shares, so that a
     * file uploaded on one is there to save on another after a failover; docs/scaling.md), else a folder of the
     * server's temporary directory.
     */
    static final Path WAITING = waitingFolder();

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

    private static Path waitingFolder() {
        try {
            return waitingFolder(ConfigProvider.getConfig().getOptionalValue("jinguo.upload-dir", String.class).orElse(null));
        } catch (IllegalStateException noConfiguration) {
            return waitingFolder(null); // outside a server (unit tests)
        }
    }

    /** The folder {@code jinguo.upload-dir} names, or the temporary directory's when it names none. */
    static Path waitingFolder(String configured) {
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "jinguo-uploads") : Path.of(configured.strip());
    }

    public Upload {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(storedAt);
    }

    /** Checks an uploaded file; refuses it (field "files") with a message naming it and why. */
    public static Upload checked(String fileName, byte[] content) {
        return checked(fileName, new ByteArrayInputStream(content == null ? new byte[0] : content));
    }

    /**
     * Checks an uploaded file, read from {@code content} into a temporary file (never more than {@link #MAX_BYTES}
     * plus one); refuses it (field "files") with a message naming it and why, leaving no file behind.
     */
    public static Upload checked(String fileName, InputStream content) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new BusinessRuleException("file.name", "files", name);
        }
        int dot = name.lastIndexOf('.');
        Kind kind = dot < 0 ? null : KINDS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        Path file = null;
        try {
            Files.createDirectories(WAITING);
            file = Files.createTempFile(WAITING, "upload-", ".part");
            long size;
            try (InputStream in = content; OutputStream out = Files.newOutputStream(file)) {
                size = in.transferTo(new BoundedOutput(out, MAX_BYTES + 1));
            }
            if (size == 0) {
                throw new BusinessRuleException("file.empty", "files", name);
            }
            if (size > MAX_BYTES) {
                throw new BusinessRuleException("file.tooLarge", "files", name, MAX_BYTES / (1024 * 1024));
            }
            byte[] head = readRange(file, 0, (int) Math.min(size, 64 * 1024));
            byte[] tail = readRange(file, Math.max(0, size - 2048), (int) Math.min(size, 2048));
            if (kind == null || !startsWith(head, kind.magic()) || (kind.magic() == PDF && !pdf(head, tail))) {
                throw new BusinessRuleException("file.type", "files", name);
            }
            Upload upload = new Upload(name, kind.contentType(), file.toString(), size);
            file = null; // kept: it is the upload's now
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                deleteQuietly(file);
            }
        }
    }

    /** The file's bytes, read when it is saved with its record. */
    public byte[] content() {
        try {
            return Files.readAllBytes(Path.of(storedAt));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the waiting file (saved with its record, or abandoned). */
    public void discard() {
        deleteQuietly(Path.of(storedAt));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private static byte[] readRange(Path file, long from, int length) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(from);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // read on
            }
            return java.util.Arrays.copyOf(buffer.array(), buffer.position());
        }
    }

    private static final Pattern PDF_HEADER = Pattern.compile("%PDF-[12]\\.[0-9]");
    private static final Pattern MARKUP = Pattern.compile("<\\s*(html|script|body|!doctype|svg|iframe|object|embed)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A PDF as PDF writers make it: a version after {@code %PDF-}, {@code %%EOF} at its end, and no web page inside
     * (a file of HTML behind {@code %PDF} would otherwise pass for one).
     */
    private static boolean pdf(byte[] headBytes, byte[] tailBytes) {
        String head = new String(headBytes, StandardCharsets.ISO_8859_1);
        String tail = new String(tailBytes, StandardCharsets.ISO_8859_1);
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

    /** Writes through, but stops counting bytes past a limit (the rest is dropped, the count goes on). */
    private static final class BoundedOutput extends OutputStream {

        private final OutputStream out;
        private final long limit;
        private long written;

        BoundedOutput(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (written++ < limit) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written < limit) {
                out.write(b, off, (int) Math.min(len, limit - written));
            }
            written += len;
        }
    }

    /** What a list of files not yet saved shows. */
    public FileRow row(int index) {
        return new FileRow(index, fileName, size);
    }

    @Override
    public String toString() {
        return fileName + " (" + size + " bytes)";
    }
}
