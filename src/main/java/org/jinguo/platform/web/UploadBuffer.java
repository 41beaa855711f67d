package org.jinguo.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
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
 * {@code p:fileUpload} hands each one to {@link #handle}). Each is checked as it arrives; a refused one
 * is named in a message at the upload field, the others are kept. Shown by {@code WEB-INF/includes/uploads.xhtml}.
 */
public class UploadBuffer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Upload> uploads = new ArrayList<>();

    public void handle(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            if (uploads.size() >= Upload.MAX_FILES) {
                throw new BusinessRuleException("file.tooMany", "files", Upload.MAX_FILES);
            }
            uploads.add(Upload.checked(file.getFileName(), file.getContent()));
        } catch (BusinessRuleException refused) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage(event.getComponent().getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get(refused.messageKey(), refused.arguments()), null));
            context.validationFailed();
        }
    }

    public List<FileRow> getRows() {
        return IntStream.range(0, uploads.size()).mapToObj(i -> uploads.get(i).row(i)).toList();
    }

    public void remove(long index) {
        if (index >= 0 && index < uploads.size()) {
            uploads.remove((int) index);
        }
    }

    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    public void clear() {
        uploads.clear();
    }
}
