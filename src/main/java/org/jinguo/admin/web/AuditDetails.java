package org.jinguo.admin.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jinguo.platform.web.Formats;
import org.jinguo.platform.web.Texts;

/**
 * An audit entry's detail as an auditor reads it. The trail stores what changed as the recorder wrote it
 * ({@code status: PENDING → APPROVED}, {@code unit: 114}, {@code rows: 12}); this turns each line into the
 * field's name in the reader's language, codes into their labels and units into their names, so that no
 * attribute name, enum constant or bare number of a unit reaches the page or the spreadsheet. The stored text
 * is left as it was written: a label changed later changes how old entries read, never what they say.
 *
 * <p>Where the labels come from: a field is {@code audit.field.<attribute>}; a code is the label the pages
 * show for it, found among the bundle's keys that end in {@code .<CODE>} (the one whose prefix names the
 * attribute when several labels differ), or {@code audit.value.<attribute>.<CODE>} where that is not enough;
 * a free note (a failed sign-in's reason, the fields shown unmasked) is {@code audit.note.<token>}.
 * {@code AuditDetailsTest} holds every audited attribute and every code of every record to having one.
 */
public final class AuditDetails {

    /**
     * One changed field: {@code before} is null for a value that was set (a new record) rather than changed;
     * {@code raw} when the value is shown as it was stored (an export's filter, written by the list exported).
     */
    public record Line(String field, String before, String after, boolean raw) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Line(String field, String before, String after) {
            this(field, before, after, false);
        }

        public boolean changed() {
            return before != null;
        }

        /** The line as the spreadsheet holds it. */
        public String text() {
            String value = before == null ? after : before + ARROW + after;
            return field.isEmpty() ? value : field + "：" + value;
        }
    }

    static final String ARROW = " → ";
    /** Attributes whose unit id is shown as the unit's name. */
    static final Set<String> UNIT_REFERENCES = Set.of("unit", "parent", "community");
    /** Attributes whose value is shown as stored: an export's filter, described by the list that was exported. */
    static final Set<String> AS_STORED = Set.of("filter");
    /** Embedded values, whose change is written on one line as {@code sub old → new; sub old → new}. */
    static final Set<String> EMBEDDED = Set.of("profile");

    private static final Pattern LINE = Pattern.compile("([a-zA-Z][a-zA-Z0-9.]*): ?(.*)", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    /** A set's change as the recorder writes it: {@code +[ADDED, …] -[REMOVED, …]}. */
    private static final Pattern SET_CHANGE = Pattern.compile("\\+\\[(.*)\\] -\\[(.*)\\]");
    private static final Pattern EMBEDDED_PART = Pattern.compile("([a-z][a-zA-Z0-9]*) (.*)");
    private static final Map<Locale, Map<String, Map<String, String>>> CODES = new ConcurrentHashMap<>();

    private final Locale locale;
    private final LongFunction<String> unitNames;

    /**
     * @param unitNames a unit's name by its id, or null when the reader may not see it (the number is shown)
     */
    public AuditDetails(Locale locale, LongFunction<String> unitNames) {
        this.locale = locale;
        this.unitNames = unitNames;
    }

    /** The detail's lines, in the order recorded; none for an entry without detail. */
    public List<Line> lines(String recordType, String detail) {
        List<Line> lines = new ArrayList<>();
        if (detail == null || detail.isBlank()) {
            return lines;
        }
        for (String raw : detail.split("\n")) {
            if (raw.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(raw);
            if (!m.matches()) {
                lines.add(new Line("", null, note(raw)));
                continue;
            }
            String attribute = m.group(1);
            String rest = m.group(2);
            if (EMBEDDED.contains(attribute) && rest.contains(ARROW.strip())) {
                for (String part : rest.split("; ")) {
                    Matcher sub = EMBEDDED_PART.matcher(part);
                    if (sub.matches()) {
                        lines.add(line(recordType, attribute + "." + sub.group(1), sub.group(2)));
                    } else {
                        lines.add(line(recordType, attribute, part));
                    }
                }
            } else {
                lines.add(line(recordType, attribute, rest));
            }
        }
        return lines;
    }

    /** The detail as one text, a line per field: the spreadsheet's column. */
    public String text(String recordType, String detail) {
        return lines(recordType, detail).stream().map(Line::text).collect(Collectors.joining("\n"));
    }

    private Line line(String recordType, String attribute, String rest) {
        int arrow = rest.indexOf(ARROW);
        if (arrow < 0 && rest.endsWith(ARROW.stripTrailing())) {
            arrow = rest.length() - ARROW.stripTrailing().length(); // changed to nothing: "x → "
        }
        String field = field(attribute);
        if (AS_STORED.contains(attribute)) {
            return new Line(field, null, rest.strip(), true);
        }
        if (arrow < 0) {
            return new Line(field, null, value(recordType, attribute, rest));
        }
        String before = rest.substring(0, arrow);
        String after = arrow + ARROW.length() <= rest.length() ? rest.substring(arrow + ARROW.length()) : "";
        return new Line(field, value(recordType, attribute, before), value(recordType, attribute, after));
    }

    /** The field's name: {@code audit.field.<attribute>}, for an embedded one that of its own attribute. */
    String field(String attribute) {
        String text = bundleText("audit.field." + attribute);
        if (text == null && attribute.contains(".")) {
            text = bundleText("audit.field." + attribute.substring(attribute.lastIndexOf('.') + 1));
        }
        return text == null ? attribute : text;
    }

    /** A value as the reader knows it: a code as its label, a unit as its name, yes/no, empty as a dash. */
    String value(String recordType, String attribute, String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return "—";
        }
        if ("***".equals(v)) {
            return orKey("audit.masked", v);
        }
        if (INSTANT.matcher(v).matches()) {
            try {
                return Formats.moment(Instant.parse(v));
            } catch (DateTimeParseException notOne) {
                return v;
            }
        }
        if ("true".equals(v) || "false".equals(v)) {
            return orKey("audit.value." + v, v);
        }
        String name = attribute.contains(".") ? attribute.substring(attribute.lastIndexOf('.') + 1) : attribute;
        if (UNIT_REFERENCES.contains(name) && v.matches("\\d{1,18}") && unitNames != null) {
            String unit = unitNames.apply(Long.parseLong(v));
            return unit == null ? "#" + v : unit;
        }
        if (CODE.matcher(v).matches()) {
            String label = code(recordType, name, v);
            return label == null ? v : label;
        }
        Matcher set = SET_CHANGE.matcher(v);
        if (set.matches()) { // added to and removed from a set, e.g. a person's tags
            List<String> parts = new ArrayList<>();
            if (!set.group(1).isBlank()) {
                parts.add(orKey("audit.added", "+") + value(recordType, attribute, "[" + set.group(1) + "]"));
            }
            if (!set.group(2).isBlank()) {
                parts.add(orKey("audit.removed", "-") + value(recordType, attribute, "[" + set.group(2) + "]"));
            }
            return parts.isEmpty() ? "—" : String.join("zh".equals(locale.getLanguage()) ? "；" : "; ", parts);
        }
        if (v.startsWith("[") && v.endsWith("]") && v.length() > 2) { // a set of codes, e.g. skills
            List<String> parts = new ArrayList<>();
            for (String part : v.substring(1, v.length() - 1).split(", ")) {
                parts.add(value(recordType, attribute, part));
            }
            return String.join(listSeparator(), parts);
        }
        return v;
    }

    /**
     * A code's label for an attribute of a kind of record, or null when the bundle has none or cannot tell which
     * is meant. Among the keys ending in the code, the one whose prefix names the attribute ({@code status} →
     * {@code hoursStatus}, {@code toStage} → {@code stage}, {@code skills} → {@code skill}); where several do,
     * the one whose prefix also names the record ({@code hoursStatus} for {@code ServiceHours}).
     */
    String code(String recordType, String attribute, String code) {
        String own = bundleText("audit.value." + attribute + "." + code);
        if (own != null) {
            return own;
        }
        Map<String, String> byPrefix = codes(locale).getOrDefault(code, Map.of());
        if (byPrefix.values().stream().distinct().count() == 1) {
            return byPrefix.values().iterator().next();
        }
        String lower = attribute.toLowerCase(Locale.ROOT);
        String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        Map<String, String> fitting = new HashMap<>();
        byPrefix.forEach((prefix, label) -> {
            String last = prefix.substring(prefix.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (lower.endsWith(last) || last.endsWith(lower) || last.equals(singular)) {
                fitting.put(last, label);
            }
        });
        if (fitting.values().stream().distinct().count() == 1) {
            return fitting.values().iterator().next();
        }
        String record = recordType == null ? "" : recordType.toLowerCase(Locale.ROOT);
        List<String> named = fitting.entrySet().stream()
                .filter(e -> e.getKey().endsWith(lower) && e.getKey().length() > lower.length()
                        && record.contains(e.getKey().substring(0, e.getKey().length() - lower.length())))
                .map(Map.Entry::getValue).distinct().toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** A note without a field (the reason of a failed sign-in, the fields shown unmasked), token by token. */
    private String note(String raw) {
        List<String> parts = new ArrayList<>();
        for (String token : raw.strip().split("; |, ")) {
            String key = token.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
            parts.add(orKey("audit.note." + key, token));
        }
        return String.join(listSeparator(), parts);
    }

    /** Between the items of a list: 、 in Chinese, a comma in English. */
    private String listSeparator() {
        return "zh".equals(locale.getLanguage()) ? "、" : ", ";
    }

    private String orKey(String key, String fallback) {
        String text = bundleText(key);
        return text == null ? fallback : text;
    }

    private String bundleText(String key) {
        try {
            return ResourceBundle.getBundle(Texts.BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Every {@code prefix.CODE} key of the bundle, by code: the labels the pages show for codes. */
    private static Map<String, Map<String, String>> codes(Locale locale) {
        return CODES.computeIfAbsent(locale, l -> {
            ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, l);
            Map<String, Map<String, String>> codes = new HashMap<>();
            for (String key : bundle.keySet()) {
                int dot = key.lastIndexOf('.');
                if (dot > 0 && !key.startsWith("audit.") && CODE.matcher(key.substring(dot + 1)).matches()) {
                    codes.computeIfAbsent(key.substring(dot + 1), k -> new HashMap<>()).put(key.substring(0, dot), bundle.getString(key));
                }
            }
            return codes;
        });
    }
}
