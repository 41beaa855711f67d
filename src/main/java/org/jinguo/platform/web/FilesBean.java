package org.jinguo.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.jinguo.platform.errors.JinguoException;
import org.jinguo.platform.files.FileService;
import org.jinguo.platform.files.FileService.Download;

/** Downloads an attachment (a non-ajax link): read in the user's scope, sent under its own name. */
@Named("files")
@RequestScoped
public class FilesBean {

    @Inject
    FileService files;

    public void download(long id) throws IOException {
        Download file;
        try {
            file = files.download(id);
        } catch (JinguoException gone) {
            UiActions.show(null, gone); // e.g. not found: a message on the page it was clicked on
            return;
        }
        Downloads.file(file.fileName(), file.contentType(), file.content());
    }
}
