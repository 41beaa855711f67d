package org.jinguo.platform.i18n;

/** The Chinese texts, asked for by name (zh_CN); the same as the base bundle. */
public class Messages_zh_CN extends Messages {

    public Messages_zh_CN() {
        super("zh_CN");
    }
}
