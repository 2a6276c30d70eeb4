package org.reportintake.validator.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportintake.model.event.Severity;

/**
 * One message a rule can produce, with its severity and named parameters such as {@code {column}}.
 *
 * @param key      the message's key within its rule
 * @param severity the severity of a finding with this message
 * @param zh       Chinese template
 * @param en       English template
 */
public record MessageTemplate(String key, Severity severity, String zh, String en) {

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    public String renderZh(Map<String, Object> parameters) {
        return render(zh, parameters);
    }

    public String renderEn(Map<String, Object> parameters) {
        return render(en, parameters);
    }

    /** Fails loudly on a missing parameter: a half-rendered message would mislead the agency. */
    static String render(String template, Map<String, Object> parameters) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("Missing message parameter {" + name + "} in: " + template);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(format(parameters.get(name))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String format(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
