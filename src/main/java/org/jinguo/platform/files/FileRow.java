package org.jinguo.platform.files;

import java.io.Serializable;

/** An attachment as a list shows it: its name and size, and the id it is downloaded by. */
public record FileRow(long id, String fileName, long size) implements Serializable {

    /** The size as people read it: "850 KB", "2.4 MB". */
    public String sizeText() {
        if (size < 1024 * 1024) {
            return Math.max(1, (size + 1023) / 1024) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
