package org.jinguo.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * The UI's texts ({@code msg} in the pages, {@code Texts} in the code): one bundle file per feature,
 * {@code i18n/<feature>_zh_CN.properties} and {@code _en}, listed in {@code i18n/bundles.txt} and read here as
 * one bundle, so that a newcomer finds a feature's texts beside its name and no page cares where a text lives.
 * A key defined in two files is refused. Chinese is the language of the base bundle (this class).
 */
public class Messages extends ResourceBundle {

    /** The base name pages and code ask {@link ResourceBundle#getBundle} for. */
    public static final String BUNDLE = "org.jinguo.platform.i18n.Messages";

    private final Map<String, String> texts;

    /** The Chinese texts: the base bundle, for any language without its own. */
    public Messages() {
        this("zh_CN");
    }

    protected Messages(String suffix) {
        texts = load(suffix);
    }

    /** Every feature's texts for one language suffix ({@code zh_CN}, {@code en}), merged. */
    static Map<String, String> load(String suffix) {
        Map<String, String> texts = new HashMap<>();
        for (String feature : features()) {
            Properties properties = read("i18n/" + feature + "_" + suffix + ".properties");
            for (String key : properties.stringPropertyNames()) {
                if (texts.put(key, properties.getProperty(key)) != null) {
                    throw new IllegalStateException("i18n: the key " + key + " is in two bundles (one is " + feature + ")");
                }
            }
        }
        return texts;
    }

    /** The features' bundle names, in the order of i18n/bundles.txt. */
    static List<String> features() {
        List<String> names = new ArrayList<>();
        try (InputStream in = resource("i18n/bundles.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Properties read(String name) {
        Properties properties = new Properties();
        try (InputStream in = resource(name); InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static InputStream resource(String name) {
        InputStream in = Messages.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("i18n: " + name + " is missing");
        }
        return in;
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.keySet());
    }

    @Override
    public Locale getLocale() {
        return Locale.SIMPLIFIED_CHINESE;
    }
}
