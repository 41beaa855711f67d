package org.jinguo.platform.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of one row type's spreadsheet, declared once: each a bundle key for its header and what a row
 * shows in it. Values are written as a person reads them: an enum by its label ({@code volunteerStatus.ACTIVE}:
 * the bundle key is the enum's class name, first letter small, a dot and the constant), several enums as their
 * labels in declaration order joined by 、, a {@link #label} as its text; numbers stay numbers, dates and times as such.
 *
 * @param <T> the row type
 */
public final class SheetColumns<T> {

    private final List<String> headerKeys = new ArrayList<>();
    private final List<Function<? super T, ?>> values = new ArrayList<>();

    private SheetColumns() {
    }

    /** No columns yet; {@code rowType} only names the rows' type. */
    public static <T> SheetColumns<T> of(Class<T> rowType) {
        return new SheetColumns<>();
    }

    /** A column headed by the text of {@code headerKey}, holding {@code value} of each row. */
    public SheetColumns<T> column(String headerKey, Function<? super T, ?> value) {
        headerKeys.add(headerKey);
        values.add(value);
        return this;
    }

    /** A cell that shows a bundle text, e.g. {@code label("volunteer.source.self")}. */
    public static Label label(String key, Object... arguments) {
        return new Label(key, arguments);
    }

    /** A text from the bundles, shown in the reader's language. */
    public record Label(String key, Object[] arguments) {
    }

    /** The headers, in {@code locale}'s language. */
    List<String> headers(Locale locale) {
        return headerKeys.stream().map(key -> Texts.get(locale, key)).toList();
    }

    /** One row's cells, labelled in {@code locale}'s language. */
    Object[] cells(T row, Locale locale) {
        Object[] cells = new Object[values.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = readable(values.get(i).apply(row), locale);
        }
        return cells;
    }

    static Object readable(Object value, Locale locale) {
        if (value instanceof Enum<?> constant) {
            return Texts.get(locale, prefix(constant) + constant.name());
        }
        if (value instanceof Label label) {
            return Texts.get(locale, label.key(), label.arguments());
        }
        if (value instanceof Collection<?> several && several.stream().allMatch(v -> v instanceof Enum<?>)) {
            return several.stream().map(v -> (Enum<?>) v).sorted(Comparator.comparingInt(Enum::ordinal))
                    .map(v -> (String) readable(v, locale)).collect(Collectors.joining("、"));
        }
        return value;
    }

    private static String prefix(Enum<?> constant) {
        String type = constant.getDeclaringClass().getSimpleName();
        return type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1) + ".";
    }
}
