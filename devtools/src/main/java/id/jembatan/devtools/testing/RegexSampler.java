package id.jembatan.devtools.testing;

import java.util.regex.Pattern;

/**
 * A sample string for simple regular expressions, as OpenAPI documents generated from Bean Validation carry them
 * (character classes, groups, alternatives, quantifiers); {@code null} for what it does not understand.
 */
final class RegexSampler {
    private final String regex;
    private int at;

    private RegexSampler(String regex) {
        this.regex = regex;
    }

    static String of(String regex) {
        try {
            String sample = new RegexSampler(regex).alternation();
            return Pattern.compile(regex).matcher(sample).matches() ? sample : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String alternation() {
        String first = sequence();
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            sequence();
        }
        return first;
    }

    private String sequence() {
        StringBuilder out = new StringBuilder();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            String atom = atom();
            int times = quantifier();
            out.append(atom.repeat(times));
        }
        return out.toString();
    }

    private String atom() {
        char c = regex.charAt(at++);
        switch (c) {
            case '(': {
                if (regex.startsWith("?:", at)) {
                    at += 2;
                }
                String inner = alternation();
                at++; // ')'
                return inner;
            }
            case '[': {
                boolean negated = regex.charAt(at) == '^';
                if (negated) {
                    at++;
                }
                String first = null;
                for (boolean start = true; start || regex.charAt(at) != ']'; start = false) {
                    char d = regex.charAt(at++);
                    String member = d == '\\' ? escape(regex.charAt(at++)) : String.valueOf(d);
                    if (first == null) {
                        first = member;
                    }
                }
                at++; // ']'
                return negated ? "\u00E9" : first;
            }
            case '\\':
                return escape(regex.charAt(at++));
            case '.':
                return "a";
            case '^':
            case '$':
                return "";
            default:
                return String.valueOf(c);
        }
    }

    private static String escape(char c) {
        return switch (c) {
            case 'd' -> "0";
            case 'w' -> "a";
            case 's' -> " ";
            case 'S', 'D', 'W' -> "x";
            default -> String.valueOf(c);
        };
    }

    private int quantifier() {
        if (at >= regex.length()) {
            return 1;
        }
        char c = regex.charAt(at);
        int times;
        if (c == '?' || c == '*') {
            at++;
            times = 0;
        } else if (c == '+') {
            at++;
            times = 1;
        } else if (c == '{') {
            int end = regex.indexOf('}', at);
            String[] bounds = regex.substring(at + 1, end).split(",", -1);
            at = end + 1;
            times = Integer.parseInt(bounds[0].trim());
        } else {
            return 1;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        return times;
    }
}
