package org.jinguo.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.files.FileRow;
import org.jinguo.platform.files.Upload;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The files a form has received but not yet saved with its record (an advanced, automatic
 * {@code p:fileUpload} hands each one to {@link #handle}). Each is checked as it arrives and waits in a temporary
 * file ({@link Upload}); a refused one is named in a message at the upload field, the others are kept. All of a
 * session's waiting files together may hold {@link #SESSION_LIMIT} bytes. The page's bean calls {@link #clear}
 * when the record is saved and when the page is left ({@code @PreDestroy}), which removes the files. Shown by
 * {@code WEB-INF/includes/uploads.xhtml}.
 */
public class UploadBuffer implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What one session's waiting uploads may hold in all: ten files of the largest size. */
    public static final long SESSION_LIMIT = 10 * Upload.MAX_BYTES;
    static final String SESSION_TOTAL = UploadBuffer.class.getName() + ".waiting";

    private final List<Upload> uploads = new ArrayList<>();
    private AtomicLong sessionTotal;

    public void handle(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        FacesContext context = FacesContext.getCurrentInstance();
        AtomicLong total = (AtomicLong) context.getExternalContext().getSessionMap()
                .computeIfAbsent(SESSION_TOTAL, key -> new AtomicLong());
        try {
            accept(file.getFileName(), file.getSize(), file.getInputStream(), total);
        } catch (BusinessRuleException refused) {
            context.addMessage(event.getComponent().getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get(refused.messageKey(), refused.arguments()), null));
            context.validationFailed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks and keeps one file, counted against the session's {@code total}; refuses with the reason. */
    void accept(String fileName, long size, InputStream content, AtomicLong total) {
        if (uploads.size() >= Upload.MAX_FILES) {
            throw new BusinessRuleException("file.tooMany", "files", Upload.MAX_FILES);
        }
        if (total.get() + size > SESSION_LIMIT) {
            throw new BusinessRuleException("file.sessionFull", "files", SESSION_LIMIT / (1024 * 1024));
        }
        Upload upload = Upload.checked(fileName, content);
        sessionTotal = total;
        total.addAndGet(upload.size());
        uploads.add(upload);
    }

    public List<FileRow> getRows() {
        return IntStream.range(0, uploads.size()).mapToObj(i -> uploads.get(i).row(i)).toList();
    }

    public void remove(long index) {
        if (index >= 0 && index < uploads.size()) {
            release(uploads.remove((int) index));
        }
    }

    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    /** Forgets the files and removes their temporary copies: after saving, or when the page is left. */
    public void clear() {
        uploads.forEach(this::release);
        uploads.clear();
    }

    private void release(Upload upload) {
        upload.discard();
        if (sessionTotal != null) {
            sessionTotal.addAndGet(-upload.size());
        }
    }
}
